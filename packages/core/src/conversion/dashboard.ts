import { requireRole, type Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { DomainError } from '../errors.ts';
import { requireCohortRecord } from '../cohorts/records.ts';
import { hostUnitsById } from '../host-units/host-units.ts';
import { mentorsById } from '../mentors/index.ts';
import { universityNames } from '../universities/names.ts';
import { readTallies, scopeOf } from '../tallies/index.ts';
import { allSubsidyPolicies } from '../subsidy-policies/index.ts';
import { localDate } from '../time.ts';
import {
  FUNNEL_DIMENSIONS,
  type AttributionQuery,
  type AttributionView,
  type FunnelQuery,
  type FunnelRow,
  type FunnelView,
  type ForecastView,
} from './dashboard.schema.ts';
import { ALL_COHORTS, readCounter, readGroups, SUBSIDY_LEDGER, TOTAL, type Counts } from './counters.ts';
import { FUNNEL_FIELDS } from './funnel-counter.entity.ts';
import { forecastLiability, type LiabilityBucket } from './subsidy-rules.ts';

export type { Counts };
export const zero = (): Counts => Object.fromEntries(FUNNEL_FIELDS.map((f) => [f, 0])) as Counts;

function row(group: string, label: string, c: Counts, registered: number | null, accepted: number | null): FunnelRow {
  return {
    group,
    label,
    registered,
    accepted,
    interns: c.interns,
    placed: c.placed,
    completed: c.completed,
    leadsInvited: c.leadsInvited,
    interested: c.interested,
    applied: c.applied,
    offered: c.offered,
    signed: c.signed,
    onboarded: c.onboarded,
    retained: c.retained,
    declined: c.declined,
    left: c.left,
    retainedY1: c.retainedY1,
    retainedY3: c.retainedY3,
    retainedY5: c.retainedY5,
  };
}

/** Registration counts per university from the cohort×university counters (one Query per cohort). */
async function registrationCounts(cohortIds: string[]) {
  const byUniversity = new Map<string, { registered: number; accepted: number }>();
  for (const cohortId of cohortIds) {
    const { data } = await db().service.entities.cohortUniversity.query.byCohort({ cohortId }).go({ pages: 'all' });
    for (const u of data) {
      const prev = byUniversity.get(u.universityId) ?? { registered: 0, accepted: 0 };
      byUniversity.set(u.universityId, {
        registered: prev.registered + u.submitted + u.accepted + u.waitlisted + u.rejected + u.confirmed + u.withdrawn,
        accepted: prev.accepted + u.accepted + u.confirmed,
      });
    }
  }
  return byUniversity;
}

export async function listCohorts() {
  const { data } = await db()
    .service.entities.cohort.query.all({})
    .go({ pages: 'all', attributes: ['cohortId', 'name', 'startsOn', 'endsOn', 'timeZone'] });
  return data;
}

/**
 * Display names of the groups of a breakdown, read in one batch; degree, discipline and origin groups are their own
 * names.
 */
async function labels(dimension: FunnelDimension, groups: string[]): Promise<Map<string, string>> {
  if (groups.length === 0) return new Map();
  const named = (records: Map<string, { name: string }>) => new Map([...records].map(([id, r]) => [id, r.name]));
  switch (dimension) {
    case 'university':
      return universityNames(groups);
    case 'hostUnit':
      return named(await hostUnitsById(groups));
    case 'mentor':
      return named(await mentorsById(groups));
    default:
      return new Map();
  }
}

/** The cohorts a funnel covers: the one asked for, which must exist, or all of them. */
async function funnelCohorts(cohortId: string | undefined): Promise<string[]> {
  if (cohortId) await requireCohortRecord(cohortId);
  return cohortId ? [cohortId] : (await listCohorts()).map((c) => c.cohortId);
}

type Registrations = Awaited<ReturnType<typeof registrationCounts>>;
type FunnelDimension = (typeof FUNNEL_DIMENSIONS)[number];

function totalRow(counts: Counts, registrations: Registrations): FunnelRow {
  const sum = [...registrations.values()].reduce(
    (a, b) => ({ registered: a.registered + b.registered, accepted: a.accepted + b.accepted }),
    { registered: 0, accepted: 0 },
  );
  return row('all', '合计', counts, sum.registered, sum.accepted);
}

async function breakdownRows(
  by: FunnelDimension,
  groups: Map<string, Counts>,
  registrations: Registrations,
): Promise<FunnelRow[]> {
  const names = await labels(by, [...groups.keys()]);
  return [...groups].map(([group, counts]) => {
    const reg = by === 'university' ? registrations.get(group) : undefined;
    return row(
      group,
      names.get(group) ?? group,
      counts,
      reg ? reg.registered : by === 'university' ? 0 : null,
      reg ? reg.accepted : by === 'university' ? 0 : null,
    );
  });
}

/**
 * The total and the breakdowns asked for. Reads the total counter's shards, one Query per breakdown
 * for its groups' shards and the cohort×university registration counters: the number of items
 * depends on the number of groups, shards and cohorts, never on the number of people.
 */
async function readFunnel(
  cohortId: string | undefined,
  dimensions: readonly FunnelDimension[],
): Promise<{ total: FunnelRow; rows: FunnelRow[][] }> {
  const cohortKey = cohortId ?? ALL_COHORTS;
  const cohortIds = await funnelCohorts(cohortId);
  const [total, registrations, ...groups] = await Promise.all([
    readCounter({ cohortKey, ...TOTAL }),
    registrationCounts(cohortIds),
    ...dimensions.map((dimension) => readGroups(cohortKey, dimension)),
  ]);
  const rows = await Promise.all(dimensions.map((by, i) => breakdownRows(by, groups[i]!, registrations)));
  return { total: totalRow(total, registrations), rows };
}

/** The conversion funnel of a cohort (or all cohorts), with one breakdown or none. */
export async function funnel(actor: Actor, query: FunnelQuery): Promise<FunnelView> {
  requireRole(actor, 'organiser');
  const { total, rows } = await readFunnel(query.cohortId, query.by ? [query.by] : []);
  return { cohortId: query.cohortId ?? null, by: query.by ?? null, total, rows: rows[0] ?? [] };
}

/** The total and every breakdown at once, for the export: the shared reads happen once, not once per breakdown. */
export async function funnelBreakdowns(
  actor: Actor,
  cohortId?: string,
): Promise<{ total: FunnelRow; rows: Record<FunnelDimension, FunnelRow[]> }> {
  requireRole(actor, 'organiser');
  const { total, rows } = await readFunnel(cohortId, FUNNEL_DIMENSIONS);
  return {
    total,
    rows: Object.fromEntries(FUNNEL_DIMENSIONS.map((by, i) => [by, rows[i]!])) as Record<FunnelDimension, FunnelRow[]>,
  };
}

/**
 * The housing subsidy owed in each of the next five years, priced with the policy versions: one
 * Query over the liability buckets due in the window plus the total counter for the observed rate.
 */
export async function subsidyForecast(actor: Actor, today = localDate()): Promise<ForecastView> {
  requireRole(actor, 'organiser');
  const [buckets, policies, total] = await Promise.all([
    db()
      .service.entities.subsidyBucket.query.byDue({ ledger: SUBSIDY_LEDGER })
      .between({ dueOn: today }, { dueOn: `${Number(today.slice(0, 4)) + 5}-01-01` })
      .go({ pages: 'all' }),
    allSubsidyPolicies(),
    readCounter({ cohortKey: ALL_COHORTS, ...TOTAL }),
  ]);
  const counts = total;
  const observedRate = counts.retentionChecks > 0 ? counts.retentionKept / counts.retentionChecks : 1;
  const items: LiabilityBucket[] = buckets.data.map((b) => ({
    dueOn: b.dueOn,
    category: b.category,
    zone: b.zone,
    count: b.count ?? 0,
  }));
  return { asOf: today, observedRate, years: forecastLiability(items, policies, today, observedRate) };
}

/**
 * Per trip or partnership: leads met, interns and hires credited to it and the cost per hire
 * (trip expenses ÷ hires); or, for one trip, per campus event. One Query for the trips,
 * partnerships or the trip's events (a few dozen a year), one for the counters' shards (one per
 * event for a trip's events) and one batch of tallies.
 */
export async function attribution(actor: Actor, query: AttributionQuery): Promise<AttributionView> {
  requireRole(actor, 'organiser');
  const { by } = query;
  const e = db().service.entities;
  if (by === 'event' && !query.tripId)
    throw new DomainError('validation_failed', 'Events are listed per trip', {
      errors: [{ path: 'tripId', message: 'Name the trip whose events to list', code: 'required' }],
    });
  if (by === 'event') {
    const tripId = query.tripId!;
    const { data: events } = await e.campusEvent.query
      .byTrip({ tripId })
      .go({ pages: 'all', attributes: ['eventId', 'title', 'startDay'] });
    // Only this trip's events' counters: every event's would grow with each season's events.
    const [tallies, eventCounts] = await Promise.all([
      readTallies(events.map((v) => scopeOf.event(v.eventId))),
      Promise.all(events.map((v) => readCounter({ cohortKey: ALL_COHORTS, dimension: 'event', group: v.eventId }))),
    ]);
    const counts = new Map(events.map((v, i) => [v.eventId, eventCounts[i]!]));
    return {
      by,
      tripId,
      items: events
        .map((v) => {
          const c = counts.get(v.eventId) ?? zero();
          const tally = tallies.get(scopeOf.event(v.eventId))!;
          return {
            id: v.eventId,
            label: v.title,
            ...(v.startDay ? { on: v.startDay } : {}),
            // Everyone who registered is one person met there (a person registers for an event once);
            // distinct leads are counted per trip, stop and university, where one person recurs.
            leads: tally.registered + tally.waitlisted,
            checkedIn: tally.checkedIn,
            interns: c.interns,
            hires: c.onboarded,
            expensesFen: null,
            costPerHireFen: null,
          };
        })
        .sort((a, b) => (a.on ?? '').localeCompare(b.on ?? '')),
    };
  }
  const counts = await readGroups(ALL_COHORTS, by);
  if (by === 'trip') {
    const { data: trips } = await e.trip.query
      .all({})
      .go({ pages: 'all', attributes: ['tripId', 'title', 'expenses'] });
    const tallies = await readTallies(trips.map((t) => scopeOf.trip(t.tripId)));
    return {
      by,
      items: trips.map((t) => {
        const c = counts.get(t.tripId) ?? zero();
        const expensesFen = (t.expenses as Array<{ amountFen: number }>).reduce((s, x) => s + x.amountFen, 0);
        return {
          id: t.tripId,
          label: t.title,
          leads: tallies.get(scopeOf.trip(t.tripId))!.leads,
          interns: c.interns,
          hires: c.onboarded,
          expensesFen,
          costPerHireFen: c.onboarded ? Math.round(expensesFen / c.onboarded) : null,
        };
      }),
    };
  }
  const { data: partnerships } = await e.partnership.query
    .all({})
    .go({ pages: 'all', attributes: ['partnershipId', 'title', 'universityId'] });
  const tallies = await readTallies(partnerships.map((p) => scopeOf.university(p.universityId)));
  return {
    by,
    items: partnerships.map((p) => {
      const c = counts.get(p.partnershipId) ?? zero();
      return {
        id: p.partnershipId,
        label: p.title,
        leads: tallies.get(scopeOf.university(p.universityId))!.leads,
        interns: c.interns,
        hires: c.onboarded,
        expensesFen: null,
        costPerHireFen: null,
      };
    }),
  };
}
