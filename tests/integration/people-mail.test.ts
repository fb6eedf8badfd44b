import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays, Placements } from '@aksu/core';
import { newAccount, newUniversity, PASSWORD, SYSTEM, uniqueEmail, type Account } from '../support/accounts.ts';
import { sentTo, startBackbone, type Backbone, type CaughtMessage } from '../support/backbone.ts';
import { openCohort, studentBody } from '../support/cohorts.ts';
import { call } from '../support/http.ts';
import { pastMonday, today } from '../support/logs-stipends.ts';
import { acceptedIntern, mentorAccount, newCohort, newHostUnit, newProject } from '../support/programme.ts';
import { replayStream, streamRecords } from '../support/stream-replay.ts';
import { reviewIdOf, sendDigests } from '../support/review-digests.ts';

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

/** Mail caught for the address; with `about`, only those whose subject says it (accounts made here get their own mails too). */
const mailTo = (address: string, about = '') => backbone.mailbox.messages().filter((m) => sentTo(address)(m) && m.subject.includes(about));
const waitMail = async (address: string, subject: RegExp | string, count = 1) =>
  backbone.mailbox.waitFor((m) => sentTo(address)(m) && (typeof subject === 'string' ? m.subject.includes(subject) : subject.test(m.subject)), { count });
const one = async (address: string, subject: RegExp | string): Promise<CaughtMessage> => (await waitMail(address, subject))[0]!;

const PEOPLE_KINDS = new Set([
  'coordinator.review-digest',
  'intern.accepted',
  'intern.placed',
  'intern.week-returned',
  'intern.leave-decided',
  'intern.stipend-approved',
  'intern.stipend-paid',
  'mentor.new-mentee',
  'mentor.leave-pending',
]);

/** The caller's in-app list as the notification centre serves it, the kinds under test only (accounts made here bring their own). */
async function inbox(token: string): Promise<Array<{ kind: string; title: string; body: string; link: string | null }>> {
  const page = await call('GET', '/v1/me/notifications?limit=100', { token });
  expect(page.status).toBe(200);
  return page.body.items.filter((n: { kind: string }) => PEOPLE_KINDS.has(n.kind));
}

/** The language the person chose for their messages, through their preferences. */
async function chooseLanguage(token: string, locale: 'zh-CN' | 'en') {
  expect((await call('PUT', '/v1/me/notification-preferences', { token, body: { locale, off: [] } })).status).toBe(200);
}

/**
 * The kinds in the user's centre once they are the expected ones. The mail goes out before the
 * in-app item is written, so a test that has just seen the mail waits for the item itself.
 */
async function inboxKinds(token: string, expected: string[]) {
  return vi.waitFor(
    async () => {
      const kinds = (await inbox(token)).map((n) => n.kind).sort();
      expect(kinds).toEqual([...expected].sort());
      return kinds;
    },
    { timeout: 20_000, interval: 100 },
  );
}

const FULL_ID = /[0-9]{17}[0-9Xx]/;

/** Whatever the message says, in every part, for checks that must hold everywhere. */
const everything = (m: CaughtMessage) => `${m.subject}\n${m.text}\n${m.html}`;

