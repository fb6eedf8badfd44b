import { beforeAll, describe, expect, it } from 'vitest';
import { newUniversity } from '../support/accounts.ts';
import { dailyWorld } from '../support/daily.ts';
import { accessibilityViolations, browserSession, createAccount, signIn, unique } from './harness.ts';
import { seedConversionWorld, type ConversionWorld } from './conversion-screens.ts';

const session = browserSession();
const DESK = { width: 1366, height: 768 };
let organiserEmail: string;
let world: ConversionWorld;
let running: Awaited<ReturnType<typeof dailyWorld>>;

beforeAll(async () => {
  organiserEmail = `organiser.numbers.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '数据专员', role: 'organiser' });
  world = await seedConversionWorld();
  running = await dailyWorld({ interns: 3, universities: [(await newUniversity()).universityId], mentees: 0 });
});

const TEXT = {
  zh: {
    headline: '3 名学员来自',
    reached: '到达该阶段人数',
    share: /^占.+人数比例$/,
    rate: '报到人数 ÷ 实践学员人数',
    people: '当年到期住房补贴人数',
  },
  en: {
    headline: 'Students: 3 ·',
    reached: 'People at this stage',
    share: /^Share of .+$/,
    rate: 'Onboarded ÷ Interns',
    people: 'People due a housing subsidy that year',
  },
};

describe.each([
  ['zh', false],
  ['en', true],
] as const)('留阿成效看板 numbers read right (%s, 1366 px)', (lang, english) => {
  const text = TEXT[lang];

  it('gives the funnel a share of its largest step, never over 100 %, and headers saying what they count', async () => {
    const page = await session.newPage(DESK);
    await signIn(page, session.url, organiserEmail);
    if (english) await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${session.url}/dashboard?cohortId=${world.cohortId}`);
    const funnel = page.locator('[data-table="funnel"]');
    await funnel.waitFor({ state: 'attached' });

    const headers = (await funnel.locator('thead th').allTextContents()).map((h) => h.trim());
    expect(headers[1]).toBe(text.reached);
    expect(headers[2]).toMatch(text.share);
    const shares = (await funnel.locator('[data-share]').allTextContents()).filter((s) => s !== '—');
    expect(shares.length).toBeGreaterThan(0);
    for (const share of shares) expect(Number.parseInt(share, 10)).toBeLessThanOrEqual(100);
    expect(shares).toContain('100%');

    const breakdown = page.locator('[data-table="breakdown"] thead th').last();
    await breakdown.waitFor({ state: 'attached' });
    expect((await breakdown.textContent())?.trim()).toBe(text.rate);
    const forecast = page.locator('[data-table="forecast"] thead th').nth(1);
    await forecast.waitFor({ state: 'attached' });
    expect((await forecast.textContent())?.trim()).toBe(text.people);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("counts a running cohort's placed interns in its report", async () => {
    const page = await session.newPage(DESK);
    await signIn(page, session.url, organiserEmail);
    if (english) await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${session.url}/cohorts/${running.cohort.cohortId}/report`);
    await expect(page.getByTestId('report-headline').innerText()).resolves.toContain(text.headline);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
