import { DomainError } from '../errors.ts';

export const POSITION_STATUSES = ['draft', 'published', 'closed', 'filled'] as const;
export type PositionStatus = (typeof POSITION_STATUSES)[number];

export const ANNOUNCEMENT_STATUSES = ['draft', 'published', 'closed'] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

/**
 * draft → published → closed or filled. Closed and filled are final and a published position never
 * goes back to draft: once the public has seen it (and people may have applied), it stays on record
 * as it was offered; a new round is a new position. A published one is still corrected in place,
 * each change versioned and audited.
 */
const POSITION_NEXT: Record<PositionStatus, readonly PositionStatus[]> = {
  draft: ['published'],
  published: ['closed', 'filled'],
  closed: [],
  filled: [],
};

/** draft → published → closed; a closed notice stays closed (a new notice is a new announcement). */
const ANNOUNCEMENT_NEXT: Record<AnnouncementStatus, readonly AnnouncementStatus[]> = {
  draft: ['published'],
  published: ['closed'],
  closed: [],
};

export const allowedPositionMoves = (from: PositionStatus): readonly PositionStatus[] => POSITION_NEXT[from];
export const allowedAnnouncementMoves = (from: AnnouncementStatus): readonly AnnouncementStatus[] =>
  ANNOUNCEMENT_NEXT[from];

function assertMove<S extends string>(next: Record<S, readonly S[]>, what: string, from: S, to: S): void {
  const allowed = next[from];
  if (!allowed.includes(to)) {
    throw new DomainError('invalid_transition', `A ${from} ${what} cannot become ${to}`, {
      from,
      to,
      allowed: [...allowed],
    });
  }
}

export const assertPositionMove = (from: PositionStatus, to: PositionStatus) =>
  assertMove(POSITION_NEXT, 'position', from, to);
export const assertAnnouncementMove = (from: AnnouncementStatus, to: AnnouncementStatus) =>
  assertMove(ANNOUNCEMENT_NEXT, 'announcement', from, to);
