import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccount, type Account } from '../support/accounts.ts';
import { newApplication } from '../support/applications.ts';
import { type Backbone, sentTo, startBackbone } from '../support/backbone.ts';
import { call } from '../support/http.ts';
import { useLocalS3 } from '../support/local-s3.ts';
import { newPosition } from '../support/positions.ts';
import { newHostUnit } from '../support/programme.ts';

/*
 * Interviews over HTTP: organisers schedule and reschedule, the stream worker mails the applicant and
 * the panel through the SMTP catcher, and the applicant answers through "my application".
 */

useLocalS3();

let organiser: Account;
let hostUnitId: string;
let backbone: Backbone;

beforeAll(async () => {
  backbone = await startBackbone();
  organiser = await newAccount('organiser');
  hostUnitId = (await newHostUnit()).hostUnitId;
});
afterAll(() => backbone?.stop());

const as = (method: string, path: string, body?: unknown) => call(method, path, { token: organiser.token, body });
const panel = [
  { name: '王主任', email: 'wang.panel@example.com' },
  { name: 'Li Panel', email: 'li.panel@example.com' },
];
// 14:00 in Beijing, written from another offset, so the mails must convert it.
const STARTS = '2030-03-12T06:00:00Z';

/** A fresh application to a new position, moved to shortlisted; with its access code and email. */
async function shortlisted(overrides: { locale?: 'en' | 'zh-CN' } = {}) {
  const { positionId } = await newPosition(hostUnitId, { title: '临床医师' });
  const email = `interviewee.${crypto.randomUUID().slice(0, 8)}@example.com`;
  const receipt = await newApplication(positionId, { email, ...overrides });
  const moved = await as('POST', `/v1/applications/${receipt.applicationId}/transitions`, {
    to: 'shortlisted',
    version: 1,
  });
  expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  return { positionId, email, accessCode: receipt.accessCode, application: moved.body };
}

const schedule = (a: { applicationId: string; version: number }, fields: Record<string, unknown> = {}) =>
  as('PUT', `/v1/applications/${a.applicationId}/interview`, {
    version: a.version,
    startsAt: STARTS,
    place: '阿克苏地区人社局三楼会议室',
    panel,
    ...fields,
  });

const mine = (positionId: string, token: string) =>
  call('POST', `/v1/public/positions/${positionId}/applications/my`, { body: { token } });
const reply = (positionId: string, body: Record<string, unknown>) =>
  call('POST', `/v1/public/positions/${positionId}/applications/my/interview-reply`, { body });

