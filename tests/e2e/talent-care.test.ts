import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Conversion, localDate } from '@aksu/core';
import { newUniversity, PASSWORD, SYSTEM } from '../support/accounts.ts';
import { acceptedIntern, newCohort } from '../support/programme.ts';
import { lookedAfter, type LookedAfter } from '../support/talent-service.ts';
import {
  accessibilityViolations,
  browserSession,
  createAccount,
  horizontalOverflow,
  PHONE,
  signIn,
  unique,
} from './harness.ts';

/**
 * 人才服务 on a laptop: a commissioner sees a person whose contact is past its cadence, logs the visit
 * and the person is no longer overdue, on the list and on their page; a leader with the contact role
 * sees only the person assigned to them, and another's page is not found.
 */
const session = browserSession();
const DESK = { width: 1366, height: 768 };
type Lang = 'zh' | 'en';
const people: Record<Lang, { mine: LookedAfter; theirs: LookedAfter; newcomer: { outcomeId: string } }> = {} as never;

/** A person who came today and whom nobody looks after yet. */
async function newcomer() {
  const cohort = await newCohort({ timeZone: 'Asia/Shanghai' });
  const university = await newUniversity();
  const intern = await acceptedIntern(cohort.cohortId, university.universityId);
  const { outcome } = await Conversion.open(SYSTEM, { registrationId: intern.registrationId });
  await Conversion.transition(SYSTEM, outcome.outcomeId, {
    to: 'onboarded',
    on: localDate(new Date(), 'Asia/Shanghai'),
    version: outcome.version,
    employer: '阿克苏地区第一人民医院',
  });
  return { outcomeId: outcome.outcomeId };
}

beforeAll(async () => {
  for (const lang of ['zh', 'en'] as const) {
    // Put in care on 1 August 2025 as 托峰英才, contacted each quarter: long overdue today.
    const now = new Date('2025-08-01T04:00:00Z');
    people[lang] = {
      mine: await lookedAfter({ tier: 'tuofeng', now, name: `关照${lang}甲` }),
      theirs: await lookedAfter({ tier: 'tuofeng', now, name: `关照${lang}乙` }),
      newcomer: await newcomer(),
    };
  }
});

const TEXT = {
  zh: {
    nav: '主导航',
    entry: '人才服务',
    myPeople: '我联系的人才',
    overdueTab: '逾期未联系',
    overdue: '已逾期',
    onTime: '按期',
    kind: '联系方式',
    raised: '人才反映的问题',
    submit: '登记联系',
    logged: '已登记联系。',
    visit: '走访',
    notFound: '未找到相关记录',
    noneOverdue: '目前没有逾期未联系的人才。',
    tierTab: '按人才层级',
    careLink: '人才服务：服务专员、联系人与联系记录',
    notYet: '此人尚未分配服务专员和联系人。',
    tier: '人才层级',
    commissioner: '服务专员',
    contact: '联系人',
    assign: '保存分配',
    basic: '基础人才',
    issue: '发放人才服务卡',
    tooEarly: /^暂不能发卡：.*最早可于 \d{4}-\d{2}-\d{2} 发放。$/,
    homeOverdue: '1 人逾期未联系，去联系或走访',
    homeOnTime: '没有逾期未联系的人。',
  },
  en: {
    nav: 'Main navigation',
    entry: 'Talent service',
    myPeople: 'My people',
    overdueTab: 'Contact overdue',
    overdue: 'Overdue',
    onTime: 'On time',
    kind: 'Kind of contact',
    raised: 'What the person raised',
    submit: 'Log the contact',
    logged: 'Contact logged.',
    visit: 'Visit',
    notFound: 'Not found',
    noneOverdue: 'Nobody is overdue for a contact.',
    tierTab: 'Everyone by tier',
    careLink: 'Talent service: commissioner, contact and contact log',
    notYet: 'This person has no service commissioner or contact yet.',
    tier: 'Talent tier',
    commissioner: 'Service commissioner',
    contact: 'Contact',
    assign: 'Save the assignment',
    basic: 'Basic talent',
    issue: 'Issue the talent service card',
    tooEarly: /^No card yet: .* on \d{4}-\d{2}-\d{2} at the earliest\.$/,
    homeOverdue: '1 person is overdue for a contact: get in touch',
    homeOnTime: 'Nobody is overdue for a contact.',
  },
};

