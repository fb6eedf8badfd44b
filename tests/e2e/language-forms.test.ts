import { beforeAll, describe, expect, it } from 'vitest';
import { newCohort } from '../support/programme.ts';
import {
  accessibilityViolations,
  browserSession,
  createAccount,
  horizontalOverflow,
  signIn,
  unique,
} from './harness.ts';

const session = browserSession();
const WIDE = { width: 1366, height: 768 };
let organiserEmail: string;
let cohortId: string;

beforeAll(async () => {
  organiserEmail = `organiser.lists.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '批次专员', role: 'organiser' });
  ({ cohortId } = await newCohort({ eligibleDegreeLevels: ['master', 'phd'] }));
});

describe('a cohort in the reader language: degree levels with the language’s own separator, money as 元', () => {
  it.each([
    ['zh-CN', '可报名学历', '硕士、博士'],
    ['en', 'Eligible degree levels', "Master's, PhD"],
  ] as const)('%s', async (lang, label, degrees) => {
    const page = await session.newPage(WIDE);
    await signIn(page, session.url, organiserEmail);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${session.url}/cohorts/${cohortId}`);
    const fact = page.locator('.facts > div').filter({ has: page.getByText(label, { exact: true }) });
    await expect(fact.locator('dd').innerText()).resolves.toBe(degrees);
    // Money reads the same in both languages: yuan with two decimals and 元.
    const money = (await page.locator('[data-money]').allInnerTexts()).map((s) => s.trim());
    expect(money).toEqual(['100.00 元', '2,000.00 元']);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
