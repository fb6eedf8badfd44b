import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Announcements, SubsidyPolicies } from '@aksu/core';
import { POLICY_AMOUNTS } from '../support/conversion.ts';
import { newEmployer, newPosition } from '../support/positions.ts';
import { newHostUnit } from '../support/programme.ts';
import { readQrPng } from '../support/qr-png.ts';
import { accessibilityViolations, browserSession, horizontalOverflow, PHONE, SYSTEM, unique } from './harness.ts';

/**
 * A graduate on a phone, without an account: filters the positions, finds one with the housing
 * subsidy it would earn and the policy version that says so, opens it, and opens a notice by its link.
 */
const session = browserSession();
const id = unique();
const wanted = `数据工程师${id}`;
const other = `纺织工艺员${id}`;
const drafted = `未发布岗位${id}`;
const slug = `notice-${id}`;
const POLICY = '2020年人才住房补贴';
let draftId = '';

beforeAll(async () => {
  // Each test file has a table of its own, so this is the only policy version and the one in force.
  await SubsidyPolicies.create(SYSTEM, {
    name: POLICY,
    effectiveFrom: '2020-01-01',
    yearsRequired: 5,
    amounts: POLICY_AMOUNTS,
  });
  const employer = await newEmployer({ name: `库车市数据中心${id}`, county: 'kuqa' });
  const hostUnit = await newHostUnit({ name: `阿克苏纺织厂${id}` });
  const match = await newPosition(employer.employerId, {
    title: wanted,
    cluster: 'digital_economy',
    county: 'kuqa',
    degreeLevel: 'master',
    disciplines: ['工学'],
    postKind: 'state_enterprise',
    headcount: 2,
  });
  const rest = await newPosition(hostUnit.hostUnitId, {
    title: other,
    cluster: 'textile_apparel',
    county: 'aksu_city',
    degreeLevel: 'bachelor',
    disciplines: [],
    postKind: 'career_establishment',
  });
  const draft = await newPosition(hostUnit.hostUnitId, { title: drafted }, { draft: true });
  draftId = draft.positionId;
  // The notice lists the draft too: its public page shows only the published two, in the notice's order.
  const notice = await Announcements.create(SYSTEM, {
    title: `2026年阿克苏地区引才公告${id}`,
    body: '面向2026届高校毕业生。',
    slug,
    positionIds: [match.positionId, rest.positionId, draft.positionId],
  });
  await Announcements.transition(SYSTEM, notice.announcementId, { to: 'published', version: notice.version });
});

const TEXT = {
  zh: {
    title: '引才岗位',
    degree: '学历要求',
    county: '所在县市',
    cluster: '产业集群',
    kind: '岗位性质',
    discipline: '学科',
    search: '查找岗位',
    master: '硕士',
    kuqa: '库车市',
    digital: '数字经济',
    stateEnterprise: '国有企业',
    amount: '住房补贴 400,000.00 元',
    source: `依据《${POLICY}》（2020-01-01 起施行）`,
    none: '没有符合筛选条件的岗位',
    clear: '清除筛选',
    phd: '博士',
    phdAmount: '500,000.00 元',
    apply: '申请该岗位',
    noticePositions: '公告岗位（2 个）',
    missing: '找不到这个岗位',
  },
  en: {
    title: 'Positions in Aksu',
    degree: 'Degree required',
    county: 'County',
    cluster: 'Industrial cluster',
    kind: 'Kind of post',
    discipline: 'Discipline',
    search: 'Find positions',
    master: "Master's",
    kuqa: 'Kuqa',
    digital: 'Digital economy',
    stateEnterprise: 'State enterprise',
    amount: 'Housing subsidy 400,000.00 元',
    source: `Under “${POLICY}”, in force from 2020-01-01`,
    none: 'No position matches these filters',
    clear: 'Clear filters',
    phd: 'PhD',
    phdAmount: '500,000.00 元',
    apply: 'Apply for this position',
    noticePositions: 'Positions in this notice (2)',
    missing: 'Position not found',
  },
} as const;

