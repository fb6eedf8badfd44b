import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { Cohorts, Universities } from '@aksu/core';
import { createAccount, launchBrowser, openContext, PASSWORD, signIn, startApp, SYSTEM, unique } from './harness.ts';
import { nationalIdFor } from './cohort-screens.ts';
import { sentTo, startBackbone, type Backbone } from '../support/backbone.ts';

let app: { url: string; close(): Promise<void> };
let backbone: Backbone;
let browser: Browser;
let context: BrowserContext;
let coordinatorEmail: string;
let cohortId: string;
let cohortName: string;

beforeAll(async () => {
  const id = unique();
  const university = await Universities.create(SYSTEM, {
    name: `石河子大学导入测试${id}`,
    city: '石河子',
    province: '新疆',
  });
  coordinatorEmail = `coordinator.import.${id}@example.org`;
  await createAccount({
    email: coordinatorEmail,
    name: '导入联络员',
    role: 'coordinator',
    universityId: university.universityId,
  });
  cohortName = `2030年百名硕博社会实践导入${id}`;
  const created = await Cohorts.create(SYSTEM, {
    name: cohortName,
    startsOn: '2030-08-01',
    endsOn: '2030-08-31',
    registrationOpensAt: new Date(Date.now() - 86_400_000).toISOString(),
    registrationClosesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    universities: [{ universityId: university.universityId, quota: 1500 }],
  });
  cohortId = (await Cohorts.transition(SYSTEM, created.cohortId, { to: 'registration_open' })).cohortId;
  // What `pnpm dev` runs beside the API: the stream worker that runs imports, and a mail catcher.
  backbone = await startBackbone();
  app = await startApp();
  browser = await launchBrowser();
  context = await openContext(browser);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
  await backbone?.stop();
});

/** What goes wrong in the invalid rows, and the reason each must come back with. */
const MISTAKES: [fields: Record<string, string>, reason: string][] = [
  [{ 手机号: '' }, '缺少手机号'],
  [{ 身份证号: '110101200001011233' }, '身份证号校验位不符'],
  [{ 学历层次: '本科' }, '本批次只接受硕士、博士，此行为本科'],
  [{ 手机号: '1234567' }, '不是 11 位大陆手机号'],
];

/**
 * Students; every tenth is wrong in one of the ways above, so a tenth of the rows must be rejected.
 * `firstYear` keeps the people of two files apart (born in it or the two years after).
 */
function students(length = 200, firstYear = 1997): Record<string, string>[] {
  const seed = Math.floor(Math.random() * 500);
  return Array.from({ length }, (_, i) => {
    const row: Record<string, string> = {
      姓名: i % 7 === 0 ? ` 学生　${i} ` : `学生${i}`,
      身份证号: nationalIdFor(`${firstYear + (i % 3)}0${1 + (i % 9)}1${i % 10}`, (seed + i) % 1000),
      手机号: `139${String(10_000_000 + seed * 1000 + i).slice(-8)}`,
      邮箱: `student${i}.${seed}@example.edu.cn`,
      学历层次: i % 4 === 0 ? '博士' : '硕士',
      专业: '化学工程与技术',
      学科门类: '工学',
      年级: i % 2 ? '研二' : '1',
      校内导师: '张教授',
      籍贯: '新疆阿克苏',
      是否阿克苏籍: i % 3 ? '否' : '是',
      紧急联系人: '家长',
      紧急联系电话: '13800138000',
    };
    return i % 10 === 9 ? { ...row, ...MISTAKES[((i / 10) % MISTAKES.length) | 0]![0] } : row;
  });
}

