import type { EntityItem } from 'electrodb';
import type { AppService } from '../db/service.ts';
import type { FunnelField } from './funnel-counter.entity.ts';
import type { Outcome } from './outcome.entity.ts';

type WriteBuilder = Parameters<AppService['transaction']['write']>[0];
export type Entities = Parameters<WriteBuilder>[0];
export type OutcomeRecord = EntityItem<typeof Outcome>;

export const ALL_COHORTS = 'all';
export const TOTAL = { dimension: 'total', group: 'all' } as const;

export interface CounterKey {
  cohortKey: string;
  dimension: string;
  group: string;
}

/**
 * Every counter item an outcome is counted in: the total and each breakdown it has a value for, in
 * its own cohort and over all cohorts. Leads (no cohort) are counted over all cohorts only.
 */
export function counterKeysOf(o: Pick<OutcomeRecord, 'cohortId' | 'universityId' | 'degreeLevel' | 'discipline' | 'hostUnitId' | 'mentorId' | 'fromRegion' | 'tripId' | 'eventId' | 'partnershipId'>): CounterKey[] {
  const groups: Array<[string, string | undefined]> = [
    [TOTAL.dimension, TOTAL.group],
    ['university', o.universityId],
    ['degree', o.degreeLevel],
    ['discipline', o.discipline],
    ['hostUnit', o.hostUnitId],
    ['mentor', o.mentorId],
    ['fromRegion', o.fromRegion ? 'yes' : 'no'],
    ['trip', o.tripId],
    ['event', o.eventId],
    ['partnership', o.partnershipId],
  ];
  const cohortKeys = o.cohortId ? [o.cohortId, ALL_COHORTS] : [ALL_COHORTS];
  return cohortKeys.flatMap((cohortKey) => groups.filter(([, group]) => group).map(([dimension, group]) => ({ cohortKey, dimension, group: group! })));
}

/** The counter updates of one change, to put in the transaction that makes it. */
export function counterWrites(e: Entities, keys: CounterKey[], delta: Partial<Record<FunnelField, number>>) {
  const add = Object.fromEntries(Object.entries(delta).filter(([, n]) => n));
  if (Object.keys(add).length === 0) return [];
  return keys.map((key) => e.funnelCounter.update(key).add(add).commit());
}

export const SUBSIDY_LEDGER = 'housing';
