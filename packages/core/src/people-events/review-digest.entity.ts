import { entity } from '../db/entity.ts';
import { onIndex } from '../db/attributes.ts';

export const REVIEW_DIGEST_STATUSES = ['open', 'sending', 'sent'] as const;
export type ReviewDigestStatus = (typeof REVIEW_DIGEST_STATUSES)[number];

/**
 * What one review request decided for one university's students, gathered from the decisions'
 * events until it is sent to the university's coordinators as one message.
 *
 * `open` takes decisions; the `review-digests` job closes it (`sending`), which stops additions,
 * sends it, and marks it `sent`. A decision of the same review that arrives once the digest is
 * closed starts the next generation: a new item of its own, sent as a message of its own, so
 * nothing is added to a message already gone and nothing is lost.
 *
 * Decisions are kept as string sets: `registrationIds` answers "already in this digest?" and
 * `entries` holds each decision as the event stated it. Adding to a set is what makes a replayed
 * event add nothing. `byStatus` (gsi2) lists open and sending digests by `dueAt`, so the job reads
 * only those that are due, never a Scan.
 */
export const ReviewDigest = entity({
  model: { entity: 'reviewDigest', version: '1', service: 'aksu' },
  attributes: {
    reviewId: { type: 'string', required: true },
    universityId: { type: 'string', required: true },
    /** 1 for the digest of the request; 2, 3, … for decisions that arrived after an earlier one was closed. */
    generation: { type: 'number', required: true },
    cohortId: { type: 'string', required: true },
    decision: { type: ['accepted', 'waitlisted', 'rejected'] as const, required: true },
    reason: { type: 'string' },
    status: { type: REVIEW_DIGEST_STATUSES, required: true },
    /** When the job sends it: some time after its first decision, so one request makes one message. */
    dueAt: { type: 'string', required: true },
    registrationIds: { type: 'set', items: 'string', required: true },
    /** Each decision as `encodeEntry` wrote it: the name and place in the request, no national ID. */
    entries: { type: 'set', items: 'string', required: true },
    createdAt: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
    sentAt: { type: 'string' },
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    byReview: {
      pk: { field: 'pk', composite: ['reviewId'] },
      sk: { field: 'sk', composite: ['universityId', 'generation'] },
    },
    byStatus: onIndex('gsi2', ['status'], ['dueAt', 'reviewId', 'universityId', 'generation']),
  },
});
