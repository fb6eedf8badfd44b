import { beforeAll, describe, expect, it } from 'vitest';
import { Universities } from '@aksu/core';
import { PASSWORD as SUPPORT_PASSWORD } from '../support/accounts.ts';
import { runningProgramme } from '../support/logs-stipends.ts';
import { accessibilityViolations, browserSession, PHONE, signIn, SYSTEM, unique } from './harness.ts';

/**
 * The mentor's week review and evaluation screens on a phone: their own title, no preset scores, and no failed
 * request before the first evaluation is saved.
 */
const session = browserSession();
let p: Awaited<ReturnType<typeof runningProgramme>>;

beforeAll(async () => {
  const university = await Universities.create(SYSTEM, {
    name: `导师页面大学${unique()}`,
    city: '喀什',
    province: '新疆',
  });
  p = await runningProgramme(university.universityId, 1);
});

const TEXT = {
  zh: { review: '周日志审阅', save: '保存评价' },
  en: { review: 'Weekly log review', save: 'Save evaluation' },
};

describe('mentor screens on a phone', { timeout: 120_000 }, () => {
  it.each(['zh', 'en'] as const)('titles the week review and starts evaluation scores empty (%s)', async (lang) => {
    const page = await session.newPage(PHONE);
    await signIn(page, session.url, p.mentorAccount.email, SUPPORT_PASSWORD);
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: '中文' }).waitFor();
    }
    const text = TEXT[lang];
    await page.goto(`${session.url}/log-reviews`);
    await page.getByRole('heading', { level: 1, name: text.review, exact: true }).waitFor();
    expect(await page.title()).toContain(text.review);
    expect(await accessibilityViolations(page)).toEqual([]);

    // An unwritten evaluation is the usual state: reading it must not fail in the console.
    const failures: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${session.url}/evaluations`);
    await page.getByRole('button', { name: text.save }).waitFor();
    expect(failures).toEqual([]);
    const scores = page.locator('.score-grid select');
    expect(await scores.count()).toBe(4);
    for (const score of await scores.all()) expect(await score.inputValue()).toBe('');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Saving without scores is refused on the spot, beside each empty score.
    await page.locator('.log-form textarea').fill('踏实肯干');
    await page.getByRole('button', { name: text.save }).click();
    await expect(page.locator('.score-grid [aria-invalid="true"]').count()).resolves.toBe(4);
  });
});
