import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Applications, Employers, Positions } from '@aksu/core';
import { newApplication } from '../support/applications.ts';
import { positionBody } from '../support/positions.ts';
import {
  accessibilityViolations,
  browserSession,
  createAccount,
  horizontalOverflow,
  PHONE,
  signIn,
  SYSTEM,
  unique,
} from './harness.ts';
import { useStorageFor } from './positions-apply-steps.ts';

/**
 * A unit's reviewer: an admin invites one with its unit on a laptop; the reviewer activates the
 * invitation on a phone and lands on its unit's positions, another unit's nowhere in sight; the same
 * in English; on a phone it opens a position's applications and shortlists one, with none of the
 * office's own moves offered, and downloads the applicants with their contacts masked.
 */
const session = browserSession();
// The applications' CVs are files in a local S3-compatible server.
useStorageFor(session);
const LAPTOP = { width: 1366, height: 768 };
let adminEmail = '';
let unitX = '';
const titlesOfX: string[] = [];
const positionsOfX: string[] = [];
let titleOfY = '';

async function published(unitId: string, title: string) {
  const position = await Positions.create(SYSTEM, positionBody(unitId, { title }));
  await Positions.transition(SYSTEM, position.positionId, { to: 'published', version: position.version });
  return position.positionId;
}

beforeAll(async () => {
  const id = unique();
  adminEmail = `reviewer.admin.${id}@example.org`;
  await createAccount({ email: adminEmail, name: '账号管理员', role: 'organiser', isAdmin: true });
  unitX = (await Employers.create(SYSTEM, { name: `评审医院${id}`, sector: '医疗卫生', county: 'kuqa' })).employerId;
  const unitY = (await Employers.create(SYSTEM, { name: `其他学校${id}`, sector: '教育', county: 'wensu' })).employerId;
  for (const title of [`临床医师${id}`, `护士${id}`]) {
    titlesOfX.push(title);
    positionsOfX.push(await published(unitX, title));
  }
  titleOfY = `数学教师${id}`;
  await published(unitY, titleOfY);
});

async function checked(page: Page, screen: string) {
  expect(await horizontalOverflow(page), `${screen}: sideways scroll`).toBe(0);
  expect(await accessibilityViolations(page), `${screen}: accessibility`).toEqual([]);
}

/** The reviewer's home shows the unit's positions and nothing of another unit. */
async function seesOnlyItsUnit(page: Page) {
  for (const title of titlesOfX) await page.getByRole('link', { name: title, exact: true }).waitFor();
  expect(await page.getByText(titleOfY).count()).toBe(0);
}

