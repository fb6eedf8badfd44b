import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, localDate, newId, MyTalentService } from '@aksu/core';
import { newAccount, newUniversity, uniqueSuffix } from '../support/accounts.ts';
import { runJobAt, startBackbone, type Backbone } from '../support/backbone.ts';
import { call } from '../support/http.ts';
import { inbox, mail, mailsTo, placedIntern } from '../support/reminders.ts';
import { mentorAccount, newCohort } from '../support/programme.ts';
import { internActor } from '../support/authz/talent-world.ts';
import { lookedAfter } from '../support/talent-service.ts';

let backbone: Backbone;
let universityId: string;

beforeAll(async () => {
  backbone = await startBackbone();
  universityId = (await newUniversity()).universityId;
});
afterAll(async () => {
  await backbone.stop();
});

describe('the mentors’ weekly digest', () => {
  it(
    'lists each mentee’s weeks that are over and still ' + 'pending, once per week; a mentor with none gets nothing',
    async () => {
      const cohort = await newCohort({ status: 'running', startsOn: '2030-07-01', endsOn: '2030-08-31' });
      const { mentor, account } = await mentorAccount(undefined);
      const { mentor: idle, account: idleAccount } = await mentorAccount(undefined);
      const first = await placedIntern(cohort.cohortId, universityId, { mentorId: mentor.mentorId });
      const second = await placedIntern(cohort.cohortId, universityId, { mentorId: mentor.mentorId });
      const third = await placedIntern(cohort.cohortId, universityId, { mentorId: idle.mentorId });
      const at = new Date().toISOString();
      const week = (
        registrationId: string,
        weekStart: string,
        status: 'pending' | 'approved' | 'returned',
        logCount: number,
      ) =>
        db()
          .service.entities.logWeek.create({
            registrationId,
            weekStart,
            cohortId: cohort.cohortId,
            universityId,
            status,
            logCount,
            createdAt: at,
            updatedAt: at,
            version: 1,
          })
          .go();
      await week(first.registrationId, '2030-08-05', 'pending', 5);
      await week(first.registrationId, '2030-07-29', 'approved', 5);
      await week(second.registrationId, '2030-08-05', 'pending', 2);
      // Still running on Monday the 12th: not reviewable yet, so not listed.
      await week(second.registrationId, '2030-08-12', 'pending', 1);
      await week(third.registrationId, '2030-08-05', 'approved', 4);

      // Monday 2030-08-12, 09:00 in Beijing.
      const run = await runJobAt('mentor-weekly-digest', '2030-08-12T01:00:00Z');
      expect(run).toMatchObject({ week: '2030-08-12' });
      const [message] = await backbone.mailbox.waitFor(mail('mentor', account.email));
      expect(message!.subject).toBe('本周汇总：2 周实践日志待审阅');
      expect(message!.text).toContain(`${first.name}：2030-08-05 当周，5 篇日志`);
      expect(message!.text).toContain(`${second.name}：2030-08-05 当周，2 篇日志`);
      expect(message!.text).not.toContain('2030-08-12 当周');
      expect(message!.text).toContain('http://localhost:3000/log-reviews');

      await runJobAt('mentor-weekly-digest', '2030-08-12T03:00:00Z');
      expect(mailsTo(backbone, 'mentor', account.email)).toHaveLength(1);
      expect(await inbox(account.user.userId, 'mentor.weekly-digest')).toHaveLength(1);
      expect(mailsTo(backbone, 'mentor', idleAccount.email)).toHaveLength(0);
      expect(await inbox(idleAccount.user.userId, 'mentor.weekly-digest')).toHaveLength(0);
    },
  );
});