describe('coordinators hear of a review once, as a digest; accepted students get their activation code', () => {
  it('one review request accepts three students of two universities: one digest per coordinator, in their language, and one acceptance mail per student', async () => {
    const [uniA, uniB] = await Promise.all([newUniversity(), newUniversity()]);
    const [coordinatorA, coordinatorB] = await Promise.all([
      newAccount('coordinator', { universityId: uniA.universityId }),
      newAccount('coordinator', { universityId: uniB.universityId }),
    ]);
    await chooseLanguage(coordinatorA.token, 'en');
    const cohort = await openCohort([
      { universityId: uniA.universityId, quota: 10 },
      { universityId: uniB.universityId, quota: 10 },
    ]);
    const bodies = [studentBody(), studentBody(), studentBody()];
    const tokens = [coordinatorA.token, coordinatorA.token, coordinatorB.token];
    const registered = [];
    for (const [i, body] of bodies.entries()) {
      const created = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations`, { token: tokens[i], body });
      expect(created.status).toBe(201);
      registered.push(created.body.registrationId as string);
    }

    const decided = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/decisions`, {
      token: organiser.token,
      body: { registrationIds: registered, decision: 'accepted', reason: '材料齐全' },
    });
    expect(decided.status).toBe(200);
    const codes = (decided.body.results as Array<{ invitationCode: string }>).map((r) => r.invitationCode);
    expect(codes.every(Boolean)).toBe(true);
    // The digests go out with the job's next run once the decisions are gathered.
    const reviewId = await reviewIdOf(registered[0]!);
    await sendDigests(reviewId, registered);

    // Coordinator A (English) gets one digest naming both of their students and not the other university's.
    const digestA = await one(coordinatorA.email, `2 of your students accepted`);
    expect(digestA.subject).toContain(cohort.name);
    expect(digestA.text).toContain(bodies[0]!.name);
    expect(digestA.text).toContain(bodies[1]!.name);
    expect(digestA.text).not.toContain(bodies[2]!.name);
    expect(digestA.text).toContain('Note: 材料齐全');
    expect(digestA.text).toContain(`/cohorts/${cohort.cohortId}`);
    // Coordinator B (no preference: Chinese) gets theirs with their one student.
    const digestB = await one(coordinatorB.email, '1 名本校学生录取');
    expect(digestB.text).toContain(bodies[2]!.name);
    expect(digestB.text).not.toContain(bodies[0]!.name);

    // Each student: a Chinese acceptance at the address they registered with, carrying the code the
    // organiser was shown, which activates their account.
    for (const [i, body] of bodies.entries()) {
      const mail = await one(body.email, `录取通知：${cohort.name}`);
      expect(mail.text).toContain(codes[i]!);
      expect(mail.text).toContain('/activate');
    }
    const activated = await call('POST', '/v1/auth/activate', { body: { code: codes[0], password: PASSWORD } });
    expect(activated.status).toBe(200);
    await inboxKinds(activated.body.token, ['intern.accepted']);
    const internItems = await inbox(activated.body.token);
    expect(`${internItems[0]!.title} ${internItems[0]!.body}`).not.toContain(codes[0]!);

    // The digests are in the coordinators' centres too, once each.
    await inboxKinds(coordinatorA.token, ['coordinator.review-digest']);
    await inboxKinds(coordinatorB.token, ['coordinator.review-digest']);

    // No mail names a student's national ID.
    for (const message of [digestA, digestB, ...bodies.flatMap((b) => mailTo(b.email))]) {
      expect(everything(message)).not.toMatch(FULL_ID);
      for (const body of bodies) expect(everything(message)).not.toContain(body.nationalId);
    }

    // Nor does any event the decisions wrote: the outbox items as the stream carries them.
    const images = (await streamRecords()).map((r) => JSON.stringify(r.dynamodb?.NewImage ?? {})).filter((image) => image.includes('"outboxEvent"'));
    expect(images.filter((image) => image.includes('registration.decided') && image.includes(cohort.cohortId))).toHaveLength(registered.length);
    for (const image of images) for (const body of bodies) expect(image).not.toContain(body.nationalId);

    // The whole stream handled again sends nothing twice, nor gathers a decision again: the job's
    // next run, sending a later review, is the marker that anything the replay had put in a digest
    // would have gone out before counting.
    await replayStream();
    const late = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations`, { token: coordinatorB.token, body: studentBody() });
    await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/decisions`, { token: organiser.token, body: { registrationIds: [late.body.registrationId], decision: 'waitlisted' } });
    await sendDigests(await reviewIdOf(late.body.registrationId), [late.body.registrationId]);
    await one(coordinatorB.email, '列入候补');
    expect(mailTo(coordinatorA.email, cohort.name)).toHaveLength(1);
    expect(mailTo(coordinatorB.email, cohort.name)).toHaveLength(2);
    for (const body of bodies) expect(mailTo(body.email)).toHaveLength(1);
    expect((await inbox(coordinatorA.token)).map((n) => n.kind)).toEqual(['coordinator.review-digest']);
  }, LONG);
});