describe('the unit reviewer', { timeout: 240_000 }, () => {
  it('is invited with its unit on a laptop and activates on a phone into its unit’s positions', async () => {
    const admin = await session.newPage(LAPTOP);
    await signIn(admin, session.url, adminEmail);
    await admin.goto(`${session.url}/admin/users`);
    await admin.getByText('邀请人才服务专员、用人单位评审人或联系服务人员').click();
    const email = `reviewer.${unique()}@example.org`;
    await admin.locator('#user-name').fill('王评审');
    await admin.locator('#user-email').fill(email);
    await admin.getByLabel('账号角色').selectOption('reviewer');
    const unit = admin.getByLabel('所属用人单位');
    await unit.locator(`option[value="${unitX}"]`).waitFor({ state: 'attached' });
    await unit.selectOption(unitX);
    await checked(admin, 'invite a reviewer');
    await admin.getByRole('button', { name: '创建账号并生成邀请码' }).click();
    const code = (await admin.getByTestId('invitation-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    const reviewer = await session.newPage(PHONE);
    await reviewer.goto(`${session.url}/activate`);
    await reviewer.getByLabel('邀请码').fill(code);
    await reviewer.getByLabel('设置密码').fill('reviewer-pass-1');
    await reviewer.getByLabel('确认密码').fill('reviewer-pass-1');
    await reviewer.getByRole('button', { name: '激活并登录' }).click();
    await reviewer.waitForURL('**/unit');
    await reviewer.getByRole('heading', { level: 1, name: '本单位岗位' }).waitFor();
    await seesOnlyItsUnit(reviewer);
    await reviewer.getByRole('link', { name: `查看应聘：${titlesOfX[0]}` }).waitFor();
    await checked(reviewer, 'reviewer home (phone)');
  });

  it('reads the same in English, on a phone and on a laptop', async () => {
    const email = `reviewer.en.${unique()}@example.org`;
    await createAccount({ email, name: 'Reviewer', role: 'reviewer', unitId: unitX });
    for (const viewport of [PHONE, LAPTOP]) {
      const page = await session.newPage(viewport);
      await signIn(page, session.url, email);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Our unit’s positions' }).waitFor();
      await seesOnlyItsUnit(page);
      await page.getByRole('link', { name: `Applications to ${titlesOfX[0]}` }).waitFor();
      await checked(page, `reviewer home in English (${viewport.width} px)`);
    }
  });

  it.each(['zh', 'en'] as const)('screens its unit’s applications on a phone (%s)', async (lang) => {
    const text = SCREENING[lang];
    const id = unique();
    const { applicationId } = await newApplication(positionsOfX[0]!, { name: `应聘者${id}` });
    const email = `reviewer.phone.${id}@example.org`;
    await createAccount({ email, name: '手机评审', role: 'reviewer', unitId: unitX });
    const page = await session.newPage(PHONE);
    await signIn(page, session.url, email);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: text.home }).waitFor();

    await page.getByRole('link', { name: text.openList(titlesOfX[0]!) }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(text.list) }).waitFor();
    await page.getByRole('link', { name: text.backHome }).waitFor();
    await page.getByRole('link', { name: `应聘者${id}` }).waitFor();
    await checked(page, `reviewer: applications (${lang})`);
    // Its own unit's applicants download from the list, the contacts masked as on its screens.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: text.export }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('应聘人员')!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const row = sheet
      .getRows(2, sheet.rowCount - 1)!
      .find((r) => r.getCell(headers.indexOf('姓名') + 1).text === `应聘者${id}`);
    expect(row?.getCell(headers.indexOf('手机') + 1).text).toMatch(/^\d{3}\*{4}\d{4}$/);
    await page.getByRole('link', { name: `应聘者${id}` }).click();
    await page.getByRole('heading', { level: 1, name: `应聘者${id}` }).waitFor();
    await page.getByRole('button', { name: text.shortlist }).waitFor();
    // Recording a withdrawal is the office's: the reviewer is not offered it.
    expect(await page.getByRole('button', { name: text.withdrawal }).count()).toBe(0);
    await checked(page, `reviewer: application (${lang})`);

    await page.getByRole('button', { name: text.shortlist }).click();
    await page.locator('.badge').filter({ hasText: text.shortlisted }).first().waitFor();
    expect((await Applications.get(SYSTEM, applicationId)).status).toBe('shortlisted');
    await checked(page, `reviewer: shortlisted (${lang})`);
  });
});

const SCREENING = {
  zh: {
    home: '本单位岗位',
    openList: (title: string) => `查看应聘：${title}`,
    list: '岗位申请',
    backHome: '← 返回本单位岗位',
    shortlist: '通过初筛',
    shortlisted: '初筛通过',
    withdrawal: '登记申请人撤回',
    export: '导出应聘人员（Excel）',
  },
  en: {
    home: 'Our unit’s positions',
    openList: (title: string) => `Applications to ${title}`,
    list: 'Applications',
    backHome: '← Our unit’s positions',
    shortlist: 'Shortlist',
    shortlisted: 'Shortlisted',
    withdrawal: 'Record a withdrawal',
    export: 'Export applicants (Excel)',
  },
} as const;
