import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, Universities, weekStartOf } from '@aksu/core';
import { PASSWORD as SUPPORT_PASSWORD } from '../support/accounts.ts';
import { recordDays, runningProgramme, today } from '../support/logs-stipends.ts';
import { browserSession, createAccount, PHONE, signIn, SYSTEM, unique, followNav } from './harness.ts';

const session = browserSession();

/** Every amount on the page, checked to read as yuan with two decimals and 元 (or — where there is none). */
async function moneyTexts(page: Page): Promise<string[]> {
  const texts = (await page.locator('[data-money]').allInnerTexts()).map((s) => s.trim());
  for (const text of texts) expect(text).toMatch(/^(-?\d{1,3}(,\d{3})*\.\d{2} 元|—)$/);
  return texts;
}
let p: Awaited<ReturnType<typeof runningProgramme>>;
let organiserEmail: string;

beforeAll(async () => {
  const university = await Universities.create(SYSTEM, {
    name: `日志补贴测试大学${unique()}`,
    city: '太原',
    province: '山西',
  });
  // 8,333 fen a day: an amount whose yuan value floating point would round.
  p = await runningProgramme(university.universityId, 1);
  const intern = p.interns[0]!;
  // 23 days checked in, the last one synced late; travel claimed above the 1,500 yuan cap.
  await recordDays(
    p,
    intern.registrationId,
    Array.from({ length: 23 }, (_, i) => ({
      date: addDays(p.cohort.startsOn, i),
      status: 'present' as const,
      syncedLate: i === 22,
    })),
  );
  organiserEmail = `stipend.organiser.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '补贴专员', role: 'organiser' });
});

describe('实践日志 and 生活补贴: a week from log to payout', () => {
  it(
    'the intern logs (once offline), the mentor approves the week, ' +
      'the organiser approves the stipend to the fen and pays the batch',
    async () => {
      const intern = p.interns[0]!;

      // The intern, on a phone, writes today's log…
      const phone = await session.newPage(PHONE);
      const phoneContext = phone.context();
      await signIn(phone, session.url, intern.account.email, SUPPORT_PASSWORD);
      await followNav(phone, '实践日志');
      await phone.getByRole('heading', { name: '今日日志' }).waitFor();
      await phone.locator('#log-summary').fill('在纺纱车间记录三条产线的断头率，整理成表');
      await phone.getByRole('button', { name: '提交日志' }).click();
      await phone.getByText('日志已保存').waitFor();
      await phone.locator(`[data-testid="log-entry"]`).filter({ hasText: today() }).waitFor();

      // …and last Friday's while offline: it waits on the phone and is sent when the connection returns.
      // Last week is over, so the mentor may approve it; this week is not.
      const thisMonday = weekStartOf(today());
      const lastMonday = addDays(thisMonday, -7);
      const lastFriday = addDays(thisMonday, -3);
      await phoneContext.setOffline(true);
      await phone.locator('#log-date').fill(lastFriday);
      await phone.locator('#log-summary').fill('离线时写下：参加园区安全培训');
      await phone.getByRole('button', { name: '提交日志' }).click();
      await phone.getByText('当前离线，日志已保存在本机，联网后自动提交').first().waitFor();
      await phone.getByTestId('queued-log').filter({ hasText: lastFriday }).waitFor();
      await phoneContext.setOffline(false);
      await phone
        .locator(`[data-testid="log-entry"]`)
        .filter({ hasText: '参加园区安全培训' })
        .waitFor({ timeout: 20_000 });
      await expect(phone.getByTestId('queued-log').count()).resolves.toBe(0);

      // The mentor approves last week; this week, still running, offers no approval yet and says from when.
      const mentor = await session.newPage(PHONE);
      await signIn(mentor, session.url, p.mentorAccount.email, SUPPORT_PASSWORD);
      await mentor.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '日志审阅' }).click();
      const reviewWeek = (monday: string) => mentor.locator(`[data-testid="log-week"][data-week="${monday}"]`);
      await reviewWeek(lastMonday).waitFor();
      await expect(reviewWeek(lastMonday).innerText()).resolves.toContain(intern.name);
      await reviewWeek(thisMonday)
        .getByText(`本周尚未结束，${addDays(thisMonday, 7)} 起可以审阅通过`)
        .waitFor();
      await expect(reviewWeek(thisMonday).getByRole('button', { name: '审阅通过' }).count()).resolves.toBe(0);
      await reviewWeek(lastMonday).getByRole('button', { name: '审阅通过' }).click();
      await mentor.getByText(`已通过 ${intern.name} 的周日志`).waitFor();
      await reviewWeek(lastMonday).waitFor({ state: 'detached' });

      // The intern's last week is locked now, and the travel claim goes in above the cap.
      await phone.reload();
      const lockedWeek = phone.locator(`[data-testid="log-week"][data-week="${lastMonday}"]`);
      await lockedWeek.getByTestId('week-status').waitFor();
      await expect(lockedWeek.getByTestId('week-status').innerText()).resolves.toBe('已通过');
      await expect(lockedWeek.getByText('导师已审阅通过，本周日志不可再修改').isVisible()).resolves.toBe(true);
      await followNav(phone, '生活补贴');
      await phone.locator('#travel-amount').fill('1800.50');
      await phone.locator('#receipt-name').fill('火车票');
      await phone.locator('#receipt-url').fill('https://example.com/ticket.pdf');
      await phone.getByRole('button', { name: '提交报销申报' }).click();
      await phone.getByText('报销申报已保存').waitFor();
      // 23 × 83.33 = 1,916.59; travel capped at 1,500.00; award 2,000.00.
      await phone.getByTestId('statement-total').filter({ hasText: '5,416.59' }).waitFor();

      // The organiser reads the same lines and approves that total.
      const organiser = await session.newPage();
      await signIn(organiser, session.url, organiserEmail);
      await organiser.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '补贴发放' }).click();
      await organiser.locator('#stipends-cohort').selectOption(p.cohort.cohortId);
      const row = organiser.locator(`[data-testid="statement"][data-payee="${intern.registrationId}"]`);
      await row.waitFor();
      await expect(row.innerText()).resolves.toContain('5,416.59');
      await row.locator('summary').click();
      await expect(row.innerText()).resolves.toContain('签到天数 23 天 × 日补贴 83.33 元');
      await expect(row.innerText()).resolves.toContain('往返交通报销：申报 1,800.50 元，按上限 1,500.00 元');
      await row.getByRole('button', { name: `审核通过 ${intern.name}` }).click();
      await organiser.getByText(`已审核 ${intern.name}：5,416.59 元`).waitFor();

      // A batch for finance, marked paid once.
      await organiser.getByRole('button', { name: '生成发放批次' }).click();
      const batch = organiser.getByTestId('payout-batch').first();
      await batch.waitFor();
      await expect(batch.innerText()).resolves.toContain('1 人 · 合计 5,416.59 元');
      // Named by its day and size, not by its id.
      await expect(batch.getByRole('heading').innerText()).resolves.toContain(`${today()} · 1 笔`);
      expect(await batch.innerText()).not.toContain((await batch.getAttribute('data-batch'))!);
      await expect(moneyTexts(organiser)).resolves.not.toEqual([]);
      organiser.once('dialog', (dialog) => void dialog.accept());
      await batch.getByRole('button', { name: '标记为已发放' }).click();
      await batch.getByText('已发放', { exact: true }).waitFor();

      // The intern sees the frozen, paid statement at the same amount.
      await phone.reload();
      await phone.getByTestId('statement-status').filter({ hasText: '已发放' }).waitFor();
      await expect(phone.getByTestId('statement-total').innerText()).resolves.toBe('5,416.59 元');
      await expect(moneyTexts(phone)).resolves.not.toEqual([]);

      // Frozen, its lines still read in the intern's language: the parts they are told from were stored.
      await phone.getByRole('button', { name: 'English' }).click();
      const lines = phone.getByTestId('statement-lines');
      await lines.getByText('Days checked in: 23 days × daily allowance of 83.33 元').waitFor();
      await expect(lines.innerText()).resolves.toContain(
        'Round-trip travel: 1,800.50 元 claimed, paid up to the cap of 1,500.00 元',
      );
      await expect(lines.innerText()).resolves.not.toMatch(/[\u4e00-\u9fff]{2}/);
    },
  );
});
