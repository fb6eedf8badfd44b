import type { Page } from 'playwright-core';
import { ActivityLogs, addDays, PayoutBatches, Statements, type Actor } from '@aksu/core';
import { PASSWORD as SUPPORT_PASSWORD } from '../support/accounts.ts';
import { pastMonday, recordDays, runningProgramme } from '../support/logs-stipends.ts';
import { SYSTEM } from './harness.ts';

type Screen = [name: string, open: (page: Page) => Promise<void>];
type Visit = (page: Page, path: string, ready: string) => Promise<void>;

/**
 * Activity logs, reviews, evaluations and stipends for the layout sweep: a running cohort with two
 * interns of one mentor, a pending week and a returned one with long text, a month of attendance,
 * one statement approved into a payout batch and one still computed.
 */
export async function seedLogsScreens(visit: Visit, universityId: string) {
  const p = await runningProgramme(universityId, 2);
  const [intern, other] = p.interns;
  const actorOf = (registrationId: string): Actor => ({
    userId: SYSTEM.userId,
    role: 'intern',
    internId: registrationId,
  });
  const monday = pastMonday();
  const long =
    '在库车纺织产业园参与智能纺纱生产线的工艺参数优化，' +
    '整理三条产线近一个月的能耗与断头率数据，' +
    '并与车间主任讨论改进方案（https://example.com/very/long/path/for/a/report）';
  for (const [i, registrationId] of [intern!.registrationId, other!.registrationId].entries()) {
    await ActivityLogs.create(actorOf(registrationId), registrationId, {
      logDate: monday,
      hours: 8,
      category: 'production',
      summary: long,
      attachments: [
        {
          name: `产线能耗分析报告（第${i + 1}版）.pdf`,
          url: 'https://example.com/reports/energy-analysis-with-a-long-name.pdf',
        },
      ],
    });
    await ActivityLogs.create(actorOf(registrationId), registrationId, {
      logDate: addDays(monday, 7),
      hours: 6.5,
      category: 'meeting',
      summary: '参加园区技术交流会',
    });
  }
  const mentorActor: Actor = { userId: SYSTEM.userId, role: 'mentor', mentorId: p.mentor.mentorId };
  await ActivityLogs.returnWeek(mentorActor, intern!.registrationId, addDays(monday, 7), {
    comment: '请补充交流会上讨论的具体技术问题和你的建议，附上会议纪要链接',
  });
  for (const { registrationId } of p.interns) {
    await recordDays(
      p,
      registrationId,
      Array.from({ length: 20 }, (_, i) => ({ date: addDays(p.cohort.startsOn, i), status: 'present' as const })),
    );
  }
  const statement = await Statements.get(SYSTEM, p.cohort.cohortId, other!.registrationId);
  await Statements.approve(SYSTEM, p.cohort.cohortId, other!.registrationId, { totalFen: statement.totalFen });
  await PayoutBatches.create(SYSTEM, p.cohort.cohortId);

  const organiser: Screen[] = [
    ['stipends', (page) => visit(page, `/stipends?cohortId=${p.cohort.cohortId}`, '[data-testid="payout-batch"]')],
    [
      'stipends-mentors',
      (page) => visit(page, `/stipends?cohortId=${p.cohort.cohortId}&kind=mentor`, '[data-testid="statement"]'),
    ],
  ];
  const mentor: Screen[] = [
    ['log-reviews', (page) => visit(page, '/log-reviews', '[data-testid="log-week"]')],
    [
      'log-review-return',
      async (page) => {
        await visit(page, '/log-reviews', '[data-testid="log-week"]');
        await page.getByRole('button', { name: '退回修改' }).first().click();
        await page.getByLabel('退回意见').first().waitFor();
      },
    ],
    ['evaluations', (page) => visit(page, '/evaluations', '.score-grid')],
  ];
  const internScreens: Screen[] = [
    ['my-logs', (page) => visit(page, '/my-logs', '[data-testid="log-week"]')],
    [
      'my-logs-edit',
      async (page) => {
        await visit(page, '/my-logs', '[data-testid="log-week"]');
        await page.getByRole('button', { name: /^修改/ }).first().click();
        await page.locator('.log-form').nth(1).waitFor();
      },
    ],
    ['my-stipend', (page) => visit(page, '/my-stipend', '[data-testid="statement-lines"]')],
  ];
  return {
    cohortId: p.cohort.cohortId,
    cohortStartsOn: p.cohort.startsOn,
    organiser,
    mentor,
    intern: internScreens,
    mentorEmail: p.mentorAccount.email,
    internEmail: intern!.account.email,
    password: SUPPORT_PASSWORD,
  };
}
