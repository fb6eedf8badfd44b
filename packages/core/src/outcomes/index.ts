import { requireRole, type Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { notFound } from '../errors.ts';
import { z } from '../schema.ts';
import { assertCanRead } from '../universities/access.ts';

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

const zero = (): TallyCounts => ({ capacity: 0, registered: 0, waitlisted: 0, checkedIn: 0, walkIns: 0, leads: 0, eventsHeld: 0 });

/** Reads tallies by scope in one batch; a scope nothing was counted in reads as zeros. */
export async function readTallies(scopes: string[]): Promise<Map<string, TallyCounts>> {
  const out = new Map<string, TallyCounts>(scopes.map((s) => [s, zero()]));
  const unique = [...new Set(scopes)];
  for (let i = 0; i < unique.length; i += 100) {
    const { data } = await db().service.entities.tally.get(unique.slice(i, i + 100).map((scope) => ({ scope }))).go();
    for (const item of data) out.set(item.scope, { ...zero(), ...stripUndefined(item) });
  }
  return out;
}

function stripUndefined(item: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => typeof v === 'number')) as Partial<TallyCounts>;
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
  /** What the relationship with a university produced so far; read from one counter item. */
  async forUniversity(actor: Actor, universityId: string): Promise<UniversityOutcomesView> {
    requireRole(actor, 'organiser', 'coordinator');
    assertCanRead(actor, universityId);
    const university = await db().service.entities.university.get({ universityId }).go();
    if (!university.data) throw notFound('University');
    const [tallies, conversion] = await Promise.all([
      readTallies([scopeOf.university(universityId)]),
      db().service.entities.funnelCounter.get({ cohortKey: 'all', dimension: 'university', group: universityId }).go(),
    ]);
    const t = tallies.get(scopeOf.university(universityId))!;
    return {
      universityId,
      eventsHeld: t.eventsHeld,
      registrations: t.registered + t.waitlisted,
      leads: t.leads,
      interns: conversion.data?.interns ?? 0,
      hires: conversion.data?.onboarded ?? 0,
    };
  },
};