describe('a placement tells the intern where and with whom, and the mentor of a new mentee', () => {
  it('placing sends the intern unit, project, mentor and letter link, and the mentor the mentee; a mentor change tells only the new mentor', async () => {
    const uni = await newUniversity();
    const coordinator = await newAccount('coordinator', { universityId: uni.universityId });
    const cohort = await openCohort([{ universityId: uni.universityId, quota: 10 }]);
    const student = studentBody();
    const created = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations`, { token: coordinator.token, body: student });
    const registrationId = created.body.registrationId as string;
    const decided = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/decisions`, { token: organiser.token, body: { registrationIds: [registrationId], decision: 'accepted' } });
    const intern = await call('POST', '/v1/auth/activate', { body: { code: decided.body.results[0].invitationCode, password: PASSWORD } });
    expect(intern.status).toBe(200);
    const unit = await newHostUnit();
    const project = await newProject(unit.hostUnitId, cohort.cohortId);
    const first = await mentorAccount(unit.hostUnitId);
    const second = await mentorAccount(unit.hostUnitId);

    const placed = await call('POST', `/v1/cohorts/${cohort.cohortId}/placements`, {
      token: organiser.token,
      body: { registrationId, projectId: project.projectId, mentorId: first.mentor.mentorId },
    });
    expect(placed.status).toBe(201);

    const mail = await one(student.email, `岗位安排：${unit.name}`);
    expect(mail.text).toContain(project.title);
    expect(mail.text).toContain(`帮带导师：${first.mentor.name}`);
    expect(mail.text).toContain(`http://localhost:3000/placements/${registrationId}/letter`);
    expect(mail.html).toContain(`/placements/${registrationId}/letter`);
    const mentorMail = await one(first.mentor.email, `新的帮带学员：${student.name}`);
    expect(mentorMail.text).toContain(uni.name);
    expect(mentorMail.text).toContain(project.title);

    const changed = await call('POST', `/v1/placements/${registrationId}/mentor`, { token: organiser.token, body: { mentorId: second.mentor.mentorId } });
    expect(changed.status).toBe(200);
    await one(second.mentor.email, `新的帮带学员：${student.name}`);
    // The change's handler has run to its end: the intern and the first mentor heard nothing more.
    expect(mailTo(student.email).filter((m) => m.subject.includes('岗位'))).toHaveLength(1);
    expect(mailTo(first.mentor.email, '新的帮带学员')).toHaveLength(1);

    await inboxKinds(intern.body.token, ['intern.accepted', 'intern.placed']);
    expect((await inbox(intern.body.token)).find((n) => n.kind === 'intern.placed')).toMatchObject({ link: `/placements/${registrationId}/letter` });
    await inboxKinds(second.account.token, ['mentor.new-mentee']);

    await replayStream();
    // A move is the marker: its placement mail comes after anything the replay could have sent.
    const other = await newProject(unit.hostUnitId, cohort.cohortId);
    expect((await call('POST', `/v1/placements/${registrationId}/move`, { token: organiser.token, body: { projectId: other.projectId } })).status).toBe(200);
    await one(student.email, `岗位调整：${unit.name}`);
    expect(mailTo(student.email).filter((m) => m.subject.includes(`岗位安排`))).toHaveLength(1);
    expect(mailTo(first.mentor.email, '新的帮带学员')).toHaveLength(1);
    expect(mailTo(second.mentor.email, '新的帮带学员')).toHaveLength(1);
    expect((await inbox(second.account.token)).map((n) => n.kind)).toEqual(['mentor.new-mentee']);
  }, LONG);
});

/**
 * A running cohort around today with one placed intern whose account was made for them (not by the
 * acceptance): the intern is found by the email they registered with.
 */
async function runningIntern() {
  const uni = await newUniversity();
  const cohort = await newCohort({ startsOn: addDays(pastMonday(), -14), endsOn: addDays(today(), 10), status: 'running' });
  const unit = await newHostUnit();
  const project = await newProject(unit.hostUnitId, cohort.cohortId);
  const mentor = await mentorAccount(unit.hostUnitId);
  // The mentor wants no mail about new mentees: the centre still shows them.
  expect((await call('PUT', '/v1/me/notification-preferences', { token: mentor.account.token, body: { off: ['mentor.new-mentee'] } })).status).toBe(200);
  const email = uniqueEmail('intern');
  const record = await acceptedIntern(cohort.cohortId, uni.universityId, { email });
  await Placements.place(SYSTEM, cohort.cohortId, { registrationId: record.registrationId, projectId: project.projectId, mentorId: mentor.mentor.mentorId });
  const account = await newAccount('intern', { universityId: uni.universityId, internId: record.registrationId, email });
  return { cohort, record, account, mentor, email };
}

