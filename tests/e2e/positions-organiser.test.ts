import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Employers, Positions, SubsidyPolicies } from '@aksu/core';
import { positionBody } from '../support/positions.ts';
import { POLICY_AMOUNTS } from '../support/conversion.ts';
import {
  accessibilityViolations,
  browserSession,
  createAccount,
  horizontalOverflow,
  signIn,
  SYSTEM,
  unique,
} from './harness.ts';

/**
 * An organiser on a laptop records an employer, drafts a position for it, publishes it, sees a
 * stale change explained, gathers it into a notice, publishes the notice and opens its public page.
 */
const session = browserSession();
const ORGANISER_SCREEN = { width: 1366, height: 768 };
let organiserEmail = '';

beforeAll(async () => {
  await SubsidyPolicies.create(SYSTEM, {
    name: '2020年人才住房补贴',
    effectiveFrom: '2020-01-01',
    yearsRequired: 5,
    amounts: POLICY_AMOUNTS,
  });
  organiserEmail = `recruiter.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '引才专员', role: 'organiser', isAdmin: false });
});

const TEXT = {
  zh: {
    nav: '引才岗位',
    heading: '引才岗位管理',
    sections: '引才工作',
    employers: '用人单位',
    employerName: '单位名称',
    sector: '行业',
    record: '登记',
    newPosition: '新增岗位',
    unit: '用人单位',
    title: '岗位名称',
    deadline: '报名截止',
    contactName: '联系人或部门',
    phone: '联系电话',
    saveDraft: '保存草稿',
    draft: '草稿',
    publish: '发布岗位',
    published: '招聘中',
    markFilled: '标记为已招满',
    stale: '已被他人修改',
    notices: '引才公告',
    newNotice: '新增公告',
    noticeTitle: '公告标题',
    noticeBody: '公告正文',
    publishNotice: '发布公告',
    noticePublished: '已发布',
    openPublic: '打开公开页面',
    amount: '住房补贴 400,000.00 元',
    refused: '未能更改状态',
    refusedNone: '当前状态不能再更改。',
    closed: '已关闭',
  },
  en: {
    nav: 'Positions',
    heading: 'Positions',
    sections: 'Recruitment',
    employers: 'Employers',
    employerName: 'Name',
    sector: 'Sector',
    record: 'Record',
    newPosition: 'New position',
    unit: 'Employer',
    title: 'Position title',
    deadline: 'Apply by',
    contactName: 'Contact person or office',
    phone: 'Phone',
    saveDraft: 'Save draft',
    draft: 'Draft',
    publish: 'Publish',
    published: 'Published',
    markFilled: 'Mark filled',
    stale: 'Changed by someone else',
    notices: 'Recruitment notices',
    newNotice: 'New notice',
    noticeTitle: 'Title',
    noticeBody: 'Text of the notice',
    publishNotice: 'Publish notice',
    noticePublished: 'Published',
    openPublic: 'Open the public page',
    amount: 'Housing subsidy 400,000.00 元',
    refused: 'The status was not changed',
    refusedNone: 'It can no longer change.',
    closed: 'Closed',
  },
} as const;

async function checked(page: Page, screen: string) {
  expect(await horizontalOverflow(page), `${screen}: sideways scroll`).toBe(0);
  expect(await accessibilityViolations(page), `${screen}: accessibility`).toEqual([]);
}

describe('positions and notices for organisers at 1366 px', { timeout: 240_000 }, () => {
  it.each(['zh', 'en'] as const)('creates, publishes and shares a position through a notice (%s)', async (lang) => {
    const text = TEXT[lang];
    const id = unique();
    const employer = `阿克苏地区人民医院${id}`;
    const title = `临床医师${id}`;
    const page = await session.newPage(ORGANISER_SCREEN);
    await signIn(page, session.url, organiserEmail);
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    }

    // The navigation leads to the positions; an employer that takes no interns is recorded first.
    await page.getByRole('navigation').getByRole('link', { name: text.nav, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: text.heading }).waitFor();
    await checked(page, 'positions');
    await page.getByRole('navigation', { name: text.sections }).getByRole('link', { name: text.employers }).click();
    await page.getByLabel(text.employerName).fill(employer);
    await page.getByLabel(text.sector).fill('医疗卫生');
    await page.getByRole('button', { name: text.record, exact: true }).click();
    await page.locator('.employer-name', { hasText: employer }).waitFor();
    await checked(page, 'employers');

    await page.goto(`${session.url}/recruitment/positions/new`);
    await page.getByLabel(text.unit).selectOption({ label: employer });
    await page.getByLabel(text.title).fill(title);
    await page.getByLabel(text.sector).fill('医疗卫生');
    await page.getByLabel(text.deadline).fill('2099-12-31');
    await page.getByLabel(text.contactName).fill('人事科');
    await page.getByLabel(text.phone).fill('0997-2123456');
    await checked(page, 'new position');
    await page.getByRole('button', { name: text.saveDraft }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect(page.locator('.page-head .badge').textContent()).resolves.toBe(text.draft);
    await checked(page, 'draft position');

    const positionId = page.url().split('/').at(-1)!;
    // After a write the app reads what is on screen again. The other person's change must come after
    // that read: a read answered after it hands the page the new version, and the move goes through.
    const reread = page.waitForResponse(
      (r) => r.request().method() === 'GET' && new URL(r.url()).pathname === `/v1/positions/${positionId}`,
    );
    await page.getByRole('button', { name: text.publish, exact: true }).click();
    await page.locator('.page-head .badge', { hasText: text.published }).waitFor();
    await reread;

    // Someone else changes it meanwhile: the next move is refused, explained, and the page shows their version.
    const current = await Positions.get(SYSTEM, positionId);
    await Positions.update(SYSTEM, positionId, { version: current.version, headcount: 5 });
    await page.getByRole('button', { name: text.markFilled }).click();
    await page.locator('.alert-warning').getByRole('button', { name: text.markFilled }).click();
    await page.getByText(text.stale, { exact: true }).waitFor();
    await page.locator('.page-head .badge', { hasText: text.published }).waitFor();
    await checked(page, 'stale move');

    await page.goto(`${session.url}/recruitment/notices`);
    await page.getByRole('heading', { level: 1, name: text.notices }).waitFor();
    await checked(page, 'notices');
    await page.getByRole('link', { name: text.newNotice }).click();
    await page.getByLabel(text.noticeTitle).fill(`引才公告${id}`);
    await page.getByLabel(text.noticeBody).fill('面向2026届高校毕业生。');
    await page.getByRole('checkbox', { name: title }).check();
    await checked(page, 'new notice');
    await page.getByRole('button', { name: text.saveDraft }).click();
    await page.getByRole('heading', { level: 1, name: `引才公告${id}` }).waitFor();
    await page.getByRole('button', { name: text.publishNotice }).click();
    await page.locator('.page-head .badge', { hasText: text.noticePublished }).waitFor();
    await checked(page, 'notice');
    const link = await page.locator('.notice-link').textContent();
    expect(link).toMatch(new RegExp(`^${session.url}/notices/[a-z0-9-]+$`));

    await page.getByRole('link', { name: text.openPublic }).click();
    await page.waitForURL(link!);
    await page.getByRole('heading', { level: 1, name: `引才公告${id}` }).waitFor();
    const card = page.locator('.position-card', { hasText: title });
    await expect(card.locator('.subsidy-amount').textContent()).resolves.toBe(text.amount);
    await checked(page, 'public notice');

    // Someone closed a position meanwhile: marking it filled is refused, saying where it stands and what it allows.
    const unit = await Employers.create(SYSTEM, {
      name: `阿克苏地区第二人民医院${id}`,
      sector: '医疗卫生',
      county: 'kuqa',
    });
    const drafted = await Positions.create(SYSTEM, positionBody(unit.employerId, { title: `护士${id}` }));
    const live = await Positions.transition(SYSTEM, drafted.positionId, { to: 'published', version: drafted.version });
    await page.goto(`${session.url}/recruitment/positions/${live.positionId}`);
    await page.locator('.page-head .badge', { hasText: text.published }).waitFor();
    await Positions.transition(SYSTEM, live.positionId, { to: 'closed', version: live.version });
    await page.getByRole('button', { name: text.markFilled }).click();
    await page.locator('.alert-warning').getByRole('button', { name: text.markFilled }).click();
    const refusal = page.locator('.alert-warning', { hasText: text.refused });
    await refusal.getByText(text.refusedNone).waitFor();
    await page.locator('.page-head .badge', { hasText: text.closed }).waitFor();
    await expect(page.locator('.transition-actions').count()).resolves.toBe(0);
    await checked(page, 'refused move');
    await page.context().close();
  });
});
