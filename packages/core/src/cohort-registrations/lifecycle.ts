import { DomainError } from '../errors.ts';
import type { COHORT_REGISTRATION_STATUSES } from './cohort-registration.entity.ts';

export type RegistrationStatus = (typeof COHORT_REGISTRATION_STATUSES)[number];

/**
 * submitted → accepted | waitlisted | rejected; waitlisted → accepted | rejected; accepted →
 * confirmed. Withdrawal is possible from every open state (a student can drop out at any point
 * before the end); rejected and withdrawn are final, and a new nomination is a new registration.
 */
const NEXT: Record<RegistrationStatus, readonly RegistrationStatus[]> = {
  submitted: ['accepted', 'waitlisted', 'rejected', 'withdrawn'],
  waitlisted: ['accepted', 'rejected', 'withdrawn'],
  accepted: ['confirmed', 'withdrawn'],
  confirmed: ['withdrawn'],
  rejected: [],
  withdrawn: [],
};

export function allowedRegistrationTransitions(from: RegistrationStatus): readonly RegistrationStatus[] {
  return NEXT[from];
}

export function registrationTransitionError(from: RegistrationStatus, to: RegistrationStatus): DomainError | undefined {
  const allowed = NEXT[from];
  if (allowed.includes(to)) return undefined;
  return new DomainError('invalid_transition', `A ${from} registration cannot become ${to}`, {
    from,
    to,
    allowed: [...allowed],
  });
}

/** Statuses that hold a place in the university's quota. */
export function holdsPlace(status: RegistrationStatus): boolean {
  return status !== 'rejected' && status !== 'withdrawn';
}
