import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cohorts, db, Outbox, registerBatch } from '@aksu/core';
import { runJobOnce } from '@aksu/core/imports/run';
import { newAccount, newUniversity, SYSTEM, type Account } from '../support/accounts.ts';
import { runJobAt, sentTo, startBackbone, type Backbone } from '../support/backbone.ts';
import { call } from '../support/http.ts';
import { base64, csvOf, openCohort, registrationOf, studentRow } from '../support/imports.ts';

let backbone: Backbone;
let universityId: string;
let coordinator: Account;

beforeAll(async () => {
  backbone = await startBackbone();
  universityId = (await newUniversity()).universityId;
  coordinator = await newAccount('coordinator', { universityId });
});

// Closing the catcher waits for the mail transport's pooled connections to go idle.
afterAll(async () => {
  await backbone?.stop();
});

const upload = (cohortId: string, filename: string, rows: Record<string, string>[]) =>
  call('POST', `/v1/cohorts/${cohortId}/imports`, {
    token: coordinator.token,
    body: { filename, content: base64(csvOf(rows)), consent: true },
  });

/**
 * The job as its page reads it, once `done` holds; polled, since the worker moves it by itself. The bound
 * is only against a hang: a thousand rows on two busy cores can take minutes, and the test's own bound
 * (below) is what ends a wait that never comes true.
 */
async function jobWhen(importJobId: string, done: (job: any) => boolean, timeout = 540_000) {
  let job: any;
  await expect
    .poll(
      async () => {
        job = (await call('GET', `/v1/imports/${importJobId}`, { token: coordinator.token })).body;
        return done(job);
      },
      { timeout, interval: 250 },
    )
    .toBe(true);
  return job;
}

const submitted = async (cohortId: string) =>
  (await Cohorts.summary(SYSTEM, cohortId)).universities.find(
    (u: { universityId: string }) => u.universityId === universityId,
  )!.submitted;

const finishedMail = (filename: string) => (m: { subject: string; envelope: { to: string[] } }) =>
  sentTo(coordinator.email)(m as never) && m.subject.includes(filename);

