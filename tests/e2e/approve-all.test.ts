import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, Universities } from '@aksu/core';
import { recordDays, runningProgramme } from '../support/logs-stipends.ts';
import { accessibilityViolations, browserSession, createAccount, signIn, SYSTEM, unique } from './harness.ts';

/**
 * 补贴发放's "approve all shown" at an organiser's width: the count and sum are read before confirming, exactly the
 * statements shown are approved, and one whose total changed meanwhile is reported instead of approved.
 */
const session = browserSession();
const DESK = { width: 1366, height: 768 };
type Programme = Awaited<ReturnType<typeof runningProgramme>>;
const programmes: Record<'zh' | 'en', Programme> = {} as never;
let organiserEmail: string;

async function checkedIn(p: Programme, registrationId: string, from: number, days: number) {
  const dates = Array.from({ length: days }, (_, i) => addDays(p.cohort.startsOn, from + i));
  await recordDays(
    p,
    registrationId,
    dates.map((date) => ({ date, status: 'present' as const })),
  );
}

beforeAll(async () => {
  organiserEmail = `organiser.approve.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '补贴专员', role: 'organiser' });
  for (const lang of ['zh', 'en'] as const) {
    const university = await Universities.create(SYSTEM, {
      name: `批量审核大学${unique()}`,
      city: '兰州',
      province: '甘肃',
    });
    const p = await runningProgramme(university.universityId, 2);
    // 3 days × 83.33 + 2,000.00 award = 2,249.99 each: 4,499.98 for the two.
    for (const intern of p.interns) await checkedIn(p, intern.registrationId, 0, 3);
    programmes[lang] = p;
  }
});

const TEXT = {
  zh: {
    total: '当前显示的待审核补贴单 2 份，合计 4,499.98 元',
    confirm: '确认审核通过当前显示的 2 份补贴单，合计 4,499.98 元？',
    button: '全部审核通过',
    done: '已审核通过 1 份，1 份未审核。',
    changed: '补贴单金额已变化，请刷新后重新核对',
    next: '请核对金额后逐份审核',
  },
  en: {
    total: '2 statements shown await approval, 4,499.98 元 in total',
    confirm: 'Approve the 2 statements shown, 4,499.98 元 in total?',
    button: 'Approve all shown',
    done: '1 statement approved, 1 not approved.',
    changed: 'changed',
    next: 'approve them one by one',
  },
};

describe('补贴发放: approve all shown (1366 px)', { timeout: 120_000 }, () => {
  it.each(['zh', 'en'] as const)('states the total first and reports one that changed meanwhile (%s)', async (lang) => {
    const p = programmes[lang];
    const text = TEXT[lang];
    const page = await session.newPage(DESK);
    await signIn(page, session.url, organiserEmail);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${session.url}/stipends?cohortId=${p.cohort.cohortId}`);
    const total = page.getByTestId('approve-all-total');
    await total.waitFor();
    expect((await total.innerText()).trim()).toBe(text.total);
    expect(await accessibilityViolations(page)).toEqual([]);

    // While the organiser reads the confirmation, the second intern's attendance grows by a day.
    const [first, second] = p.interns as [Programme['interns'][0], Programme['interns'][0]];
    const asked: string[] = [];
    page.once('dialog', async (dialog) => {
      asked.push(dialog.message());
      await checkedIn(p, second.registrationId, 3, 1);
      await dialog.accept();
    });
    await page.getByRole('button', { name: text.button }).click();
    const result = page.getByTestId('approve-all').getByRole('alert');
    await result.waitFor();
    expect(asked).toEqual([text.confirm]);
    const said = await result.innerText();
    expect(said).toContain(text.done);
    expect(said).toContain(second.name);
    expect(said).toContain(text.changed);
    expect(said).toContain(text.next);
    expect(said).not.toContain(first.name);

    const status = (id: string) =>
      page.locator(`[data-testid="statement"][data-payee="${id}"] .week-status`).innerText();
    await expect.poll(() => status(first.registrationId)).toBe(lang === 'zh' ? '已审核' : 'Approved');
    expect(await status(second.registrationId)).not.toBe(lang === 'zh' ? '已审核' : 'Approved');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
