import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, decideRegistration, domainEvent, newId, ReviewDigests, type DecisionInput } from '@aksu/core';
import { newAccount, newUniversity, SYSTEM } from '../support/accounts.ts';
import { runJobAt, sentTo, startBackbone, type Backbone } from '../support/backbone.ts';
import { openCohort } from '../support/cohorts.ts';
import { call } from '../support/http.ts';
import { registeredInterns } from '../support/programme.ts';
import { afterGathering, digestsOf, gathered, sendDigests } from '../support/review-digests.ts';
import { replayStream } from '../support/stream-replay.ts';

/** A review's decisions, the digest job, a replay and the job again: a few rounds through the worker. */
const LONG = 90_000;

let backbone: Backbone;
beforeAll(async () => {
  backbone = await startBackbone();
});
afterAll(async () => {
  await backbone?.stop();
});

/** A university with a coordinator and students registered (not yet decided) in an open cohort. */
async function waitingStudents(count: number, coordinators = 1) {
  const uni = await newUniversity();
  const accounts = await Promise.all(
    Array.from({ length: coordinators }, () => newAccount('coordinator', { universityId: uni.universityId })),
  );
  const cohort = await openCohort([{ universityId: uni.universityId, quota: 10 }]);
  const students = await registeredInterns(cohort.cohortId, uni.universityId, count, {}, 'submitted');
  return { cohort, accounts, students };
}

/**
 * The decisions a review request made before its process died: each one's own transaction, as the
 * request makes them, and nothing after them.
 */
async function decidedThenCrashed(
  cohortId: string,
  reviewId: string,
  input: Pick<DecisionInput, 'decision' | 'reason'>,
  registrationIds: string[],
  from = 0,
) {
  for (const [i, registrationId] of registrationIds.entries()) {
    const result = await decideRegistration(SYSTEM, cohortId, input, registrationId, { reviewId, position: from + i });
    expect(result.ok).toBe(true);
  }
}

const digestMails = (email: string, cohortName: string) =>
  backbone.mailbox.messages().filter((m) => sentTo(email)(m) && m.subject.startsWith(`${cohortName}：`));

async function digestItems(token: string) {
  const page = await call('GET', '/v1/me/notifications?limit=100', { token });
  expect(page.status).toBe(200);
  return (page.body.items as Array<{ kind: string; title: string }>).filter(
    (n) => n.kind === 'coordinator.review-digest',
  );
}

describe("coordinators' review digest survives a request that dies after its decisions", () => {
  it(
    'decisions written without the end of their request still reach ' +
      'the coordinator as one digest, and a replay sends it no second time',
    async () => {
      const { cohort, accounts, students } = await waitingStudents(2);
      const [coordinator] = accounts;
      const reviewId = newId('review');
      const ids = students.map((s) => s.registrationId);
      await decidedThenCrashed(cohort.cohortId, reviewId, { decision: 'rejected', reason: '专业不符' }, ids);

      await sendDigests(reviewId, ids);
      const [mail] = await backbone.mailbox.waitFor(
        (m) => sentTo(coordinator!.email)(m) && m.subject.includes('2 名本校学生未录取'),
      );
      expect(mail!.subject).toContain(cohort.name);
      expect(mail!.text).toContain(`${students[0]!.name}、${students[1]!.name}`);
      expect(mail!.text).toContain('说明：专业不符');

      await replayStream();
      await runJobAt('review-digests', afterGathering());
      expect(digestMails(coordinator!.email, cohort.name)).toHaveLength(1);
      expect(await digestItems(coordinator!.token)).toHaveLength(1);
      expect((await digestsOf(reviewId)).map((d) => [d.generation, d.status, d.registrationIds])).toEqual([
        [1, 'sent', [...ids].sort()],
      ]);
    },
    LONG,
  );
});

