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

describe('lists in the reader language: a cohort names its degree levels with the language’s own separator', () => {
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
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
