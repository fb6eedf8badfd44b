import type { EntityItem } from 'electrodb';
import { getCohortRecord } from '../cohorts/records.ts';
import { isConditionFailure } from '../db/condition.ts';
import { db } from '../db/service.ts';
import { notify } from '../notifications/notify.ts';
import type { DomainEvent } from '../outbox/events.ts';
import { digestDueAt, digestKey, encodeEntry, MAX_GENERATIONS, nextStep, studentsOf } from './digest.ts';
import type { RegistrationDecided } from './events.ts';
import { coordinatorRecipients } from './recipients.ts';
import type { ReviewDigest } from './review-digest.entity.ts';

type DigestRecord = EntityItem<typeof ReviewDigest>;

/** Digests are kept past the stream's and the outbox's retention, so a late replay finds its decision already there. */
const DIGEST_TTL_SECONDS = 30 * 24 * 3600;
/** Digests one job invocation sends at most; `done: false` asks for another. */
const PER_RUN = 100;
/** Reads and conditional writes one decision may take when others race it for the same digest. */
const MAX_TRIES = MAX_GENERATIONS + 20;

const entity = () => db().service.entities.reviewDigest;

/**
 * The `registration.decided` handler: adds the decision to the open digest of its review and
 * university, creating it with its due time when it is the first. A digest already closed by the
 * job is left alone and the decision goes to the next generation. Safe to run again: a decision
 * found in any generation is not added anywhere else.
 */
export async function gatherDecision(event: DomainEvent, now = new Date()): Promise<void> {
  const p = event.payload as unknown as RegistrationDecided;
  const entry = encodeEntry(p);
  let generation = 1;
  for (let tries = 0; tries < MAX_TRIES && generation <= MAX_GENERATIONS; tries++) {
    const key = { reviewId: p.reviewId, universityId: p.universityId, generation };
    const { data: digest } = await entity().get(key).go({ consistent: true });
    const step = nextStep(digest, p.registrationId);
    if (step === 'already-there') return;
    if (step === 'next-generation') {
      generation++;
      continue;
    }
    const at = now.toISOString();
    try {
      if (step === 'create') {
        await entity()
          .create({
            ...key,
            cohortId: p.cohortId,
            decision: p.decision,
            ...(p.reason ? { reason: p.reason } : {}),
            status: 'open',
            dueAt: digestDueAt(p.decidedAt, now),
            registrationIds: [p.registrationId],
            entries: [entry],
            createdAt: at,
            updatedAt: at,
            expiresAt: Math.floor(now.getTime() / 1000) + DIGEST_TTL_SECONDS,
          })
          .go();
      } else {
        await entity()
          .patch(key)
          .add({ registrationIds: [p.registrationId], entries: [entry] })
          .set({ updatedAt: at })
          .where((a, { eq }) => eq(a.status, 'open'))
          .go();
      }
      return;
    } catch (error) {
      // Another decision created it, or the job closed it, since it was read: read it again.
      if (!isConditionFailure(error)) throw error;
    }
  }
  throw new Error(`Decision ${p.registrationId} of review ${p.reviewId} found no digest to join`);
}

/** The digest sent to each of its university's coordinators, once per (digest, coordinator). */
async function send(digest: DigestRecord): Promise<void> {
  const cohort = await getCohortRecord(digest.cohortId);
  const data = {
    cohortId: digest.cohortId,
    cohortName: cohort?.name ?? '',
    decision: digest.decision,
    ...(digest.reason ? { reason: digest.reason } : {}),
    students: studentsOf(digest.entries).map(({ name }) => ({ name })),
  };
  const key = digestKey(digest.reviewId, digest.universityId, digest.generation);
  for (const coordinator of await coordinatorRecipients(digest.universityId)) {
    await notify({ key, kind: 'coordinator.review-digest', recipient: coordinator, data });
  }
}

/**
 * Closes an open digest due by `until`: from here on no decision joins it, so what is read now is what is
 * sent. Null when someone else closed it first.
 */
async function close(digest: DigestRecord, until: string): Promise<DigestRecord | null> {
  try {
    const { data } = await entity()
      .patch({ reviewId: digest.reviewId, universityId: digest.universityId, generation: digest.generation })
      .set({ status: 'sending', dueAt: digest.dueAt, updatedAt: new Date().toISOString() })
      .where((a, { eq, lte }) => `${eq(a.status, 'open')} AND ${lte(a.dueAt, until)}`)
      .go({ response: 'all_new' });
    return data as DigestRecord;
  } catch (error) {
    if (isConditionFailure(error)) return null;
    throw error;
  }
}

async function markSent(digest: DigestRecord, at: string): Promise<void> {
  try {
    await entity()
      .patch({ reviewId: digest.reviewId, universityId: digest.universityId, generation: digest.generation })
      .set({ status: 'sent', dueAt: digest.dueAt, sentAt: at, updatedAt: at })
      .where((a, { eq }) => eq(a.status, 'sending'))
      .go();
  } catch (error) {
    // Another run that took up the same closed digest marked it first.
    if (!isConditionFailure(error)) throw error;
  }
}

/**
 * The `review-digests` job: sends every digest that is due. Digests left `sending` by a run that
 * died are sent again; the notification key makes that a no-op for whoever already has it.
 */
export async function sendReviewDigests(at: Date = new Date()): Promise<Record<string, unknown>> {
  const until = at.toISOString();
  const due = async (status: 'open' | 'sending') =>
    (await entity().query.byStatus({ status }).lte({ dueAt: until }).go({ count: PER_RUN, limit: PER_RUN }))
      .data as DigestRecord[];
  const found = [...(await due('sending')), ...(await due('open'))].slice(0, PER_RUN);
  let sent = 0;
  for (const candidate of found) {
    const digest = candidate.status === 'open' ? await close(candidate, until) : candidate;
    if (!digest) continue;
    await send(digest);
    await markSent(digest, new Date().toISOString());
    sent++;
  }
  return { due: found.length, sent, done: found.length < PER_RUN };
}
