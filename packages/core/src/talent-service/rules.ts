import { addDays } from '../time.ts';
import type { RequestKind, ServicePolicyView, TierRule } from './policy.schema.ts';

/** `on` plus whole months; a day the target month lacks falls back to its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(on: string, months: number): string {
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function tierRule(policy: ServicePolicyView, tier: string): TierRule | undefined {
  return policy.tiers.find((t) => t.tier === tier);
}

/**
 * When the next contact is due: the cadence of the version in force on the last contact's day. A
 * tier the version no longer lists keeps the shortest cadence it has, so nobody drops out of sight.
 */
export function contactDueOn(policy: ServicePolicyView, tier: string, lastContactOn: string): string {
  const months = tierRule(policy, tier)?.cadenceMonths ?? Math.min(...policy.tiers.map((t) => t.cadenceMonths));
  return addMonths(lastContactOn, months);
}

/** Overdue once the due day has passed in the person's own calendar. */
export const isOverdue = (dueOn: string, today: string) => today > dueOn;

/** A request's deadline: the days its kind is given by the version in force on the day it arrived. */
export function requestDueOn(policy: ServicePolicyView, kind: RequestKind, receivedOn: string): string {
  const days = policy.requestKinds.find((k) => k.kind === kind)?.deadlineDays ?? 15;
  return addDays(receivedOn, days);
}

export type CardRefusal = 'tier_not_eligible' | 'too_early';

/** Whether a person of this tier, in service since `onboardedOn`, may have a card today; the first day they may. */
export function cardEligibility(
  policy: ServicePolicyView,
  tier: string,
  onboardedOn: string,
  today: string,
): { ok: true } | { ok: false; reason: CardRefusal; eligibleOn?: string } {
  const months = tierRule(policy, tier)?.cardAfterMonths;
  if (months === null || months === undefined) return { ok: false, reason: 'tier_not_eligible' };
  const eligibleOn = addMonths(onboardedOn, months);
  return today >= eligibleOn ? { ok: true } : { ok: false, reason: 'too_early', eligibleOn };
}
