import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { confineToUnit, listedUnit, requireUnitReader } from '../auth/unit-scope.ts';
import { batchGetAll } from '../db/batch-get.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { hostUnitsById } from '../host-units/host-units.ts';
import { newId } from '../ids.ts';
import { positionTally } from '../applications/tallies.ts';
import { pickView } from '../views.ts';
import { allowedPositionMoves, assertPositionMove } from './lifecycle.ts';
import { missingUnit, unitKindOf } from './units.ts';
import {
  CreatePositionInput,
  PositionView,
  type ListPositionsQuery,
  type PositionTransitionInput,
  type UpdatePositionInput,
} from './positions.schema.ts';

/** What is stored of a position; the unit's name and the allowed moves are read and worked out on reading. */
export type StoredPosition = Omit<PositionView, 'unitName' | 'allowedTransitions'>;

const STORED_KEYS = PositionView.omit({ unitName: true, allowedTransitions: true });
export const stored = (record: object): StoredPosition => pickView(STORED_KEYS, record);

const stale = () =>
  new DomainError('version_conflict', 'The position was changed by someone else; reload and try again');
const belowAccepted = () =>
  new DomainError('conflict', 'More offers are already accepted than that headcount', {
    errors: [
      { path: 'headcount', message: 'The headcount cannot go below the offers already accepted', code: 'below_in_use' },
    ],
  });
export async function getStoredPosition(positionId: string): Promise<StoredPosition | null> {
  const { data } = await db().service.entities.position.get({ positionId }).go();
  return data ? stored(data) : null;
}

