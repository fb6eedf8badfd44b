import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MyTalentService } from '@aksu/core';
import { PASSWORD } from '../support/accounts.ts';
import { lookedAfter, type LookedAfter } from '../support/talent-service.ts';
import { internActor } from '../support/authz/talent-world.ts';
import { accessibilityViolations, browserSession, horizontalOverflow, signIn } from './harness.ts';

/**
 * A request's page on a laptop (1366 px) when two people work on it at once: the step is sent with
 * the version shown, so the second save is refused, the page reloads the request and says so, and
 * the step form offers only what the reloaded status allows.
 */
const session = browserSession();
const DESK = { width: 1366, height: 768 };
type Lang = 'zh' | 'en';
const filed = {} as Record<Lang, { p: LookedAfter; requestId: string }>;

beforeAll(async () => {
  for (const lang of ['zh', 'en'] as const) {
    const p = await lookedAfter({ tier: 'basic', name: `并发${lang}` });
    const request = await MyTalentService.fileRequest(internActor(p.person, p.registrationId), {
      kind: 'household_registration',
      description: lang === 'zh' ? '配偶随迁落户' : 'Household registration for my spouse',
    });
    filed[lang] = { p, requestId: request.requestId };
  }
});

const TEXT = {
  zh: {
    step: '办理状态',
    save: '保存',
    saved: '已保存，已通知人才。',
    stale: '这件诉求刚被别人更新过',
    inProgress: '办理中',
  },
  en: {
    step: 'Status',
    save: 'Save',
    saved: 'Saved; the person has been told.',
    stale: 'Someone else updated this request just now',
    inProgress: 'In progress',
  },
};

async function opened(lang: Lang): Promise<Page> {
  const { p, requestId } = filed[lang];
  const page = await session.newPage(DESK);
  await signIn(page, session.url, p.commissioner.email, PASSWORD);
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.goto(`${session.url}/talent-service/requests/${requestId}`);
  await page.getByLabel(TEXT[lang].step).waitFor();
  return page;
}

describe('诉求: a step saved over another is refused and reloaded (1366 px)', { timeout: 180_000 }, () => {
  it.each(['zh', 'en'] as const)('the second save is told and sees the first (%s)', async (lang) => {
    const text = TEXT[lang];
    const first = await opened(lang);
    const second = await opened(lang);

    await first.getByLabel(text.step).selectOption('in_progress');
    await first.getByRole('button', { name: text.save }).click();
    await first.getByText(text.saved).waitFor();

    await second.getByLabel(text.step).selectOption('resolved');
    await second.getByRole('button', { name: text.save }).click();
    await second.getByText(text.stale).waitFor();
    await second.locator('.request-head [data-field="status"]', { hasText: text.inProgress }).waitFor();
    // Reloaded: "received" moves are gone, and nothing was resolved behind the first one's back.
    await expect
      .poll(() =>
        second
          .getByLabel(text.step)
          .locator('option')
          .evaluateAll((o) => o.map((x) => x.getAttribute('value'))),
      )
      .toEqual(['resolved', 'unresolvable', '']);
    expect(await accessibilityViolations(second)).toEqual([]);
    expect(await horizontalOverflow(second)).toBe(0);
  });
});
