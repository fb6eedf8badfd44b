import type { StageRecord } from '../conversion/conversion.schema.ts';
import { addYears } from '../conversion/subsidy-rules.ts';
import { addDays } from '../time.ts';
import type { AttentionSignal } from './attention.schema.ts';

/**
 * A rating at or below this is low: on the 1–5 scale 3 is "neither", so 1 and 2 are the person
 * saying the service failed them, which is what someone weighing whether to leave says first.
 */
export const LOW_RATING = 2;

/**
 * How long before the fifth anniversary of onboarding a person without a home bought is flagged:
 * the housing subsidy needs both five confirmed years and a home in the region, and buying one
 * takes months, so half a year leaves time to help.
 */
export const HOME_NOTICE_DAYS = 180;

/** The anniversary that decides the housing subsidy (the fifth; see `eligibility` in conversion). */
const SUBSIDY_YEAR = 5;

/** Retention confirmations are kept for five years; none is pending after the fifth. */
const LAST_CONFIRMED_YEAR = 5;

export interface AttentionInputs {
  today: string;
  onboardedOn: string;
  lastContactOn: string;
  contactOverdue: boolean;
  nextContactDue: string;
  retainedYears: number;
  homeBoughtOn?: string | undefined;
  history: readonly StageRecord[];
  requests: ReadonlyArray<{
    requestId: string;
    kind: string;
    state: 'open' | 'closed';
    dueOn: string;
    rating?: number | undefined;
    updatedAt: string;
  }>;
}

/**
 * Everything that suggests a person may be drifting away, each with why (a code and its numbers)
 * and what to do next: never a score. `since` is the day the signal started, which orders the list
 * (the oldest first among people with as many signals). A signal that a contact answers (a low
 * rating, a change of unit) goes once a contact is logged on or after the day it arose.
 */
export function attentionSignals(p: AttentionInputs): AttentionSignal[] {
  const signals: AttentionSignal[] = [];
  if (p.contactOverdue)
    signals.push({
      code: 'contact_overdue',
      since: addDays(p.nextContactDue, 1),
      params: { dueOn: p.nextContactDue, lastContactOn: p.lastContactOn },
      action: 'log_contact',
    });
  const late = p.requests
    .filter((r) => r.state === 'open' && p.today > r.dueOn)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const first = late[0];
  if (first)
    signals.push({
      code: 'request_overdue',
      since: addDays(first.dueOn, 1),
      params: { count: late.length, kind: first.kind, dueOn: first.dueOn, requestId: first.requestId },
      action: 'advance_request',
    });
  const nextYear = p.retainedYears + 1;
  const anniversary = addYears(p.onboardedOn, nextYear);
  if (nextYear <= LAST_CONFIRMED_YEAR && anniversary <= p.today)
    signals.push({
      code: 'retention_pending',
      since: anniversary,
      params: { year: nextYear, dueOn: anniversary },
      action: 'confirm_retention',
    });
  const lowest = p.requests
    .filter((r) => r.rating !== undefined && r.rating <= LOW_RATING && r.updatedAt.slice(0, 10) > p.lastContactOn)
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))[0];
  if (lowest)
    signals.push({
      code: 'low_rating',
      since: lowest.updatedAt.slice(0, 10),
      params: { rating: lowest.rating!, kind: lowest.kind, requestId: lowest.requestId },
      action: 'log_contact',
    });
  const fifth = addYears(p.onboardedOn, SUBSIDY_YEAR);
  const noticeFrom = addDays(fifth, -HOME_NOTICE_DAYS);
  if (!p.homeBoughtOn && noticeFrom <= p.today && p.today <= fifth)
    signals.push({
      code: 'home_condition_unmet',
      since: noticeFrom,
      params: { anniversary: fifth },
      action: 'discuss_home_purchase',
    });
  const moved = unitChange(p.history);
  if (moved && moved.on > p.lastContactOn)
    signals.push({ code: 'unit_changed', since: moved.on, params: moved, action: 'log_contact' });
  return signals;
}

/** The last time the recorded employer changed (at onboarding, then at each yearly confirmation). */
export function unitChange(history: readonly StageRecord[]): { from: string; to: string; on: string } | null {
  let previous: string | undefined;
  let change: { from: string; to: string; on: string } | null = null;
  for (const step of history) {
    if (!step.employer) continue;
    if (previous !== undefined && step.employer !== previous)
      change = { from: previous, to: step.employer, on: step.on };
    previous = step.employer;
  }
  return change;
}

/** More signals first, then the one whose oldest signal is oldest. */
export function byNeed(a: { signals: AttentionSignal[] }, b: { signals: AttentionSignal[] }): number {
  if (a.signals.length !== b.signals.length) return b.signals.length - a.signals.length;
  return oldest(a.signals).localeCompare(oldest(b.signals));
}

export const oldest = (signals: readonly AttentionSignal[]) =>
  signals.reduce((min, s) => (s.since < min ? s.since : min), '9999-12-31');
