/** A position as stored, and the reads that turn stored positions into views (the unit's name, the moves). */
import type { Actor } from '../auth/actor.ts';
import { batchGetAll } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { DomainError } from '../errors.ts';
import { hostUnitsById } from '../host-units/host-units.ts';
import { pickView } from '../views.ts';
import { allowedPositionMoves } from './lifecycle.ts';
import { PositionView } from './positions.schema.ts';

/** What is stored of a position; the unit's name and the allowed moves are read and worked out on reading. */
export type StoredPosition = Omit<PositionView, 'unitName' | 'allowedTransitions'>;

const STORED_KEYS = PositionView.omit({ unitName: true, allowedTransitions: true });
export const stored = (record: object): StoredPosition => pickView(STORED_KEYS, record);

export const stale = () =>
  new DomainError('version_conflict', 'The position was changed by someone else; reload and try again');

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
export async function toViews(positions: readonly StoredPosition[], actor?: Actor): Promise<PositionView[]> {
  const names = await unitNames(positions);
  return positions.map((p) => ({
    ...p,
    unitName: names.get(p.unitId) ?? '',
    allowedTransitions: actor?.role === 'reviewer' ? [] : [...allowedPositionMoves(p.status)],
  }));
}
export const toView = async (p: StoredPosition) => (await toViews([p]))[0]!;
