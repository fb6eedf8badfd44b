import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Cohorts, Imports, Universities } from '@aksu/core';
import { accessibilityViolations, browserSession, createAccount, signIn, SYSTEM, unique } from './harness.ts';
import { nationalIdFor } from './cohort-screens.ts';

/** An administrator's lists at 1366 px: universities, a university's coordinators, accounts, an import's result. */
const session = browserSession();
const ORGANISER_SCREEN = { width: 1366, height: 768 };
const id = unique();
const adminEmail = `lists.admin.${id}@example.org`;
let universityId: string;
let cohortId: string;
let jobId: string;

/** A finished import: one row registered, two over the quota of one, one with a short phone number. */
async function finishedImport(): Promise<string> {
  const header =
    '姓名,身份证号,手机号,邮箱,学历层次,专业,学科门类,年级,校内导师,籍贯,是否阿克苏籍,紧急联系人,紧急联系电话';
  const row = (n: number, phone: string) =>
    `学生${n},${nationalIdFor('19990101', 600 + n * 2)},${phone},row${n}.${id}@example.edu.cn,` +
    '硕士,材料科学与工程,工学,2,张教授,新疆阿克苏,否,家长,13912340002';
  const lines = [row(1, '13912340011'), row(2, '13912340012'), row(3, '13912340013'), row(4, '1391234')];
  const job = await Imports.create(SYSTEM, cohortId, {
    filename: '名额测试名单.csv',
    content: Buffer.from(`${header}\r\n${lines.join('\r\n')}\r\n`).toString('base64'),
    universityId,
    consent: true,
  });
  await Imports.run(SYSTEM, job.importJobId);
  return job.importJobId;
}

beforeAll(async () => {
  await createAccount({ email: adminEmail, name: `列表管理员${id}`, role: 'organiser', isAdmin: true });
  // Code-point order would put 中 before 北 before 阿; pinyin order is a, b, z.
  for (const name of ['中山', '北京', '阿克苏']) {
    const created = await Universities.create(SYSTEM, {
      name: `${name}拼音${id}大学`,
      city: '阿克苏',
      province: '新疆',
    });
    if (name === '北京') universityId = created.universityId;
  }
  await createAccount({
    email: `coordinator.${id}@example.org`,
    name: `联络员${id}`,
    role: 'coordinator',
    universityId,
  });
  await createAccount({ email: `intern.${id}@example.org`, name: `学员${id}`, role: 'intern', universityId });
  // An account the search must leave out.
  await createAccount({ email: `other.${unique()}@example.org`, name: '其他专员', role: 'organiser' });
  const cohort = await Cohorts.create(SYSTEM, {
    name: `列表测试批次${id}`,
    startsOn: '2030-08-01',
    endsOn: '2030-08-31',
    registrationOpensAt: new Date(Date.now() - 86_400_000).toISOString(),
    registrationClosesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    universities: [{ universityId, quota: 1 }],
  });
  cohortId = (await Cohorts.transition(SYSTEM, cohort.cohortId, { to: 'registration_open' })).cohortId;
  jobId = await finishedImport();
});

/** Signs the administrator in, switching to English when asked, and opens the path. */
async function open(path: string, english: boolean): Promise<Page> {
  const page = await session.newPage(ORGANISER_SCREEN);
  await signIn(page, session.url, adminEmail);
  if (english) {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: '中文' }).waitFor();
  }
  await page.goto(`${session.url}${path}`);
  return page;
}

describe.each([
  ['Chinese', false],
  ['English', true],
])('lists and administration at 1366 px (%s)', { timeout: 180_000 }, (_, english) => {
  it('lists universities in pinyin order', async () => {
    const page = await open(`/universities?q=${encodeURIComponent(`拼音${id}`)}`, english);
    const names = page.locator('.university-card h2');
    await expect.poll(() => names.count()).toBe(3);
    expect(await names.allTextContents()).toEqual(['阿克苏', '北京', '中山'].map((n) => `${n}拼音${id}大学`));
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows a university's coordinators and none of its interns", async () => {
    const page = await open(`/universities/${universityId}`, english);
    const panel = page.getByRole('region', { name: english ? 'University coordinators' : '院校联络员' });
    await panel.getByText(`联络员${id}`).waitFor();
    await expect.poll(() => panel.getByText(`学员${id}`).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('searches accounts by name or email and filters them by role', async () => {
    const page = await open('/admin/users', english);
    const accounts = page.locator('.people.accounts > li .person-name');
    await page.getByLabel(english ? 'Search accounts' : '搜索账号').fill(id);
    await page.getByRole('button', { name: english ? 'Search' : '搜索', exact: true }).click();
    await expect.poll(() => accounts.count()).toBe(3);
    await page.getByLabel(english ? 'Role' : '角色', { exact: true }).selectOption('coordinator');
    await expect.poll(() => accounts.allTextContents()).toEqual([`联络员${id}`]);
    await page.getByLabel(english ? 'Search accounts' : '搜索账号').fill(`intern.${id}@EXAMPLE.org`);
    await page.getByRole('button', { name: english ? 'Search' : '搜索', exact: true }).click();
    await page.getByText(english ? 'No account matches.' : '没有符合条件的账号。', { exact: false }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: english ? 'Clear filters' : '清除筛选' }).click();
    await expect.poll(() => accounts.count()).toBeGreaterThan(3);
  });

  it("sums up an import's rejected rows per reason above the rows", async () => {
    const page = await open(`/cohorts/${cohortId}/import?job=${jobId}`, english);
    const reasons = page.getByRole('region', { name: english ? 'Why rows were rejected' : '被拒绝的原因' });
    await reasons.waitFor();
    expect(await reasons.getByRole('listitem').allTextContents()).toEqual(
      english ? ['2 × Quota used up', '1 × Invalid phone'] : ['2 × 名额已满', '1 × 手机号不正确'],
    );
    const above = await page.evaluate(() => {
      const summary = document.getElementById('import-reasons-title');
      const rows = document.getElementById('import-rows-title');
      return Boolean(summary && rows && summary.compareDocumentPosition(rows) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(above).toBe(true);
    await page.locator('.import-rows tbody tr').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("offers only the cohort's degree levels in the template", async () => {
    const page = await open(`/cohorts/${cohortId}/import`, english);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: english ? 'Download Excel template' : '下载 Excel 模板' }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('报名信息')!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const column = headers.indexOf('学历层次') + 1;
    expect(column).toBeGreaterThan(0);
    // The cohort takes the default levels, master's and PhD.
    expect(sheet.getCell(2, column).dataValidation.formulae).toEqual(['"硕士,博士"']);
    expect(String(sheet.getCell(1, column).note)).not.toContain('本科');
  });
});
