import { DomainError } from '../errors.ts';

export const APPLICATION_STATUSES = [
  'submitted',
  'shortlisted',
  'interview',
  'offered',
  'accepted',
  'declined',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The refusals: the office's (rejected) and the applicant's answer to an offer (declined). Each needs a reason. */
export const REFUSALS: readonly ApplicationStatus[] = ['rejected', 'declined'];

/**
 * submitted → shortlisted → interview → offered → accepted, an interview skipped when the unit offers
 * on the papers alone. The office rejects at any step before an offer; an offer is accepted or declined;
 * the applicant may withdraw until the offer is answered. The four ends are final: a person who comes
 * back applies to a new position (one application per person per position).
 */
const NEXT: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  submitted: ['shortlisted', 'rejected', 'withdrawn'],
  shortlisted: ['interview', 'offered', 'rejected', 'withdrawn'],
  interview: ['offered', 'rejected', 'withdrawn'],
  offered: ['accepted', 'declined', 'withdrawn'],
  accepted: [],
  declined: [],
  rejected: [],
  withdrawn: [],
};

export const allowedApplicationMoves = (from: ApplicationStatus): readonly ApplicationStatus[] => NEXT[from];

export function assertApplicationMove(from: ApplicationStatus, to: ApplicationStatus): void {
  const allowed = NEXT[from];
  if (!allowed.includes(to)) {
    throw new DomainError('invalid_transition', `A ${from} application cannot become ${to}`, {
      from,
      to,
      allowed: [...allowed],
    });
  }
}