/** Several positions by id (an announcement's), in the order asked, leaving out ids that name none. */
export async function storedPositions(ids: readonly string[]): Promise<StoredPosition[]> {
  const byId = new Map<string, StoredPosition>();
  // ElectroDB splits the keys into BatchGetItem's groups of 100; keys left unprocessed are asked again.
  await batchGetAll(
    [...new Set(ids)].map((positionId) => ({ positionId })),
    async (pending) => {
      const { data, unprocessed } = await db().service.entities.position.get(pending).go({ unprocessed: 'item' });
      for (const p of data) byId.set(p.positionId, stored(p));
      return unprocessed.map(({ positionId }) => ({ positionId }));
    },
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The employing units' names, one batch read per kind, for a page of positions. */
export async function unitNames(positions: readonly StoredPosition[]): Promise<Map<string, string>> {
  const hostIds = positions.filter((p) => p.unitKind === 'host_unit').map((p) => p.unitId);
  const employerIds = [...new Set(positions.filter((p) => p.unitKind === 'employer').map((p) => p.unitId))];
  const names = new Map<string, string>();
  for (const [id, unit] of await hostUnitsById(hostIds)) names.set(id, unit.name);
  await batchGetAll(
    employerIds.map((employerId) => ({ employerId })),
    async (pending) => {
      const { data, unprocessed } = await db().service.entities.employer.get(pending).go({ unprocessed: 'item' });
      for (const e of data) names.set(e.employerId, e.name);
      return unprocessed.map(({ employerId }) => ({ employerId }));
    },
  );
  return names;
}

/** One position's unit name, for a mail or a view that shows nothing else of the unit. */
export async function unitNameOf(position: StoredPosition): Promise<string> {
  return (await unitNames([position])).get(position.unitId) ?? '';
}

/** The moves offered are the reader's own: a unit's reviewer publishes, closes and fills nothing. */
async function toViews(positions: readonly StoredPosition[], actor?: Actor): Promise<PositionView[]> {
  const names = await unitNames(positions);
  return positions.map((p) => ({
    ...p,
    unitName: names.get(p.unitId) ?? '',
    allowedTransitions: actor?.role === 'reviewer' ? [] : [...allowedPositionMoves(p.status)],
  }));
}
const toView = async (p: StoredPosition) => (await toViews([p]))[0]!;

/** Organisers publish positions on behalf of employing units; every change is versioned and audited. */
export const Positions = {
  async create(actor: Actor, input: CreatePositionInput): Promise<PositionView> {
    requireRole(actor, 'organiser');
    const { unitId, ...fields } = CreatePositionInput.parse(input);
    const unitKind = unitKindOf(unitId);
    const at = new Date().toISOString();
    const position: StoredPosition = {
      positionId: newId('position'),
      unitKind,
      unitId,
      ...fields,
      status: 'draft',
      createdBy: actor.userId,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await transact(
      ({ hostUnit, employer, position: entity, audit }) => [
        unitKind === 'host_unit'
          ? hostUnit
              .check({ hostUnitId: unitId })
              .where((a, { exists }) => exists(a.hostUnitId))
              .commit()
          : employer
              .check({ employerId: unitId })
              .where((a, { exists }) => exists(a.employerId))
              .commit(),
        entity.create({ ...position, statusSince: at }).commit(),
        audit
          .create(auditRecord(actor, 'position', position.positionId, 'create', diffChanges(undefined, position), at))
          .commit(),
      ],
      (failed) => (failed.index === 0 ? missingUnit() : new DomainError('conflict', 'Try again')),
    );
    return toView(position);
  },

  /** Organisers read any position; a unit's reviewer only the unit's (another unit's is 404). */
  async get(actor: Actor, positionId: string): Promise<PositionView> {
    requireUnitReader(actor);
    const position = await getStoredPosition(positionId);
    if (!position) throw notFound('Position');
    confineToUnit(actor, position.unitId, 'Position');
    return (await toViews([position], actor))[0]!;
  },

  /**
   * By status, the latest into it first; by unit (the status filtered on the unit's few) or all, newest
   * first. A reviewer's list is always their unit's: naming another unit is 404, as its positions are.
   */
  async list(actor: Actor, query: ListPositionsQuery, page: PageRequest): Promise<Page<PositionView>> {
    requireUnitReader(actor);
    const unitId = listedUnit(actor, query.unitId, 'Employing unit');
    const { position } = db().service.entities;
    const { status } = query;
    const found = await queryPage(
      (options) => {
        const go = { ...options, order: 'desc' as const };
        if (unitId) {
          const q = position.query.byUnit({ unitId });
          return (status ? q.where((a, { eq }) => eq(a.status, status)) : q).go(go);
        }
        if (status) return position.query.byStatus({ status }).go(go);
        return position.query.all({}).go(go);
      },
      page,
      stored,
      { filtered: Boolean(unitId && status) },
    );
    return { items: await toViews(found.items, actor), nextCursor: found.nextCursor };
  },

  async update(actor: Actor, positionId: string, input: UpdatePositionInput): Promise<PositionView> {
    requireRole(actor, 'organiser');
    const { version, ...changes } = input;
    const before = await getStoredPosition(positionId);
    if (!before) throw notFound('Position');
    if (before.version !== version) throw stale();
    const at = new Date().toISOString();
    const after: StoredPosition = { ...before, ...changes, updatedAt: at, version: version + 1 };
    if (after.status === 'closed' || after.status === 'filled') {
      throw new DomainError('invalid_transition', `A ${after.status} position is no longer changed`, {
        from: after.status,
        allowed: [],
      });
    }
    if (changes.headcount !== undefined && changes.headcount < (before.accepted ?? 0)) throw belowAccepted();
    const tally = await positionTally(before, after);
    const write = transact(
      ({ position, audit, ...counters }) => [
        position
          .patch({ positionId })
          .set({ ...changes, updatedAt: at, version: after.version })
          // An acceptance raises `accepted` without a new version, so a lower headcount is checked
          // against the stored count too: an offer accepted since the read cannot end up above it.
          .where((a, { eq, lte, notExists }) =>
            changes.headcount === undefined
              ? eq(a.version, version)
              : `${eq(a.version, version)} AND (${notExists(a.accepted)} OR ${lte(a.accepted, changes.headcount)})`,
          )
          .commit(),
        audit.create(auditRecord(actor, 'position', positionId, 'update', diffChanges(before, after), at)).commit(),
        ...tally(counters),
      ],
      // Past the position and its audit entry: the recruitment counters moved meanwhile (an application came).
      (failed) =>
        failed.index < 2 ? stale() : new DomainError('conflict', 'Applications arrived meanwhile; try again'),
    );
    await write.catch(async (error: unknown) => {
      // The refused condition does not say which half failed: the version still current means the count did.
      const refused =
        error instanceof DomainError && error.code === 'version_conflict' && changes.headcount !== undefined;
      throw refused && (await getStoredPosition(positionId))?.version === version ? belowAccepted() : error;
    });
    return toView(after);
  },

  /** One step along draft → published → closed | filled; the version read must still be current. */
  async transition(actor: Actor, positionId: string, input: PositionTransitionInput): Promise<PositionView> {
    requireRole(actor, 'organiser');
    const before = await getStoredPosition(positionId);
    if (!before) throw notFound('Position');
    assertPositionMove(before.status, input.to);
    if (before.version !== input.version) throw stale();
    const at = new Date().toISOString();
    const moved = input.to === 'published' ? { publishedAt: before.publishedAt ?? at } : { endedAt: at };
    const after: StoredPosition = { ...before, status: input.to, ...moved, updatedAt: at, version: before.version + 1 };
    const tally = await positionTally(before, after);
    await transact(
      ({ position, audit, ...counters }) => [
        position
          .patch({ positionId })
          // The status index's key goes in whole: the new status, from now.
          .set({ status: input.to, statusSince: at, ...moved, updatedAt: at, version: after.version })
          .where((a, { eq }) => `${eq(a.version, before.version)} AND ${eq(a.status, before.status)}`)
          .commit(),
        audit
          .create(auditRecord(actor, 'position', positionId, `transition:${input.to}`, diffChanges(before, after), at))
          .commit(),
        ...tally(counters),
      ],
      stale,
    );
    return toView(after);
  },
};