async function checked(page: Page, screen: string) {
  expect(await horizontalOverflow(page), `${screen}: sideways scroll`).toBe(0);
  expect(await accessibilityViolations(page), `${screen}: accessibility`).toEqual([]);
}

async function inLanguage(page: Page, lang: 'zh' | 'en') {
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
}

describe('the public positions on a 375 px phone', { timeout: 180_000 }, () => {
  it.each(['zh', 'en'] as const)(
    'a graduate filters the list and finds a position with its subsidy (%s)',
    async (lang) => {
      const text = TEXT[lang];
      const page = await session.newPage(PHONE);
      await page.goto(`${session.url}/positions`);
      await inLanguage(page, lang);
      await page.getByRole('heading', { level: 1, name: text.title }).waitFor();
      await page.getByRole('link', { name: other }).waitFor();
      await checked(page, 'list');

      await page.getByLabel(text.degree).selectOption({ label: text.master });
      await page.getByLabel(text.county).selectOption({ label: text.kuqa });
      await page.getByLabel(text.cluster).selectOption({ label: text.digital });
      await page.getByLabel(text.kind).selectOption({ label: text.stateEnterprise });
      await page.getByLabel(text.discipline).fill('工学');
      await page.getByRole('button', { name: text.search }).click();
      await page.waitForURL((url) => url.searchParams.get('discipline') === '工学');
      await page.getByRole('link', { name: other }).waitFor({ state: 'detached' });
      const card = page.locator('.position-card', { hasText: wanted });
      await card.waitFor();
      await expect(page.locator('.position-card').count()).resolves.toBe(1);
      await expect(card.locator('.subsidy-amount').textContent()).resolves.toBe(text.amount);
      await expect(card.locator('.subsidy-source').textContent()).resolves.toBe(text.source);
      await checked(page, 'filtered list');

      // A filter nothing matches says so, and how to get out of it.
      await page.getByLabel(text.discipline).fill('历史学');
      await page.getByRole('button', { name: text.search }).click();
      await page.getByText(text.none).waitFor();
      await checked(page, 'empty list');
      await page.getByRole('button', { name: text.clear }).first().click();
      await page.getByRole('link', { name: other }).waitFor();

      await page.getByRole('link', { name: wanted }).click();
      await page.getByRole('heading', { level: 1, name: wanted }).waitFor();
      await page.locator('.subsidy-table', { hasText: text.phdAmount }).getByText(text.phd).waitFor();
      await page.getByText(text.apply).waitFor();
      await checked(page, 'position');
      await page.context().close();
    },
  );

  it.each(['zh', 'en'] as const)(
    'opens a notice by its link with its published positions and QR code (%s)',
    async (lang) => {
      const text = TEXT[lang];
      const page = await session.newPage(PHONE);
      await page.goto(`${session.url}/notices/${slug}`);
      await inLanguage(page, lang);
      await page.getByRole('heading', { level: 1, name: `2026年阿克苏地区引才公告${id}` }).waitFor();
      await page.getByRole('heading', { level: 2, name: text.noticePositions }).waitFor();
      const titles = await page.locator('.position-card h2').allTextContents();
      expect(titles).toEqual([wanted, other]);
      const url = `${session.url}/notices/${slug}`;
      await expect(page.locator('.notice-link').textContent()).resolves.toBe(url);
      await page.locator('canvas.qr-code[data-drawn="true"]').waitFor();
      const png = await page
        .locator('canvas.qr-code')
        .evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, ''));
      expect(readQrPng(Buffer.from(png, 'base64'))).toBe(url);
      await checked(page, 'notice');

      // A draft position is not public: its link says so and leads back to the list.
      await page.goto(`${session.url}/positions/${draftId}`);
      await page.getByRole('heading', { level: 1, name: text.missing }).waitFor();
      await checked(page, 'missing position');
      await page.context().close();
    },
  );
});
