import { DomainError } from '../errors.ts';

export const PARTNERSHIP_STATUSES = ['prospect', 'negotiating', 'signed', 'active', 'expired', 'terminated'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/**
 * prospect → negotiating → signed → active → expired, and terminated from any open state (talks
 * can be dropped, a signed agreement cancelled). Expired and terminated are final: a renewal is a
 * new partnership, so the history of the old one stays intact.
 */
const NEXT: Record<PartnershipStatus, readonly PartnershipStatus[]> = {
  prospect: ['negotiating', 'terminated'],
  negotiating: ['signed', 'terminated'],
  signed: ['active', 'terminated'],
  active: ['expired', 'terminated'],
  expired: [],
  terminated: [],
};

/** Signed and active agreements can run out; only they are watched for expiry. */
export const OPEN_FOR_EXPIRY: readonly PartnershipStatus[] = ['signed', 'active'];
export const CLOSED: readonly PartnershipStatus[] = ['expired', 'terminated'];

export function allowedTransitions(from: PartnershipStatus): readonly PartnershipStatus[] {
  return NEXT[from];
}

export function assertTransition(from: PartnershipStatus, to: PartnershipStatus): void {
  const allowed = NEXT[from];
  if (!allowed.includes(to)) {
    throw new DomainError('invalid_transition', `A ${from} partnership cannot become ${to}`, {
      from,
      to,
      allowed: [...allowed],
    });
  }
}

/** The index bucket that makes "expiring within N days" one Query: open agreements with an end date. */
export function expiryBucket(status: PartnershipStatus, expiresOn: string | undefined): 'open' | 'none' {
  return OPEN_FOR_EXPIRY.includes(status) && expiresOn ? 'open' : 'none';
}

/**
 * A signed or active agreement whose end date has passed: nobody moved it to expired (or renewed
 * it), so it would sit in no list. It ends at the end of its last day, so it is overdue from the
 * day after.
 */
export function isOverdue(p: { status: PartnershipStatus; expiresOn?: string | undefined }, today: string): boolean {
  return OPEN_FOR_EXPIRY.includes(p.status) && !!p.expiresOn && p.expiresOn < today;
}
