import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, Placements } from '@aksu/core';
import { newAccount, newUniversity, SYSTEM, uniqueEmail, type Account } from '../support/accounts.ts';
import { startBackbone, type Backbone } from '../support/backbone.ts';
import { call } from '../support/http.ts';
import { pastMonday, today } from '../support/logs-stipends.ts';
import { acceptedIntern, mentorAccount, newCohort, newHostUnit, newProject } from '../support/programme.ts';
import { chooseLanguage, everything, FULL_ID, inbox, inboxKinds, mailbox } from '../support/people-mail.ts';
import { replayStream } from '../support/stream-replay.ts';

/** Each test walks a whole flow through the API and the worker; on two shared cores that can take a while. */
const LONG = 120_000;

let backbone: Backbone;
let organiser: Account;

beforeAll(async () => {
  backbone = await startBackbone();
  organiser = await newAccount('organiser', { isAdmin: true });
});

afterAll(async () => {
  await backbone?.stop();
});

const { mailTo, waitMail, one } = mailbox(() => backbone);

async function runningIntern() {
  const uni = await newUniversity();
  const cohort = await newCohort({
    startsOn: addDays(pastMonday(), -14),
    endsOn: addDays(today(), 10),
    status: 'running',
  });
  const unit = await newHostUnit();
  const project = await newProject(unit.hostUnitId, cohort.cohortId);
  const mentor = await mentorAccount(unit.hostUnitId);
  // The mentor wants no mail about new mentees: the centre still shows them.
  expect(
    (
      await call('PUT', '/v1/me/notification-preferences', {
        token: mentor.account.token,
        body: { off: ['mentor.new-mentee'] },
      })
    ).status,
  ).toBe(200);
  const email = uniqueEmail('intern');
  const record = await acceptedIntern(cohort.cohortId, uni.universityId, { email });
  await Placements.place(SYSTEM, cohort.cohortId, {
    registrationId: record.registrationId,
    projectId: project.projectId,
    mentorId: mentor.mentor.mentorId,
  });
  const account = await newAccount('intern', {
    universityId: uni.universityId,
    internId: record.registrationId,
    email,
  });
  return { cohort, record, account, mentor, email };
}

describe('interns hear of returned weeks, leave decisions and stipends; mentors of leave waiting for them', () => {
  it(
    'each reaches the right person in their language, lands in their centre ' +
      '(by mail unless turned off), and a replay sends none of them again',
    async () => {
      const p = await runningIntern();
      const { registrationId } = p.record;
      await chooseLanguage(p.account.token, 'en');
      const base = `/v1/interns/${registrationId}`;

      // A week returned by the mentor, with the comment.
      const monday = pastMonday();
      expect(
        (
          await call('POST', `${base}/activity-logs`, {
            token: p.account.token,
            body: { logDate: monday, hours: 8, category: 'research', summary: '整理文献' },
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await call('POST', `${base}/log-weeks/${monday}/return`, {
            token: p.mentor.account.token,
            body: { comment: '请补充实验数据' },
          })
        ).status,
      ).toBe(200);
      const returned = await one(p.email, `Your activity log needs changes (week of ${monday})`);
      expect(returned.text).toContain('Comment: 请补充实验数据');

      // Leave: the mentor (Chinese) is told it waits; the intern (English) of the decision.
      const from = addDays(today(), 1);
      const to = addDays(today(), 2);
      const asked = await call('POST', '/v1/leave-requests', {
        token: p.account.token,
        body: { from, to, reason: '家中有事' },
      });
      expect(asked.status).toBe(201);
      const pending = await one(p.mentor.mentor.email, `${p.record.name} 申请请假（${from} 至 ${to}）`);
      expect(pending.text).toContain('/mentee-attendance');
      expect(everything(pending)).not.toContain('家中有事');
      const decided = await call('POST', `/v1/leave-requests/${asked.body.leaveId}/decision`, {
        token: p.mentor.account.token,
        body: { decision: 'approve', version: 1 },
      });
      expect(decided.status).toBe(200);
      await one(p.email, `Leave approved (${from} to ${to})`);

      // The stipend: approved at the amount the organiser saw, then paid with its batch.
      const statementPath = `/v1/cohorts/${p.cohort.cohortId}/stipend-statements/${registrationId}`;
      const statement = await call('GET', statementPath, { token: organiser.token });
      expect(
        (
          await call('POST', `${statementPath}/approve`, {
            token: organiser.token,
            body: { totalFen: statement.body.totalFen },
          })
        ).status,
      ).toBe(200);
      const yuan = (statement.body.totalFen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
      await one(p.email, `Stipend approved: CNY ${yuan}`);
      const batch = await call('POST', `/v1/cohorts/${p.cohort.cohortId}/payout-batches`, { token: organiser.token });
      expect(
        (await call('POST', `/v1/payout-batches/${batch.body.batchId}/pay`, { token: organiser.token })).status,
      ).toBe(200);
      await one(p.email, `Stipend paid: CNY ${yuan}`);

      const kinds = await inboxKinds(p.account.token, [
        'intern.leave-decided',
        'intern.placed',
        'intern.stipend-approved',
        'intern.stipend-paid',
        'intern.week-returned',
      ]);
      await inboxKinds(p.mentor.account.token, ['mentor.leave-pending', 'mentor.new-mentee']);
      for (const message of mailTo(p.email)) expect(everything(message)).not.toMatch(FULL_ID);

      const before = { intern: mailTo(p.email).length, mentor: mailTo(p.mentor.mentor.email).length };
      await replayStream();
      // Another leave request is the marker: the mentor's second notice arrives after any replayed send.
      const again = addDays(today(), 4);
      expect(
        (
          await call('POST', '/v1/leave-requests', {
            token: p.account.token,
            body: { from: again, to: again, reason: '复查身体' },
          })
        ).status,
      ).toBe(201);
      await waitMail(p.mentor.mentor.email, '申请请假', 2);
      expect(mailTo(p.email)).toHaveLength(before.intern);
      expect(mailTo(p.mentor.mentor.email)).toHaveLength(before.mentor + 1);
      // The kind the mentor turned off reached their centre and never their mailbox.
      expect(mailTo(p.mentor.mentor.email, '新的帮带学员')).toHaveLength(0);
      expect((await inbox(p.account.token)).map((n) => n.kind).sort()).toEqual(kinds);
    },
    LONG,
  );
});
