import type { RegistrationDecided } from './events.ts';
import type { ReviewDigestStatus } from './review-digest.entity.ts';

/**
 * The rules of the coordinators' review digest, kept apart from storage so they can be tested
 * alone: how a decision is recorded, where a decision goes, when a digest is due and what it says.
 */

/** How long a digest gathers decisions after its first one: a review request is over well within it. */
export const GATHER_MS = 2 * 60_000;

/** Generations one review may have for a university before a decision is refused as looping. */
export const MAX_GENERATIONS = 50;

/** One decision as a digest keeps it. */
export interface DigestEntry {
  registrationId: string;
  name: string;
  position: number;
  decidedAt: string;
}

/**
 * The decision as a set member. The same event always gives the same string (fields in a fixed
 * order), so adding it to the set again changes nothing.
 */
export function encodeEntry(
  p: Pick<RegistrationDecided, 'registrationId' | 'name' | 'position' | 'decidedAt'>,
): string {
  const entry: DigestEntry = {
    registrationId: p.registrationId,
    name: p.name,
    position: p.position,
    decidedAt: p.decidedAt,
  };
  return JSON.stringify(entry);
}

/** The students of a digest, once each, in the order of the request (then by decision time). */
export function studentsOf(entries: Iterable<string>): Array<{ registrationId: string; name: string }> {
  const byId = new Map<string, DigestEntry>();
  for (const text of entries) {
    const entry = JSON.parse(text) as DigestEntry;
    if (!byId.has(entry.registrationId)) byId.set(entry.registrationId, entry);
  }
  return [...byId.values()]
    .sort(
      (a, b) =>
        a.position - b.position ||
        a.decidedAt.localeCompare(b.decidedAt) ||
        a.registrationId.localeCompare(b.registrationId),
    )
    .map(({ registrationId, name }) => ({ registrationId, name }));
}

/**
 * When a new digest is sent: a while after its first decision was made or, when the worker is
 * catching up on old events, after it was seen, so a backlog still arrives as one message.
 */
export function digestDueAt(decidedAt: string, now: Date): string {
  return new Date(Math.max(Date.parse(decidedAt), now.getTime()) + GATHER_MS).toISOString();
}

/** What a decision does with one generation of its review's digest, as read now. */
export type DigestStep = 'create' | 'add' | 'already-there' | 'next-generation';

export function nextStep(
  digest: { status: ReviewDigestStatus; registrationIds?: Iterable<string> } | null | undefined,
  registrationId: string,
): DigestStep {
  if (!digest) return 'create';
  if (new Set(digest.registrationIds ?? []).has(registrationId)) return 'already-there';
  return digest.status === 'open' ? 'add' : 'next-generation';
}

/**
 * The notification key of a digest: the first generation is `review-digest:<reviewId>:<universityId>`,
 * a later one carries its number, so each is sent once per coordinator and none hides another.
 */
export function digestKey(reviewId: string, universityId: string, generation: number): string {
  const base = `review-digest:${reviewId}:${universityId}`;
  return generation === 1 ? base : `${base}:${generation}`;
}
