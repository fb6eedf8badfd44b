import { requireRole, type Actor } from '../auth/actor.ts';
import { db, type AppService } from '../db/service.ts';
import { shardKeys, shardOf, sumShards, sumShardsBy } from '../db/shards.ts';
import { notFound } from '../errors.ts';
import { z } from '../schema.ts';
import { assertCanRead } from '../universities/access.ts';
import { ALL_COHORTS, readCounter } from '../conversion/counters.ts';

export const scopeOf = {
  event: (id: string) => `event#${id}`,
  stop: (id: string) => `stop#${id}`,
  trip: (id: string) => `trip#${id}`,
  university: (id: string) => `university#${id}`,
};

export interface TallyCounts {
  capacity: number;
  registered: number;
  waitlisted: number;
  checkedIn: number;
  walkIns: number;
  leads: number;
  eventsHeld: number;
}

const FIELDS = ['capacity', 'registered', 'waitlisted', 'checkedIn', 'walkIns', 'leads', 'eventsHeld'] as const;
type TallyField = Exclude<(typeof FIELDS)[number], 'capacity'>;
type Entities = Parameters<Parameters<AppService['transaction']['write']>[0]>[0];

/**
 * A tally increment for a busy path, to put in its transaction: it goes to the scope's shard that
 * `writerId` (the registration, or the event) picks, never to the scope's one tally item. An event's
 * seat fields are the exception and are written on its tally item by the seat code itself.
 */
export function tallyAdd(e: Entities, scope: string, add: Partial<Record<TallyField, number>>, writerId: string) {
  return e.tallyShard
    .update({ scope, shard: shardOf(writerId) })
    .add(add)
    .commit();
}

/**
 * Reads tallies by scope: each scope's tally item and its shards, fetched in batches and summed;
 * a scope nothing was counted in reads as zeros. Costs a fixed number of items per scope, however
 * many people registered.
 */
export async function readTallies(scopes: string[]): Promise<Map<string, TallyCounts>> {
  const unique = [...new Set(scopes)];
  const { tally, tallyShard } = db().service.entities;
  const [bases, shards] = await Promise.all([
    unique.length ? tally.get(unique.map((scope) => ({ scope }))).go({ concurrency: 4 }) : { data: [] },
    unique.length
      ? tallyShard.get(unique.flatMap((scope) => shardKeys({ scope }))).go({ concurrency: 4 })
      : { data: [] },
  ]);
  const sums = sumShardsBy<Partial<TallyCounts> & { scope: string }, keyof TallyCounts>(
    [...bases.data, ...shards.data],
    (item) => item.scope,
    FIELDS,
  );
  return new Map(scopes.map((s) => [s, sums.get(s) ?? sumShards([], FIELDS)]));
}

export const UniversityOutcomesView = z.object({
  universityId: z.string(),
  eventsHeld: z.number().int(),
  registrations: z.number().int(),
  leads: z.number().int(),
  /** Accepted interns with an outcome, and people onboarded (报到), from the conversion counters. */
  interns: z.number().int(),
  hires: z.number().int(),
});
export type UniversityOutcomesView = z.infer<typeof UniversityOutcomesView>;

export const Outcomes = {
  /**
   * What the relationship with a university produced so far; read from its tally and conversion counter, shards summed.
   */
  async forUniversity(actor: Actor, universityId: string): Promise<UniversityOutcomesView> {
    requireRole(actor, 'organiser', 'coordinator');
    assertCanRead(actor, universityId);
    const university = await db().service.entities.university.get({ universityId }).go();
    if (!university.data) throw notFound('University');
    const [tallies, conversion] = await Promise.all([
      readTallies([scopeOf.university(universityId)]),
      readCounter({ cohortKey: ALL_COHORTS, dimension: 'university', group: universityId }),
    ]);
    const t = tallies.get(scopeOf.university(universityId))!;
    return {
      universityId,
      eventsHeld: t.eventsHeld,
      registrations: t.registered + t.waitlisted,
      leads: t.leads,
      interns: conversion.interns,
      hires: conversion.onboarded,
    };
  },
};
