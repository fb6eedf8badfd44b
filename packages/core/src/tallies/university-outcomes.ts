import { requireRole, type Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { notFound } from '../errors.ts';
import { z } from '../schema.ts';
import { assertCanRead } from '../universities/access.ts';
import { ALL_COHORTS, readCounter } from '../conversion/counters.ts';
import { readTallies, scopeOf } from './tallies.ts';

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
