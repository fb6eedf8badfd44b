import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, Universities } from '@aksu/core';
import type { Page } from 'playwright-core';
import { PASSWORD as SUPPORT_PASSWORD } from '../support/accounts.ts';
import { sentTo, startBackbone, type Backbone, type CaughtMessage } from '../support/backbone.ts';
import { acceptedIntern, mentorAccount, newCohort } from '../support/programme.ts';
import { browserSession, createAccount, PHONE, signIn, SYSTEM, unique, DESKTOP } from './harness.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const session = browserSession();
let backbone: Backbone;

beforeAll(async () => {
  backbone = await startBackbone();
});
afterAll(async () => {
  await backbone.stop();
});

/**
 * `pnpm job <name> --at <time>` as an operator types it, against this file's table and the catcher:
 * the job runs in its own process with the clock it is given.
 */
async function pnpmJob(name: string, at: string): Promise<Record<string, unknown>> {
  const { stdout } = await promisify(execFile)('pnpm', ['--silent', 'job', name, '--at', at], {
    cwd: ROOT,
    env: {
      ...process.env,
      TABLE_NAME: process.env.TABLE_NAME,
      DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT,
      SMTP_URL: backbone.smtpUrl,
    },
    timeout: 120_000,
  });
  return JSON.parse(stdout.slice(stdout.indexOf('{')));
}

const subjectStarts = (address: string, start: string) => (m: CaughtMessage) =>
  sentTo(address)(m) && m.subject.startsWith(start);

/** The header's bell shows an unread count; it opens the notification centre, where the message is listed. */
async function seeInBell(page: Page, text: string) {
  const bell = page.getByTestId('bell');
  await expect
    .poll(async () => `${await bell.getAttribute('aria-label')} ${await bell.textContent()}`, { timeout: 15_000 })
    .toMatch(/未读.*[1-9]|[1-9].*未读/);
  await bell.click();
  await page.waitForURL((url) => url.pathname === '/notifications');
  await page.getByText(text).first().waitFor();
}

describe(
  '提醒: at a fixed clock, an intern who has not checked in is ' +
    'reminded and the mentor gets the weekly digest, by mail and in the bell',
  () => {
    // Two `pnpm job` processes start tsx and the domain from cold: slower than the usual browser test.
    it('pnpm job check-in-reminders and mentor-weekly-digest with --at', { timeout: 300_000 }, async () => {
      const id = unique();
      const university = await Universities.create(SYSTEM, {
        name: `提醒测试大学${id}`,
        city: '北京',
        province: '北京',
      });
      const cohort = await newCohort({
        status: 'running',
        startsOn: '2030-07-01',
        endsOn: '2030-08-31',
        checkInWindow: { start: '08:00', end: '10:30' },
      });
      const { mentor, account: mentorAcc } = await mentorAccount(undefined);
      const registration = await acceptedIntern(cohort.cohortId, university.universityId);
      const internEmail = `reminded.${id}@example.org`;
      const user = await createAccount({
        email: internEmail,
        name: '提醒学员',
        role: 'intern',
        universityId: university.universityId,
        internId: registration.registrationId,
      });
      const at = new Date().toISOString();
      const { cohortRegistration, placement, logWeek } = db().service.entities;
      await cohortRegistration.patch({ registrationId: registration.registrationId }).set({ userId: user.userId }).go();
      await placement
        .create({
          registrationId: registration.registrationId,
          cohortId: cohort.cohortId,
          universityId: university.universityId,
          hostUnitId: 'hst_E2E',
          projectId: 'prj_E2E',
          mentorKey: mentor.mentorId,
          startDate: '2030-07-01',
          endDate: '2030-08-31',
          placedAt: at,
          placedBy: SYSTEM.userId,
          createdAt: at,
          updatedAt: at,
          version: 1,
        } as never)
        .go();
      // The intern's logs of the week of 29 July, submitted and not reviewed yet.
      await logWeek
        .create({
          registrationId: registration.registrationId,
          weekStart: '2030-07-29',
          cohortId: cohort.cohortId,
          universityId: university.universityId,
          status: 'pending',
          logCount: 5,
          createdAt: at,
          updatedAt: at,
          version: 1,
        })
        .go();

      // Monday 5 August 2030, 10:05 in Beijing: the 08:00–10:30 window closes in 25 minutes.
      expect(await pnpmJob('check-in-reminders', '2030-08-05T10:05:00+08:00')).toMatchObject({
        done: true,
        reminded: 1,
      });
      const [reminder] = await backbone.mailbox.waitFor(subjectStarts(internEmail, '签到提醒'));
      expect(reminder!.subject).toBe('签到提醒：今天的签到将于 10:30 截止');
      expect(reminder!.text).toContain('2030-08-05 的签到将于 10:30（Asia/Shanghai）截止');

      // 09:00 Beijing that Monday: the digest lists the week to review.
      expect(await pnpmJob('mentor-weekly-digest', '2030-08-05T09:00:00+08:00')).toMatchObject({
        week: '2030-08-05',
        sent: 1,
      });
      const [digest] = await backbone.mailbox.waitFor(subjectStarts(mentorAcc.email, '本周汇总'));
      expect(digest!.subject).toBe('本周汇总：1 周实践日志待审阅');
      expect(digest!.text).toContain(`${registration.name}：2030-07-29 当周，5 篇日志`);

      const internPage = await session.newPage(PHONE);
      await signIn(internPage, session.url, internEmail);
      await seeInBell(internPage, '签到提醒：今天的签到将于 10:30 截止');

      const mentorPage = await session.newPage(DESKTOP);
      await signIn(mentorPage, session.url, mentorAcc.email, SUPPORT_PASSWORD);
      await seeInBell(mentorPage, '本周汇总：1 周实践日志待审阅');
    });
  },
);
