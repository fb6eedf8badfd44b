import { requireRole, type Actor } from '../auth/actor.ts';
import { localDate } from '../time.ts';
import type { RetentionCurvesView } from './dashboard.schema.ts';
import { readCounter, TOTAL } from './counters.ts';
import { listCohorts, zero, type Counts } from './dashboard.ts';
import { addYears } from './subsidy-rules.ts';

const YEARS = [1, 2, 3, 4, 5] as const;

export interface RetentionPoints {
  retainedByYear: Array<number | null>;
  leftByYear: Array<number | null>;
  pendingByYear: Array<number | null>;
}

/**
 * One cohort's curve from its counters. For each year n the cohort has reached (its end plus n
 * years is today or earlier), everyone onboarded is in exactly one of:
 * - confirmed: confirmed still employed for year n (`retainedYn`);
 * - left: gone before year n was confirmed (`leftBeforeY1` … `leftBeforeYn`);
 * - pending: neither, so still in service with no confirmation recorded yet, worked out as
 *   onboarded − confirmed − left. Someone onboarded after the cohort ended may not have reached
 *   their own n-th anniversary yet; they wait here too, never among those who left.
 * A year not reached is null in all three. Reading counters keeps the dashboard's cost fixed:
 * no outcome is read to draw a curve.
 */
export function retentionPoints(counts: Counts, endsOn: string, today: string): RetentionPoints {
  const points: RetentionPoints = { retainedByYear: [], leftByYear: [], pendingByYear: [] };
  let left = 0;
  for (const n of YEARS) {
    left += counts[`leftBeforeY${n}`];
    const reached = addYears(endsOn, n) <= today;
    const confirmed = counts[`retainedY${n}`];
    points.retainedByYear.push(reached ? confirmed : null);
    points.leftByYear.push(reached ? left : null);
    points.pendingByYear.push(reached ? Math.max(0, counts.onboarded - confirmed - left) : null);
  }
  return points;
}

/**
 * Per cohort: people onboarded and, for each year reached, confirmed, left and pending, read from each cohort's total
 * counter (one Query of its shards).
 */
export async function retentionCurves(actor: Actor, now: Date = new Date()): Promise<RetentionCurvesView> {
  requireRole(actor, 'organiser');
  const cohorts = await listCohorts();
  if (cohorts.length === 0) return { items: [] };
  const totals = await Promise.all(cohorts.map((c) => readCounter({ cohortKey: c.cohortId, ...TOTAL })));
  const byCohort = new Map(cohorts.map((c, i) => [c.cohortId, totals[i]!]));
  return {
    items: cohorts.map((c) => {
      const counts = byCohort.get(c.cohortId) ?? zero();
      return {
        cohortId: c.cohortId,
        name: c.name,
        onboarded: counts.onboarded,
        ...retentionPoints(counts, c.endsOn, localDate(now, c.timeZone)),
      };
    }),
  };
}