describe('scheduling an interview', () => {
  it('moves a shortlisted application to interview and mails the applicant and each panel member', async () => {
    const { email, application } = await shortlisted();
    const res = await schedule(application);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      status: 'interview',
      version: application.version + 1,
      allowedTransitions: ['offered', 'rejected', 'withdrawn'],
      interview: {
        revision: 1,
        startsAt: '2030-03-12T06:00:00.000Z',
        timeZone: 'Asia/Shanghai',
        durationMinutes: 30,
        place: '阿克苏地区人社局三楼会议室',
        panel,
      },
    });

    const [toApplicant] = await backbone.mailbox.waitFor((m) => sentTo(email)(m) && m.subject.includes('面试邀请'));
    expect(toApplicant!.text).toContain('2030-03-12 14:00（北京时间）');
    expect(toApplicant!.text).toContain('阿克苏地区人社局三楼会议室');
    expect(toApplicant!.text).toContain(`/positions/${application.positionId}/my`);
    // The applicant learns who sits on the panel, never their addresses.
    expect(toApplicant!.text).toContain('王主任');
    expect(toApplicant!.text).not.toContain('wang.panel@example.com');
    for (const member of panel) {
      const [mail] = await backbone.mailbox.waitFor(
        (m) => sentTo(member.email)(m) && m.subject.includes(application.name),
      );
      expect(mail!.subject).toContain('请参加面试');
      expect(mail!.text).toContain(`/applications/${application.applicationId}`);
    }

    const audit = await as('GET', `/v1/audit?entityType=application&entityId=${application.applicationId}`);
    expect(audit.status, JSON.stringify(audit.body)).toBe(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('interview:scheduled');
  });

  it('tells a panel member with an organiser account as that account: by mail and in the bell', async () => {
    const { application } = await shortlisted();
    const colleague = await newAccount('organiser');
    const res = await schedule(application, {
      panel: [{ name: colleague.user.name, email: colleague.email.toUpperCase() }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    await backbone.mailbox.waitFor((m) => sentTo(colleague.email)(m) && m.subject.includes(application.name));
    // The bell item is written beside the mail, not before it: wait for it, not for a time.
    const bell = async () => (await call('GET', '/v1/me/notifications', { token: colleague.token })).body.items;
    await expect
      .poll(async () => (await bell()).map((n: { kind: string }) => n.kind), { timeout: 30_000 })
      .toContain('panel.interview');
    expect(await bell()).toContainEqual(
      expect.objectContaining({
        kind: 'panel.interview',
        link: `/recruitment/positions/${application.positionId}/applications/${application.applicationId}`,
      }),
    );
  });

  it('writes the applicant’s mail in their language, with the online link', async () => {
    const { email, application } = await shortlisted({ locale: 'en' });
    const res = await schedule(application, { place: undefined, onlineUrl: 'https://meeting.example.com/j/123' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [mail] = await backbone.mailbox.waitFor(
      (m) => sentTo(email)(m) && m.subject.includes('Interview invitation'),
    );
    expect(mail!.text).toContain('2030-03-12 14:00 Beijing time');
    expect(mail!.text).toContain('https://meeting.example.com/j/123');
  });

  it('refuses a place and a link together, a time gone by, a panel twice over and an empty panel', async () => {
    const { application } = await shortlisted();
    const both = await schedule(application, { onlineUrl: 'https://meeting.example.com/x' });
    expect(both.status).toBe(400);
    expect(both.body.errors[0]).toMatchObject({ path: 'place', code: 'one_of_required' });
    const past = await schedule(application, { startsAt: '2020-01-01T09:00:00+08:00' });
    expect(past.status).toBe(400);
    expect(past.body.errors[0]).toMatchObject({ path: 'startsAt', code: 'too_early' });
    // The earliest time is said as the office reads it, Beijing time to the minute.
    expect(JSON.stringify(past.body.errors[0])).toMatch(/"earliest":"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"/);
    const twice = await schedule(application, { panel: [panel[0], panel[0]] });
    expect(twice.status).toBe(400);
    expect(twice.body.errors[0]).toMatchObject({ path: 'panel.1.email', code: 'listed_twice' });
    expect((await schedule(application, { panel: [] })).status).toBe(400);
  });

  it('answers 409 with the allowed moves for an application not shortlisted, and for a stale version', async () => {
    const { positionId } = await newPosition(hostUnitId);
    const { applicationId } = await newApplication(positionId);
    const early = await schedule({ applicationId, version: 1 });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'invalid_transition', allowed: ['shortlisted', 'rejected', 'withdrawn'] });

    const { application } = await shortlisted();
    const stale = await schedule({ ...application, version: application.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
  });
});

describe('the applicant’s answer and a reschedule', () => {
  it('shows the interview in my application, takes the answer, and shows it to the organisers', async () => {
    const { positionId, accessCode, application } = await shortlisted();
    const scheduled = (await schedule(application)).body;
    const seen = await mine(positionId, accessCode);
    expect(seen.body.interview).toMatchObject({ revision: 1, startsAt: scheduled.interview.startsAt });
    expect(seen.body.interview.panelNames).toEqual(['王主任', 'Li Panel']);
    expect(JSON.stringify(seen.body)).not.toContain('panel@example.com');

    const noNote = await reply(positionId, { token: accessCode, revision: 1, answer: 'another_time' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors[0]).toMatchObject({ path: 'note', code: 'reason_required' });

    const asked = await reply(positionId, {
      token: accessCode,
      revision: 1,
      answer: 'another_time',
      note: '3月12日有考试，13日下午都可以',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    expect(asked.body.interview.reply).toMatchObject({ answer: 'another_time', note: '3月12日有考试，13日下午都可以' });
    // The organiser who scheduled it is told, in the bell and by mail.
    await backbone.mailbox.waitFor(
      (m) => sentTo(organiser.email)(m) && m.subject.includes(`${application.name} 希望改约面试时间`),
    );
    const detail = await as('GET', `/v1/applications/${application.applicationId}`);
    expect(detail.body.interview.reply).toMatchObject({
      answer: 'another_time',
      note: '3月12日有考试，13日下午都可以',
    });

    // A forged code opens nothing.
    const forged = await reply(positionId, {
      token: `${application.applicationId}.forgedforgedforged`,
      revision: 1,
      answer: 'confirmed',
    });
    expect(forged.status).toBe(404);
  });

  it('reschedules: a new revision, the answer cleared, everyone mailed again, one taken off told, an answer to the old time refused', async () => {
    const { positionId, email, accessCode, application } = await shortlisted();
    const first = (await schedule(application)).body;
    await reply(positionId, { token: accessCode, revision: 1, answer: 'another_time', note: '下午更方便' });
    const latest = (await as('GET', `/v1/applications/${application.applicationId}`)).body;
    const newcomer = { name: '赵老师', email: `zhao.${crypto.randomUUID().slice(0, 6)}@example.com` };
    const moved = await schedule(latest, {
      startsAt: '2030-03-13T15:30:00+08:00',
      panel: [panel[0]!, newcomer],
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.status).toBe('interview');
    expect(moved.body.statusSince).toBe(first.statusSince);
    expect(moved.body.interview).toMatchObject({ revision: 2, startsAt: '2030-03-13T07:30:00.000Z' });
    expect(moved.body.interview.reply).toBeUndefined();

    const [again] = await backbone.mailbox.waitFor((m) => sentTo(email)(m) && m.subject.includes('面试时间已调整'));
    expect(again!.text).toContain('2030-03-13 15:30');
    await backbone.mailbox.waitFor((m) => sentTo(newcomer.email)(m) && m.subject.includes('面试时间已调整'));
    await backbone.mailbox.waitFor((m) => sentTo(panel[0]!.email)(m) && m.subject.includes('面试时间已调整'));
    // The member taken off the panel is told they need not come.
    const [released] = await backbone.mailbox.waitFor(
      (m) => sentTo(panel[1]!.email)(m) && m.subject.includes(`您无需参加面试：${application.name}`),
    );
    expect(released!.text).toContain('面试小组不再包括您');

    const old = await reply(positionId, { token: accessCode, revision: 1, answer: 'confirmed' });
    expect(old.status).toBe(409);
    expect(old.body.code).toBe('version_conflict');
    const confirmed = await reply(positionId, { token: accessCode, revision: 2, answer: 'confirmed' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.interview.reply.answer).toBe('confirmed');
    const detail = await as('GET', `/v1/applications/${application.applicationId}`);
    expect(detail.body.interview.reply.answer).toBe('confirmed');
  });

  it('refuses an answer when there is no interview to answer', async () => {
    const { positionId, accessCode } = await shortlisted();
    const res = await reply(positionId, { token: accessCode, revision: 1, answer: 'confirmed' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('invalid_transition');
  });
});
