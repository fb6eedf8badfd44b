import { vi } from 'vitest';
import { db, Outbox } from '@aksu/core';
import { runJobAt } from './backbone.ts';
import { streamRecords } from './stream-replay.ts';

/** The review a registration was decided in, from its `registration.decided` event on the stream. */
export async function reviewIdOf(registrationId: string): Promise<string> {
  return vi.waitFor(
    async () => {
      const events = (await streamRecords())
        .map((r) => Outbox.outboxEventOf(r as Outbox.StreamRecordLike))
        .filter((e) => e?.type === 'registration.decided');
      const event = events.find((e) => e!.payload.registrationId === registrationId);
      if (!event) throw new Error(`no decision event for ${registrationId} yet`);
      return String(event.payload.reviewId);
    },
    { timeout: 20_000, interval: 100 },
  );
}

/** The review's digests as stored: one per university and generation. */
export async function digestsOf(reviewId: string) {
  const { data } = await db().service.entities.reviewDigest.query.byReview({ reviewId }).go({ pages: 'all' });
  return data.map((d) => ({ ...d, registrationIds: [...d.registrationIds].sort() }));
}

/** Waits until the stream worker has gathered every one of the decisions into the review's digests. */
export async function gathered(reviewId: string, registrationIds: string[]) {
  return vi.waitFor(
    async () => {
      const digests = await digestsOf(reviewId);
      const have = new Set(digests.flatMap((d) => d.registrationIds));
      const missing = registrationIds.filter((id) => !have.has(id));
      if (missing.length) throw new Error(`not gathered yet: ${missing.join(', ')}`);
      return digests;
    },
    { timeout: 20_000, interval: 100 },
  );
}

/** A moment by which every digest gathered so far is due. */
export const afterGathering = () => new Date(Date.now() + 10 * 60_000);

/** Runs the `review-digests` job once every decision is gathered, as its next minute would. */
export async function sendDigests(reviewId: string, registrationIds: string[]) {
  await gathered(reviewId, registrationIds);
  return runJobAt('review-digests', afterGathering());
}