describe('the organisers’ daily digest', () => {
  it('counts yesterday’s absentees per cohort and the failed deliveries, once a day to every organiser', async () => {
    const organiser = await newAccount('organiser');
    const name = `摘要批次${uniqueSuffix()}`;
    const cohort = await newCohort({ name, status: 'running', startsOn: '2030-07-01', endsOn: '2030-08-31' });
    await db()
      .service.entities.attendanceCounter.create({
        cohortId: cohort.cohortId,
        date: '2030-09-01',
        dimension: 'all',
        key: 'all',
        shard: '00',
        absent: 99,
      })
      .go();
    await db()
      .service.entities.attendanceCounter.create({
        cohortId: cohort.cohortId,
        date: '2030-08-19',
        dimension: 'all',
        key: 'all',
        shard: '00',
        absent: 3,
        checkedIn: 40,
      })
      .go();
    const at = new Date().toISOString();
    for (let i = 0; i < 2; i++) {
      await db()
        .service.entities.delivery.create({
          deliveryId: newId('delivery'),
          key: `test:${uniqueSuffix()}`,
          recipientKey: 'email:x@example.com',
          channel: 'email',
          kind: 'account.reset-code',
          status: 'failed',
          dueAt: at,
          attempts: 5,
          emailMasked: 'x***@example.com',
          locale: 'zh-CN',
          lastError: '550 mailbox unavailable',
          createdAt: at,
          updatedAt: at,
          expiresAt: Math.floor(Date.now() / 1000) + 3600,
        })
        .go();
    }

    // 08:30 in Beijing on 2030-08-20: yesterday is the 19th.
    expect(await runJobAt('organiser-daily-digest', '2030-08-20T00:30:00Z')).toMatchObject({ date: '2030-08-20' });
    const [message] = await backbone.mailbox.waitFor(mail('organiser', organiser.email));
    expect(message!.subject).toBe('每日汇总（2030-08-20）');
    expect(message!.text).toContain(`${name}（2030-08-19）：3 人缺勤`);
    expect(message!.text).toContain('发送失败的通知：2 条');
    expect(message!.text).toContain('http://localhost:3000/admin/deliveries');

    await runJobAt('organiser-daily-digest', '2030-08-20T02:00:00Z');
    expect(mailsTo(backbone, 'organiser', organiser.email)).toHaveLength(1);
    expect(await inbox(organiser.user.userId, 'organiser.daily-digest')).toHaveLength(1);
  });

  it('names a commissioner’s own overdue contacts and requests, and counts everyone’s for every organiser', async () => {
    const DAY = 86_400_000;
    // In care since 200 days ago: a 托峰英才's quarterly contact is overdue; a housing request filed
    // 90 days ago is past its deadline.
    const p = await lookedAfter({ tier: 'tuofeng', now: new Date(Date.now() - 200 * DAY) });
    await MyTalentService.fileRequest(
      internActor(p.person, p.registrationId),
      { kind: 'housing', description: '申请人才公寓' },
      new Date(Date.now() - 90 * DAY),
    );
    const bystander = await newAccount('organiser');
    const at = new Date();
    const date = localDate(at);
    await runJobAt('organiser-daily-digest', at.toISOString());

    const [own] = await backbone.mailbox.waitFor(
      (m) => mail('organiser', p.commissioner.email)(m) && m.subject === `每日汇总（${date}）`,
    );
    expect(own!.text).toMatch(/您联系服务的人才中逾期未联系（1）/);
    expect(own!.text).toContain(`· ${p.name}（应于 `);
    expect(own!.text).toMatch(/您办理的诉求已超期（1）/);
    expect(own!.text).toContain(`· ${p.name}：住房（期限 `);
    expect(own!.text).toMatch(/人才服务全体：逾期未联系 [1-9]\d* 人，超期诉求 [1-9]\d* 件。/);

    // Another organiser is told how many, not whose: those are the commissioner's to act on.
    const [other] = await backbone.mailbox.waitFor(
      (m) => mail('organiser', bystander.email)(m) && m.subject === `每日汇总（${date}）`,
    );
    expect(other!.text).toMatch(/人才服务全体：逾期未联系 [1-9]\d* 人/);
    expect(other!.text).not.toContain('您联系服务的人才');
    expect(other!.text).not.toContain(p.name);

    // Visited and the request resolved, the person leaves the commissioner's part of the next digest.
    const visit = await call('POST', `/v1/talent-service/people/${p.outcomeId}/contacts`, {
      token: p.commissioner.token,
      body: { on: date, kind: 'visit', raised: '住房' },
    });
    expect(visit.status).toBe(201);
    const requestId = (await call('GET', '/v1/talent-service/requests', { token: p.commissioner.token })).body.items[0]
      .requestId;
    const resolved = await call('POST', `/v1/talent-service/requests/${requestId}/steps`, {
      token: p.commissioner.token,
      body: { version: 1, to: 'resolved' },
    });
    expect(resolved.status).toBe(200);
    const tomorrow = new Date(at.getTime() + DAY);
    await runJobAt('organiser-daily-digest', tomorrow.toISOString());
    const [next] = await backbone.mailbox.waitFor(
      (m) => mail('organiser', p.commissioner.email)(m) && m.subject === `每日汇总（${localDate(tomorrow)}）`,
    );
    expect(next!.text).not.toContain('您联系服务的人才');
    expect(next!.text).not.toContain('您办理的诉求');
    expect(next!.text).not.toContain(p.name);
  });
});