describe('imports run by the worker', () => {
  // Its bound is against a hang only, like jobWhen's: the run's speed is the bench's business, not this test's.
  const thousandRows =
    'registers 1,000 rows with nobody calling /run, tells the uploader once with the counts per reason, ' +
    'and a replay changes nothing';
  it(thousandRows, { timeout: 600_000 }, async () => {
    const cohort = await openCohort([{ universityId, quota: 2000 }]);
    const rows = Array.from({ length: 1000 }, () => studentRow());
    // Refused at upload: a bad phone on every 100th row, and rows 501-503 repeat rows 1-3.
    for (let i = 99; i < 1000; i += 100) rows[i] = { ...rows[i]!, 手机号: '12345' };
    for (let i = 0; i < 3; i++) rows[500 + i] = { ...rows[500 + i]!, 身份证号: rows[i]!['身份证号']! };
    // Refused by the registration write path: two people registered through the form already.
    await registerBatch({ userId: coordinator.user.userId, role: 'coordinator', universityId }, cohort.cohortId, [
      registrationOf(rows[10]!),
      registrationOf(rows[20]!),
    ]);

    const created = await upload(cohort.cohortId, '千人名单.csv', rows);
    expect(created.status).toBe(201);
    const job = await jobWhen(created.body.importJobId, (j) => j.status === 'completed');
    expect(job).toMatchObject({ totalRows: 1000, rowsDone: 1000, accepted: 985, rejected: 15 });
    expect(await submitted(cohort.cohortId)).toBe(987);

    const [mail] = await backbone.mailbox.waitFor(finishedMail('千人名单.csv'));
    expect(mail!.subject).toContain('接受 985 行，拒绝 15 行');
    expect(mail!.text).toContain('接受：985 行');
    expect(mail!.text).toContain('手机号不正确：10 行');
    expect(mail!.text).toContain('重复：文件内重复：3 行');
    expect(mail!.text).toContain('重复：已报名：2 行');
    expect(mail!.text).toContain(`/cohorts/${cohort.cohortId}/import?job=${job.importJobId}`);

    // Every event of the job delivered again, twice at once: nothing is registered, counted or sent twice.
    const events = ['import.uploaded', 'import.continued', 'import.finished'].map((type) => ({
      eventId: `replay-${type}`,
      type,
      occurredAt: new Date().toISOString(),
      payload: { importJobId: job.importJobId, cohortId: cohort.cohortId, universityId },
    }));
    await Promise.all(
      [1, 2].map(() => Promise.all(events.flatMap((event) => Outbox.handlersFor(event.type).map((h) => h.run(event))))),
    );
    expect((await call('GET', `/v1/imports/${job.importJobId}`, { token: coordinator.token })).body).toMatchObject({
      rowsDone: 1000,
      accepted: 985,
      rejected: 15,
    });
    expect(await submitted(cohort.cohortId)).toBe(987);
    expect(backbone.mailbox.messages().filter(finishedMail('千人名单.csv'))).toHaveLength(1);
    const { data: inbox } = await db()
      .service.entities.notification.query.byUser({ userId: coordinator.user.userId })
      .go({ pages: 'all' });
    expect(
      inbox.filter((n) => n.kind === 'coordinator.import-finished' && n.title.includes('千人名单.csv')),
    ).toHaveLength(1);
  });

  it('takes up again, through resume-imports, a job whose worker died holding its lease mid-way', async () => {
    const cohort = await openCohort([{ universityId, quota: 2000 }]);
    const rows = Array.from({ length: 300 }, () => studentRow());
    await backbone.worker.stop();
    const created = await upload(cohort.cohortId, '中断名单.csv', rows);
    expect(created.status).toBe(201);
    const importJobId = created.body.importJobId as string;

    // A worker registers the first batch and dies holding the lease, before writing the continuation.
    const { importJob } = db().service.entities;
    const { data: stored } = await importJob.get({ importJobId }).go({ consistent: true });
    const { job: partial } = await runJobOnce(
      { userId: coordinator.user.userId, role: 'coordinator', universityId },
      stored!,
      0,
    );
    expect(partial.rowsDone).toBeGreaterThan(0);
    expect(partial.rowsDone).toBeLessThan(300);
    const deadLease = Date.now() + 10 * 60_000;
    await importJob.patch({ importJobId }).set({ leaseUntil: deadLease }).go();
    // The upload's own event meets the dead worker's lease: that delivery can do nothing.
    backbone.worker.start();

    // While the lease holds, the job is not stalled; once it has lapsed (and nothing moved), it is.
    expect(await runJobAt('resume-imports', new Date())).toMatchObject({ resumed: 0 });
    expect((await importJob.get({ importJobId }).go({ consistent: true })).data).toMatchObject({
      status: 'processing',
      leaseUntil: deadLease,
    });
    expect(await runJobAt('resume-imports', new Date(deadLease + 5 * 60_000))).toMatchObject({ resumed: 1 });

    const job = await jobWhen(importJobId, (j) => j.status === 'completed');
    expect(job).toMatchObject({ totalRows: 300, rowsDone: 300, accepted: 300, rejected: 0 });
    expect(await submitted(cohort.cohortId)).toBe(300);
    const [mail] = await backbone.mailbox.waitFor(finishedMail('中断名单.csv'));
    expect(mail!.subject).toContain('接受 300 行，拒绝 0 行');
  });
  it(
    'registers each row once and counts it once when the upload ' +
      'event is delivered three times at once beside the worker',
    async () => {
      const cohort = await openCohort([{ universityId, quota: 2000 }]);
      await backbone.worker.stop();
      const created = await upload(
        cohort.cohortId,
        '重复投递名单.csv',
        Array.from({ length: 400 }, () => studentRow()),
      );
      expect(created.status).toBe(201);
      const event = {
        eventId: `duplicate-${created.body.importJobId}`,
        type: 'import.uploaded',
        occurredAt: new Date().toISOString(),
        payload: { importJobId: created.body.importJobId, cohortId: cohort.cohortId, universityId },
      };
      backbone.worker.start();
      await Promise.all([1, 2, 3].map(() => Promise.all(Outbox.handlersFor(event.type).map((h) => h.run(event)))));

      const job = await jobWhen(created.body.importJobId, (j) => j.status === 'completed');
      expect(job).toMatchObject({ totalRows: 400, rowsDone: 400, accepted: 400, rejected: 0 });
      expect(await submitted(cohort.cohortId)).toBe(400);
      await backbone.mailbox.waitFor(finishedMail('重复投递名单.csv'));
      expect(backbone.mailbox.messages().filter(finishedMail('重复投递名单.csv'))).toHaveLength(1);
    },
  );
});