describe('decisions of a review that arrive after its digest went out', () => {
  it(
    'come as a digest of their own: none is lost, none is sent twice, a replay adds nothing',
    async () => {
      const { cohort, accounts, students } = await waitingStudents(3);
      const [coordinator] = accounts;
      const reviewId = newId('review');
      const [first, ...late] = students.map((s) => s.registrationId);
      await decidedThenCrashed(cohort.cohortId, reviewId, { decision: 'waitlisted' }, [first!]);
      await sendDigests(reviewId, [first!]);
      await backbone.mailbox.waitFor(
        (m) => sentTo(coordinator!.email)(m) && m.subject.includes('1 名本校学生列入候补'),
      );

      await decidedThenCrashed(cohort.cohortId, reviewId, { decision: 'waitlisted' }, late, 1);
      await sendDigests(reviewId, late);
      const [second] = await backbone.mailbox.waitFor(
        (m) => sentTo(coordinator!.email)(m) && m.subject.includes('2 名本校学生列入候补'),
      );
      expect(second!.text).toContain(`${students[1]!.name}、${students[2]!.name}`);
      expect(second!.text).not.toContain(students[0]!.name);

      await replayStream();
      await runJobAt('review-digests', afterGathering());
      expect(digestMails(coordinator!.email, cohort.name)).toHaveLength(2);
      expect(await digestItems(coordinator!.token)).toHaveLength(2);
      expect((await digestsOf(reviewId)).map((d) => [d.generation, d.status, d.registrationIds])).toEqual([
        [1, 'sent', [first]],
        [2, 'sent', [...late].sort()],
      ]);
    },
    LONG,
  );
});

describe('a digest job that died after closing a digest', () => {
  it(
    'leaves it to the next run, which sends it once to each coordinator',
    async () => {
      const { cohort, accounts, students } = await waitingStudents(1, 2);
      const reviewId = newId('review');
      const ids = students.map((s) => s.registrationId);
      await decidedThenCrashed(cohort.cohortId, reviewId, { decision: 'rejected' }, ids);
      const [digest] = await gathered(reviewId, ids);
      // Closed as the dead run left it: no longer open to decisions, not marked sent.
      await db()
        .service.entities.reviewDigest.patch({ reviewId, universityId: digest!.universityId, generation: 1 })
        .set({ status: 'sending', dueAt: digest!.dueAt })
        .go();

      await runJobAt('review-digests', afterGathering());
      await runJobAt('review-digests', afterGathering());
      for (const coordinator of accounts) {
        await backbone.mailbox.waitFor((m) => sentTo(coordinator.email)(m) && m.subject.includes('1 名本校学生未录取'));
        expect(digestMails(coordinator.email, cohort.name)).toHaveLength(1);
      }
      expect((await digestsOf(reviewId)).map((d) => d.status)).toEqual(['sent']);
    },
    LONG,
  );
});

describe('decisions gathered by concurrent workers while the job sends', () => {
  it(
    'puts each decision in exactly one generation and one message, and gathering them all again changes nothing',
    async () => {
      const uni = await newUniversity();
      const coordinator = await newAccount('coordinator', { universityId: uni.universityId });
      const cohortId = newId('cohort');
      const reviewId = newId('review');
      const events = Array.from({ length: 16 }, (_, position) =>
        domainEvent('registration.decided', {
          reviewId,
          cohortId,
          registrationId: newId('cohortRegistration'),
          universityId: uni.universityId,
          name: `学生${position}号`,
          decision: 'rejected',
          decidedAt: new Date().toISOString(),
          position,
        }),
      );
      const ids = events.map((e) => String(e.payload.registrationId));
      // Half arrive, then the rest race the job closing and sending what is there (its moment is
      // past every due time, as after a worker's long backlog).
      await Promise.all(events.slice(0, 8).map((e) => ReviewDigests.gatherDecision(e)));
      await Promise.all([
        ...events.slice(8).map((e) => ReviewDigests.gatherDecision(e)),
        ReviewDigests.sendReviewDigests(afterGathering()),
        ReviewDigests.sendReviewDigests(afterGathering()),
      ]);
      await Promise.all(events.map((e) => ReviewDigests.gatherDecision(e)));
      await runJobAt('review-digests', afterGathering());

      const digests = await digestsOf(reviewId);
      const placed = digests.flatMap((d) => d.registrationIds);
      expect(placed.sort()).toEqual([...ids].sort());
      expect(digests.every((d) => d.status === 'sent')).toBe(true);
      expect(digests.map((d) => d.generation).sort((a, b) => a - b)).toEqual(digests.map((_, i) => i + 1));
      // What each message says is what its digest held when it was closed: every student is named
      // in exactly one of them, so none was added to a message already gone.
      const mails = backbone.mailbox
        .messages()
        .filter((m) => sentTo(coordinator.email)(m) && m.subject.includes('名本校学生'));
      expect(mails).toHaveLength(digests.length);
      for (const e of events) expect(mails.filter((m) => m.text.includes(String(e.payload.name)))).toHaveLength(1);
    },
    LONG,
  );
});
