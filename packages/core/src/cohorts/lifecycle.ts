import { DomainError } from '../errors.ts';
import type { COHORT_STATUSES } from './cohort.entity.ts';

export type CohortStatus = (typeof COHORT_STATUSES)[number];

/**
 * planning → registration_open → review → running → closed. Two steps back are allowed because
 * they happen in practice: registration opened too early goes back to planning, and review can
 * reopen registration for late nominations. A running or closed cohort never goes back: interns
 * are on site and their days are being counted.
 */
const NEXT: Record<CohortStatus, readonly CohortStatus[]> = {
  planning: ['registration_open'],
  registration_open: ['review', 'planning'],
  review: ['running', 'registration_open'],
  running: ['closed'],
  closed: [],
};

export function allowedCohortTransitions(from: CohortStatus): readonly CohortStatus[] {
  return NEXT[from];
}

export function assertCohortTransition(from: CohortStatus, to: CohortStatus): void {
  const allowed = NEXT[from];
  if (!allowed.includes(to)) {
    throw new DomainError('invalid_transition', `A cohort in ${from} cannot move to ${to}`, {
      from,
      to,
      allowed: [...allowed],
    });
  }
}

/** Organisers decide on registrations from the moment they arrive until the cohort closes. */
export const DECIDING_STATUSES: readonly CohortStatus[] = ['registration_open', 'review', 'running'];

/**
 * Who may register now. Coordinators only while the cohort is open and inside its window;
 * organisers also during review (a late nomination agreed on the phone) and regardless of the
 * window, because they own the schedule.
 */
export function registrationRefusal(
  cohort: { status: CohortStatus; registrationOpensAt: string; registrationClosesAt: string },
  role: 'organiser' | 'coordinator' | string,
  now = new Date(),
): string | undefined {
  if (role === 'organiser') {
    return cohort.status === 'registration_open' || cohort.status === 'review'
      ? undefined
      : 'Registrations are added only while the cohort is open for registration or in review';
  }
  if (cohort.status !== 'registration_open') return 'The cohort is not open for registration';
  if (now.getTime() < Date.parse(cohort.registrationOpensAt)) return 'Registration has not opened yet';
  if (now.getTime() >= Date.parse(cohort.registrationClosesAt)) return 'Registration has closed';
  return undefined;
}
