import { db } from '../db/service.ts';
import type { EventView } from '../events/events.schema.ts';
import { readTallies, scopeOf } from '../tallies/index.ts';
import type { TripReportView, TripView } from './trips.schema.ts';

/** Agreements of these universities signed between two dates (inclusive), by id. */
async function signedBetween(universityIds: string[], from: string, to: string): Promise<Map<string, string>> {
  const { partnership } = db().service.entities;
  const signed = new Map<string, string>();
  for (const universityId of universityIds) {
    const { data } = await partnership.query
      .byUniversity({ universityId })
      .where((a, { between }) => between(a.signedOn, from, to))
      .go({ pages: 'all' });
    for (const p of data) signed.set(p.partnershipId, universityId);
  }
  return signed;
}

/** All of a trip's events: one Query on the trip's index partition. */
export async function tripEvents(tripId: string): Promise<EventView[]> {
  return (await db().service.entities.campusEvent.query.byTrip({ tripId }).go({ pages: 'all' })).data as EventView[];
}

const costPerLead = (fen: number, leads: number) => (leads > 0 ? Math.round(fen / leads) : null);

/**
 * The trip report from the stop and trip tallies (never the registrations themselves); expenses are
 * credited to the stop whose dates they fall in.
 */
export async function buildReport(trip: TripView, events?: EventView[]): Promise<TripReportView> {
  events ??= await tripEvents(trip.tripId);
  const tallies = await readTallies([scopeOf.trip(trip.tripId), ...trip.stops.map((s) => scopeOf.stop(s.stopId))]);
  const universities = [...new Set(trip.stops.flatMap((s) => s.universityIds))];
  const signed = await signedBetween(universities, trip.startDate, trip.endDate);
  const stops = trip.stops.map((stop) => {
    const t = tallies.get(scopeOf.stop(stop.stopId))!;
    const expensesFen = trip.expenses
      .filter((e) => e.on >= stop.from && e.on <= stop.to)
      .reduce((sum, e) => sum + e.amountFen, 0);
    return {
      stopId: stop.stopId,
      city: stop.city,
      from: stop.from,
      to: stop.to,
      events: events.filter((e) => e.stopId === stop.stopId).length,
      eventsHeld: t.eventsHeld,
      registrations: t.registered + t.waitlisted,
      waitlisted: t.waitlisted,
      checkedIn: t.checkedIn,
      leads: t.leads,
      partnershipsSigned: [...signed.values()].filter((u) => stop.universityIds.includes(u)).length,
      expensesFen,
      costPerLeadFen: costPerLead(expensesFen, t.leads),
    };
  });
  const t = tallies.get(scopeOf.trip(trip.tripId))!;
  const expensesFen = trip.expenses.reduce((sum, e) => sum + e.amountFen, 0);
  return {
    tripId: trip.tripId,
    title: trip.title,
    startDate: trip.startDate,
    endDate: trip.endDate,
    stops,
    total: {
      events: events.length,
      eventsHeld: t.eventsHeld,
      registrations: t.registered + t.waitlisted,
      waitlisted: t.waitlisted,
      checkedIn: t.checkedIn,
      leads: t.leads,
      partnershipsSigned: signed.size,
      expensesFen,
      budgetFen: trip.budgetFen,
      costPerLeadFen: costPerLead(expensesFen, t.leads),
    },
  };
}