async function signedIn(email: string, lang: Lang, viewport = DESK): Promise<Page> {
  const page = await session.newPage(viewport);
  await signIn(page, session.url, email, PASSWORD);
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  return page;
}

const statusOf = (page: Page, outcomeId: string) =>
  page.locator(`[data-table="care"] [data-outcome="${outcomeId}"] [data-field="status"]`);

async function expectClean(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBe(0);
}

describe('人才服务: overdue contacts and the contact role (1366 px)', { timeout: 180_000 }, () => {
  it.each(['zh', 'en'] as const)('a logged visit clears an overdue contact (%s)', async (lang) => {
    const { mine } = people[lang];
    const text = TEXT[lang];
    const page = await signedIn(mine.commissioner.email, lang);
    // The home page says what waits for the commissioner, and links to it.
    await page.goto(`${session.url}/home`);
    const home = page.locator('[data-panel="care"]');
    await expect(home.getByRole('link', { name: text.homeOverdue }).getAttribute('href')).resolves.toBe(
      '/talent-service',
    );
    await expectClean(page);
    await page.getByRole('navigation', { name: text.nav }).getByRole('link', { name: text.entry }).click();
    await statusOf(page, mine.outcomeId).waitFor();
    expect((await statusOf(page, mine.outcomeId).innerText()).trim()).toBe(text.overdue);
    // Where the person works now, as their outcome says.
    const employer = page.locator(`[data-table="care"] [data-outcome="${mine.outcomeId}"] [data-field="employer"]`);
    await expect(employer.innerText()).resolves.toContain('阿克苏地区第一人民医院');
    await expectClean(page);

    await page.getByRole('button', { name: text.overdueTab }).click();
    await page.locator(`[data-section="overdue"] [data-outcome="${mine.outcomeId}"]`).waitFor();
    expect((await statusOf(page, mine.outcomeId).innerText()).trim()).toBe(text.overdue);
    // Everyone of a tier, whoever looks after them.
    await page.getByRole('button', { name: text.tierTab }).click();
    await page.getByLabel(text.tier).selectOption('tuofeng');
    await statusOf(page, mine.outcomeId).waitFor();
    await statusOf(page, people[lang].theirs.outcomeId).waitFor();
    await expectClean(page);

    await page.getByRole('link', { name: mine.name }).click();
    const status = page.locator('[data-section="care-facts"] [data-field="status"]');
    await expect(status.innerText()).resolves.toBe(text.overdue);
    await expectClean(page);
    await page.getByLabel(text.kind).selectOption('visit');
    await page.getByLabel(text.raised).fill(lang === 'zh' ? '孩子明年转学' : 'A school transfer next year');
    await page.getByRole('button', { name: text.submit }).click();
    await page.getByText(text.logged).waitFor();
    await page.locator('[data-section="care-facts"] [data-field="status"]', { hasText: text.onTime }).waitFor();
    await page.locator('.care-timeline [data-kind="contact"]', { hasText: text.visit }).waitFor();
    await expectClean(page);

    await page.goto(`${session.url}/talent-service`);
    await statusOf(page, mine.outcomeId).filter({ hasText: text.onTime }).waitFor();
    await page.getByRole('button', { name: text.overdueTab }).click();
    await page.locator('[data-section="overdue"]').waitFor();
    await expect(page.locator(`[data-outcome="${mine.outcomeId}"]`).count()).resolves.toBe(0);
    await page.goto(`${session.url}/home`);
    await home.locator('[data-field="overdue-contacts"]', { hasText: text.homeOnTime }).waitFor();
  });

  it.each(['zh', 'en'] as const)('a leader with the contact role sees only their own people (%s)', async (lang) => {
    const { mine, theirs } = people[lang];
    const text = TEXT[lang];
    const page = await signedIn(mine.contact.email, lang);
    const nav = page.getByRole('navigation', { name: text.nav });
    await nav.getByRole('link', { name: text.myPeople }).waitFor();
    expect(await nav.getByRole('link').count()).toBe(1);
    await page.goto(`${session.url}/talent-service`);
    await page.locator(`[data-table="care"] [data-outcome="${mine.outcomeId}"]`).waitFor();
    expect(await page.locator('[data-table="care"] tbody tr').count()).toBe(1);
    expect(await page.locator(`[data-outcome="${theirs.outcomeId}"]`).count()).toBe(0);
    await expectClean(page);

    await page.getByRole('link', { name: mine.name }).click();
    await page.getByRole('button', { name: text.submit }).waitFor();
    await expectClean(page);

    await page.goto(`${session.url}/talent-service/people/${theirs.outcomeId}`);
    await page.getByText(text.notFound).waitFor();
    expect(await page.getByText(theirs.name).count()).toBe(0);
    await expectClean(page);

    // Usable on a phone too.
    const phone = await signedIn(mine.contact.email, lang, PHONE);
    await phone.goto(`${session.url}/talent-service`);
    await phone.locator(`[data-table="care"] [data-outcome="${mine.outcomeId}"]`).waitFor();
    await expectClean(phone);
    await phone.getByRole('link', { name: mine.name }).click();
    await phone.getByRole('button', { name: text.submit }).waitFor();
    await expectClean(phone);
  });

  it.each(['zh', 'en'] as const)(
    'assigns a person who came from their outcome; too early for a card (%s)',
    async (lang) => {
      const { mine, newcomer } = people[lang];
      const text = TEXT[lang];
      const page = await signedIn(mine.commissioner.email, lang);
      await page.goto(`${session.url}/outcomes/${newcomer.outcomeId}`);
      await page.getByRole('link', { name: text.careLink }).click();
      await page.getByText(text.notYet).waitFor();
      await page.getByLabel(text.tier).locator('option', { hasText: text.basic }).waitFor({ state: 'attached' });
      await expectClean(page);
      await page.getByLabel(text.tier).selectOption('basic');
      await page.getByLabel(text.commissioner, { exact: true }).selectOption(mine.commissioner.user.userId);
      await page.getByLabel(text.contact, { exact: true }).selectOption(mine.contact.user.userId);
      await page.getByRole('button', { name: text.assign }).click();
      await page.locator('[data-section="care-facts"] [data-field="tier"]', { hasText: text.basic }).waitFor();

      await page.getByRole('button', { name: text.issue }).click();
      const refusal = page.locator('[data-section="card"] [role="alert"] .alert-title');
      await refusal.waitFor();
      expect((await refusal.innerText()).trim()).toMatch(text.tooEarly);
      await expectClean(page);
    },
  );

  it('an admin invites a leader as a contact, who activates into their own people', async () => {
    const adminEmail = `admin.care.${unique()}@example.org`;
    await createAccount({ email: adminEmail, name: '账号管理员', role: 'organiser', isAdmin: true });
    const admin = await session.newPage(DESK);
    await signIn(admin, session.url, adminEmail);
    await admin.goto(`${session.url}/admin/users`);
    await admin.getByText('邀请人才服务专员、用人单位评审人或联系服务人员').click();
    await admin.locator('#user-name').fill('李书记');
    await admin.locator('#user-email').fill(`leader.${unique()}@example.org`);
    await admin.getByLabel('账号角色').selectOption({ label: '联系服务人员' });
    await expectClean(admin);
    await admin.getByRole('button', { name: '创建账号并生成邀请码' }).click();
    const code = (await admin.getByTestId('invitation-code').textContent())?.trim() ?? '';

    const leader = await session.newPage(DESK);
    await leader.goto(`${session.url}/activate`);
    await leader.getByLabel('邀请码').fill(code);
    await leader.getByLabel('设置密码').fill('leader-pass-2026');
    await leader.getByLabel('确认密码').fill('leader-pass-2026');
    await leader.getByRole('button', { name: '激活并登录' }).click();
    await leader.waitForURL('**/talent-service');
    await leader.getByRole('heading', { level: 1, name: '我联系的人才' }).waitFor();
    await leader.getByText('暂无人才。').waitFor();
    expect(await leader.getByRole('navigation', { name: '主导航' }).getByRole('link').count()).toBe(1);
    await expectClean(leader);
    await leader.getByRole('button', { name: 'English' }).click();
    await leader.getByRole('heading', { level: 1, name: 'The people I keep in touch with' }).waitFor();
    await leader.getByText('Nobody yet.').waitFor();
    await expectClean(leader);
  });
});
