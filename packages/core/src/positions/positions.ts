import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { confineToUnit, listedUnit, requireUnitReader } from '../auth/unit-scope.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { positionTally } from '../applications/tallies.ts';
import { assertPositionMove } from './lifecycle.ts';
import { updatePosition } from './position-edit.ts';
import { getStoredPosition, stale, stored, type StoredPosition, toView, toViews } from './position-records.ts';
import { missingUnit, unitKindOf } from './units.ts';
import {
  CreatePositionInput,
  type ListPositionsQuery,
  type PositionTransitionInput,
  type PositionView,
} from './positions.schema.ts';

export {
  getStoredPosition,
  storedPositions,
  stored,
  unitNames,
  unitNameOf,
  type StoredPosition,
} from './position-records.ts';

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

  update: updatePosition,

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
