import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type PageRequest } from '../db/pagination.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import type { SpreadsheetFile } from '../exports/workbook.ts';
import { newId } from '../ids.ts';
import { buildReport, tripEvents } from './report.ts';
import { reportWorkbook } from './report-workbook.ts';
import { CreateTripInput, type StopView, type TripReportView, TripView, type UpdateTripInput } from './trips.schema.ts';
import { pickView } from '../views.ts';

type StopInput = Omit<StopView, 'stopId'> & { stopId?: string };

const stale = () => new DomainError('version_conflict', 'The trip was changed by someone else; reload and try again');

export async function getTrip(tripId: string): Promise<TripView | null> {
  const { data } = await db().service.entities.trip.get({ tripId }).go();
  return data ? pickView(TripView, data) : null;
}

/** New stops get ids; an id sent back must be one of the trip's, so events never lose their stop. */
function assignStopIds(stops: StopInput[], existing: StopView[]): StopView[] {
  return stops.map((stop, index) => {
    if (stop.stopId && !existing.some((s) => s.stopId === stop.stopId)) {
      throw new DomainError('validation_failed', 'Unknown stop', {
        errors: [{ path: `stops.${index}.stopId`, message: 'Not a stop of this trip', code: 'not_found' }],
      });
    }
    return { ...stop, stopId: stop.stopId ?? newId('stop') };
  });
}

async function assertUniversitiesExist(stops: StopView[]) {
  const ids = [...new Set(stops.flatMap((s) => s.universityIds))];
  if (ids.length === 0) return;
  const data = await batchGet(
    ids.map((universityId) => ({ universityId })),
    (keys) => db().service.entities.university.get(keys).go(),
  );
  const found = new Set(data.map((u) => u.universityId));
  const errors = stops.flatMap((s, i) =>
    s.universityIds
      .filter((u) => !found.has(u))
      .map(() => ({ path: `stops.${i}.universityIds`, message: 'No such university', code: 'not_found' as const })),
  );
  if (errors.length)
    throw new DomainError('validation_failed', 'A stop names a university that does not exist', { errors });
}

/**
 * A stop that still has events cannot be dropped: its events, registrations and counters would
 * belong to no stop, and the report would lose them.
 */
async function assertNoEventsLeftBehind(tripId: string, before: StopView[], after: StopView[]) {
  const removed = before.filter((s) => !after.some((kept) => kept.stopId === s.stopId));
  if (removed.length === 0) return;
  const events = await tripEvents(tripId);
  const inUse = removed.filter((s) => events.some((e) => e.stopId === s.stopId));
  if (inUse.length) {
    throw new DomainError('conflict', `A stop with events cannot be removed: ${inUse.map((s) => s.city).join(', ')}`, {
      stopIds: inUse.map((s) => s.stopId),
    });
  }
}

/** Trips are the organisers' planning records; coordinators and others are refused (403). */
export const Trips = {
  async create(actor: Actor, input: CreateTripInput): Promise<TripView> {
    requireRole(actor, 'organiser');
    const fields = CreateTripInput.parse(input);
    const stops = assignStopIds(fields.stops, []);
    await assertUniversitiesExist(stops);
    const at = new Date().toISOString();
    const trip: TripView = { tripId: newId('trip'), ...fields, stops, createdAt: at, updatedAt: at, version: 1 };
    await transact(
      ({ trip: trips, audit }) => [
        trips.create(trip).commit(),
        audit.create(auditRecord(actor, 'trip', trip.tripId, 'create', diffChanges(undefined, trip), at)).commit(),
      ],
      () => new DomainError('conflict', 'Try again'),
    );
    return trip;
  },

  async get(actor: Actor, tripId: string): Promise<TripView> {
    requireRole(actor, 'organiser');
    const trip = await getTrip(tripId);
    if (!trip) throw notFound('Trip');
    return trip;
  },

  /** Newest trips first. */
  async list(actor: Actor, page: PageRequest) {
    requireRole(actor, 'organiser');
    return queryPage(
      (options) =>
        db()
          .service.entities.trip.query.all({})
          .go({ ...options, order: 'desc' }),
      page,
      (t) => pickView(TripView, t),
    );
  },

  async update(actor: Actor, tripId: string, input: UpdateTripInput): Promise<TripView> {
    requireRole(actor, 'organiser');
    const { version, ...changes } = input;
    const before = await getTrip(tripId);
    if (!before) throw notFound('Trip');
    if (before.version !== version) throw stale();
    const stops = changes.stops ? assignStopIds(changes.stops, before.stops) : before.stops;
    if (changes.stops)
      await Promise.all([assertUniversitiesExist(stops), assertNoEventsLeftBehind(tripId, before.stops, stops)]);
    const at = new Date().toISOString();
    const after: TripView = { ...before, ...changes, stops, updatedAt: at, version: version + 1 };
    if (after.endDate < after.startDate) {
      throw new DomainError('validation_failed', 'The trip ends before it starts', {
        errors: [{ path: 'endDate', message: 'The trip ends before it starts', code: 'end_before_start' }],
      });
    }
    await transact(
      ({ trip: trips, audit }) => [
        trips
          .patch({ tripId })
          .set({ ...changes, stops, updatedAt: at, version: after.version, startDate: after.startDate })
          .where((a, { eq }) => eq(a.version, version))
          .commit(),
        audit.create(auditRecord(actor, 'trip', tripId, 'update', diffChanges(before, after), at)).commit(),
      ],
      stale,
    );
    return after;
  },

  async report(actor: Actor, tripId: string): Promise<TripReportView> {
    return buildReport(await Trips.get(actor, tripId));
  },

  async reportSpreadsheet(actor: Actor, tripId: string): Promise<SpreadsheetFile> {
    return reportWorkbook(await Trips.get(actor, tripId));
  },
};