describe('批量导入: a coordinator imports 200 students from the template', () => {
  it('downloads the template, fills it, imports it with a ' +
    'progress bar, reads the reasons and downloads the result', async () => {
    const page = await context.newPage();
    await signIn(page, app.url, coordinatorEmail);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '社会实践' }).click();
    await page.getByRole('link', { name: cohortName }).click();
    await page.getByRole('link', { name: '批量导入' }).click();
    await page.getByRole('heading', { level: 1, name: '批量导入报名' }).waitFor();

    // The template, filled from row 2 down the way a person types into it.
    const [templateDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 Excel 模板' }).click(),
    ]);
    expect(templateDownload.suggestedFilename()).toBe(`${cohortName}-报名导入模板.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await templateDownload.path());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['报名信息', '填写说明']);
    const sheet = workbook.getWorksheet('报名信息')!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const rows = students();
    rows.forEach((row, i) => {
      sheet.getRow(i + 2).values = headers.map((h) => row[h] ?? '');
    });
    const file = join(mkdtempSync(join(tmpdir(), 'import-')), '报名名单.xlsx');
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));

    await page.locator('#importFile').setInputFiles(file);
    await page.getByLabel('我确认文件中的每位学生均已同意').check();
    await page.getByRole('button', { name: '上传并导入' }).click();

    const bar = page.locator('#import-progress-bar');
    await bar.waitFor();
    expect(await bar.getAttribute('max')).toBe('200');
    // Generous: the whole suite shares two cores with DynamoDB Local, and this is no speed test
    // (`pnpm bench bulk-import` measures the speed).
    await page.getByText('导入完成：接受 180 行，拒绝 20 行。').waitFor({ timeout: 150_000 });
    expect(await bar.getAttribute('value')).toBe('200');
    await expect.poll(() => page.locator('#import-progress-text').textContent()).toContain('已处理 200 / 200 行');

    // Rejected rows come first, each with the reason to fix.
    const table = page.locator('.import-rows');
    await table.waitFor();
    expect(await page.getByRole('tab', { name: '已拒绝（20）' }).getAttribute('aria-selected')).toBe('true');
    expect(await table.locator('tbody tr').count()).toBe(20);
    for (const [, reason] of MISTAKES) expect(await table.getByText(reason).count()).toBe(5);
    expect(await table.locator('tbody tr').first().locator('td').first().textContent()).toBe('11');

    await page.getByRole('tab', { name: '已接受（180）' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(50);
    await page.getByRole('button', { name: '加载更多' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(100);

    // The result file: the uploaded rows with 状态 and 原因.
    const [resultDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载结果文件' }).click(),
    ]);
    expect(resultDownload.suggestedFilename()).toBe('报名名单-导入结果.xlsx');
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(await resultDownload.path());
    const resultSheet = result.worksheets[0]!;
    const resultHeaders = (resultSheet.getRow(1).values as string[]).slice(1);
    const statusColumn = resultHeaders.indexOf('状态') + 1;
    const reasonColumn = resultHeaders.indexOf('原因') + 1;
    const statuses: Record<string, number> = {};
    for (let r = 2; r <= resultSheet.rowCount; r++) {
      const status = resultSheet.getRow(r).getCell(statusColumn).text;
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
    expect(statuses).toEqual({ 已接受: 180, 已拒绝: 20 });
    expect(resultSheet.getRow(11).getCell(reasonColumn).text).toBe('缺少手机号');

    // The import stays listed for the cohort and opens again with its results.
    await page.getByRole('button', { name: '再导入一个文件' }).click();
    await page.getByRole('heading', { name: '本批次的导入记录' }).waitFor();
    await page.getByRole('link', { name: '报名名单.xlsx' }).click();
    await page.getByRole('tab', { name: '已拒绝（20）' }).waitFor();
  }, 240_000);
  it('finishes 1,000 rows after the page is closed right after the upload, ' +
    'shows them finished when opened again, and mails the coordinator', async () => {
    const own = await openContext(browser);
    const page = await own.newPage();
    await signIn(page, app.url, coordinatorEmail);
    await page.goto(`${app.url}/cohorts/${cohortId}/import`);
    await page.getByRole('heading', { level: 1, name: '批量导入报名' }).waitFor();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('报名信息');
    const headers = Object.keys(students(1)[0]!);
    sheet.addRow(headers);
    for (const row of students(1000, 1990)) sheet.addRow(headers.map((h) => row[h] ?? ''));
    const file = join(mkdtempSync(join(tmpdir(), 'import-')), '千人名单.xlsx');
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));

    await page.locator('#importFile').setInputFiles(file);
    await page.getByLabel('我确认文件中的每位学生均已同意').check();
    await page.getByRole('button', { name: '上传并导入' }).click();
    await page.getByText('您可以关闭本页').waitFor();
    const importJobId = new URL(page.url()).searchParams.get('job')!;
    expect(importJobId).toMatch(/^imp_/);
    await page.close();

    // Nobody has the page open: the server carries the job to its end.
    const login = await fetch(`${app.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: coordinatorEmail, password: PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const jobNow = async () =>
      (await (
        await fetch(`${app.url}/v1/imports/${importJobId}`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as Record<string, unknown>;
    await expect.poll(async () => (await jobNow()).status, { timeout: 200_000, interval: 1_000 }).toBe('completed');
    expect(await jobNow()).toMatchObject({ totalRows: 1000, rowsDone: 1000, accepted: 900, rejected: 100 });

    const again = await own.newPage();
    await again.goto(`${app.url}/cohorts/${cohortId}/import?job=${importJobId}`);
    await again.getByText('导入完成：接受 900 行，拒绝 100 行。').waitFor();
    expect(await again.locator('#import-progress-bar').getAttribute('value')).toBe('1000');
    await again.getByRole('tab', { name: '已拒绝（100）' }).waitFor();

    const [mail] = await backbone.mailbox.waitFor(
      (m) => sentTo(coordinatorEmail)(m) && m.subject.includes('千人名单.xlsx'),
      { timeoutMs: 60_000 },
    );
    expect(mail!.subject).toContain('接受 900 行，拒绝 100 行');
    expect(mail!.text).toContain(`/cohorts/${cohortId}/import?job=${importJobId}`);
    await own.close();
  }, 300_000);
});
