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
    headline: '3 名学员来自 1 所高校',
    reached: '到达该阶段人数',
    share: /^占.+人数比例$/,
    rate: '报到人数 ÷ 实践学员人数',
    people: '当年到期住房补贴人数',
    legends: [
      ...['实践学员', '录用', '报到', '已确认在岗', '尚未确认', '已离开'],
      ...['按当前留存（元）', '按观察留存率（元）'],
    ],
  },
  en: {
    headline: 'Students: 3 · universities: 1 ·',
    reached: 'People at this stage',
    share: /^Share of .+$/,
    rate: 'Onboarded ÷ Interns',
    people: 'People due a housing subsidy that year',
    legends: [
      ...['Interns', 'Offered', 'Onboarded', 'Confirmed', 'Not yet confirmed', 'Left'],
      ...['If retention holds (元)', 'At observed rate (元)'],
    ],
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

  it('keeps chart legends off the axis labels and every funnel label whole inside its chart', async () => {
    const page = await session.newPage(DESK);
    await signIn(page, session.url, organiserEmail);
    if (english) await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${session.url}/dashboard?cohortId=${world.cohortId}`);
    const charts = ['funnel', 'breakdown', 'retention', 'forecast'];
    for (const id of charts) await page.locator(`[data-panel="${id}"] .echart svg text`).first().waitFor();
    const layout = await page.evaluate(
      ({ charts, legends }) => {
        type Box = { text: string; rect: DOMRect };
        const inside = (a: DOMRect, b: DOMRect) =>
          a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
        const meet = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        return charts.map((id) => {
          const chart = document.querySelector(`[data-panel="${id}"] .echart`)!;
          const frame = chart.getBoundingClientRect();
          const texts: Box[] = Array.from(chart.querySelectorAll('svg text'))
            .map((el) => ({ text: el.textContent ?? '', rect: el.getBoundingClientRect() }))
            .filter((t) => t.text && t.rect.width > 0);
          const legend = texts.filter((t) => legends.includes(t.text));
          const labels = texts.filter((t) => !legends.includes(t.text));
          return {
            id,
            legend: legend.length,
            labels: labels.map((t) => t.text),
            outside: texts.filter((t) => !inside(t.rect, frame)).map((t) => t.text),
            overlaps: legend.flatMap((l) =>
              labels.filter((o) => meet(l.rect, o.rect)).map((o) => `${l.text}/${o.text}`),
            ),
          };
        });
      },
      { charts, legends: text.legends },
    );
    for (const chart of layout) {
      expect({ id: chart.id, outside: chart.outside, overlaps: chart.overlaps }).toEqual({
        id: chart.id,
        outside: [],
        overlaps: [],
      });
      if (chart.id !== 'funnel') expect(chart.legend).toBeGreaterThanOrEqual(2);
      // Axis labels are short numbers, never a long fraction such as 0.0000599万.
      for (const label of chart.labels) expect(label).not.toMatch(/\d\.\d{3,}/);
    }
    // Every step of the funnel is labelled with its name and count, none cut short.
    const funnelLabels = layout[0]!.labels;
    expect(funnelLabels).toHaveLength(10);
    // In the reader's punctuation, the count grouped: "Offered: 1,234", "已发录用：1,234".
    for (const label of funnelLabels) expect(label).toMatch(english ? /[^：]: [\d,]+$/ : /：[\d,]+$/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("counts a running cohort's placed interns and their universities in its report", async () => {
    const page = await session.newPage(DESK);
    await signIn(page, session.url, organiserEmail);
    if (english) await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${session.url}/cohorts/${running.cohort.cohortId}/report`);
    await expect(page.getByTestId('report-headline').innerText()).resolves.toContain(text.headline);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