describe('interns hear of returned weeks, leave decisions and stipends; mentors of leave waiting for them', () => {
  it('each reaches the right person in their language, lands in their centre (by mail unless turned off), and a replay sends none of them again', async () => {
    const p = await runningIntern();
    const { registrationId } = p.record;
    await chooseLanguage(p.account.token, 'en');
    const base = `/v1/interns/${registrationId}`;

    // A week returned by the mentor, with the comment.
    const monday = pastMonday();
    expect((await call('POST', `${base}/activity-logs`, { token: p.account.token, body: { logDate: monday, hours: 8, category: 'research', summary: '整理文献' } })).status).toBe(201);
    expect((await call('POST', `${base}/log-weeks/${monday}/return`, { token: p.mentor.account.token, body: { comment: '请补充实验数据' } })).status).toBe(200);
    const returned = await one(p.email, `Your activity log needs changes (week of ${monday})`);
    expect(returned.text).toContain('Comment: 请补充实验数据');

    // Leave: the mentor (Chinese) is told it waits; the intern (English) of the decision.
    const from = addDays(today(), 1);
    const to = addDays(today(), 2);
    const asked = await call('POST', '/v1/leave-requests', { token: p.account.token, body: { from, to, reason: '家中有事' } });
    expect(asked.status).toBe(201);
    const pending = await one(p.mentor.mentor.email, `${p.record.name} 申请请假（${from} 至 ${to}）`);
    expect(pending.text).toContain('/mentee-attendance');
    expect(everything(pending)).not.toContain('家中有事');
    const decided = await call('POST', `/v1/leave-requests/${asked.body.leaveId}/decision`, { token: p.mentor.account.token, body: { decision: 'approve', version: 1 } });
    expect(decided.status).toBe(200);
    await one(p.email, `Leave approved (${from} to ${to})`);

    // The stipend: approved at the amount the organiser saw, then paid with its batch.
    const statementPath = `/v1/cohorts/${p.cohort.cohortId}/stipend-statements/${registrationId}`;
    const statement = await call('GET', statementPath, { token: organiser.token });
    expect((await call('POST', `${statementPath}/approve`, { token: organiser.token, body: { totalFen: statement.body.totalFen } })).status).toBe(200);
    const yuan = (statement.body.totalFen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
    await one(p.email, `Stipend approved: CNY ${yuan}`);
    const batch = await call('POST', `/v1/cohorts/${p.cohort.cohortId}/payout-batches`, { token: organiser.token });
    expect((await call('POST', `/v1/payout-batches/${batch.body.batchId}/pay`, { token: organiser.token })).status).toBe(200);
    await one(p.email, `Stipend paid: CNY ${yuan}`);

    const kinds = await inboxKinds(p.account.token, ['intern.leave-decided', 'intern.placed', 'intern.stipend-approved', 'intern.stipend-paid', 'intern.week-returned']);
    await inboxKinds(p.mentor.account.token, ['mentor.leave-pending', 'mentor.new-mentee']);
    for (const message of mailTo(p.email)) expect(everything(message)).not.toMatch(FULL_ID);

    const before = { intern: mailTo(p.email).length, mentor: mailTo(p.mentor.mentor.email).length };
    await replayStream();
    // Another leave request is the marker: the mentor's second notice arrives after any replayed send.
    const again = addDays(today(), 4);
    expect((await call('POST', '/v1/leave-requests', { token: p.account.token, body: { from: again, to: again, reason: '复查身体' } })).status).toBe(201);
    await waitMail(p.mentor.mentor.email, '申请请假', 2);
    expect(mailTo(p.email)).toHaveLength(before.intern);
    expect(mailTo(p.mentor.mentor.email)).toHaveLength(before.mentor + 1);
    // The kind the mentor turned off reached their centre and never their mailbox.
    expect(mailTo(p.mentor.mentor.email, '新的帮带学员')).toHaveLength(0);
    expect((await inbox(p.account.token)).map((n) => n.kind).sort()).toEqual(kinds);
  }, LONG);
});
