/** 招才引智 as one story: a trip built on screen, a student registering on a phone, the door, the report, the leads export. */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, localDate, Universities, type UniversityView } from '@aksu/core';
import { person } from '../support/events.ts';
import { browserSession, createAccount, PHONE, signIn, SYSTEM, unique } from './harness.ts';
import { addEvent, fillNewTrip, fillPublicRegistration, readDrawnQr } from './trip-screens.ts';

const session = browserSession();
let first: UniversityView;
let second: UniversityView;
let organiserEmail: string;
let organiser: Page;
const trip = { id: '', title: '' };
const talk = { id: '', title: '' };
let token = '';
let studentEmail = '';

beforeAll(async () => {
  const id = unique();
  [first, second] = await Promise.all([
    Universities.create(SYSTEM, { name: `行程测试大学${id}`, city: '西安', province: '陕西' }),
    Universities.create(SYSTEM, { name: `行程测试理工大学${id}`, city: '兰州', province: '甘肃' }),
  ]);
  organiserEmail = `trips.${id}@example.org`;
  await createAccount({ email: organiserEmail, name: '招才专员', role: 'organiser', isAdmin: false });
  organiser = await session.newPage();
  await signIn(organiser, session.url, organiserEmail);
});

describe('招才引智: trip, public registration, check-in, report and its Excel export', () => {
  it('lets an organiser create a trip with two stops and three events', async () => {
    const page = organiser;
    const start = addDays(localDate(), 10);
    trip.title = `春季招才引智行${unique()}`;
    await fillNewTrip(page, trip.title, start, [
      ['西安', first, start, addDays(start, 2)],
      ['兰州', second, addDays(start, 3), addDays(start, 6)],
    ]);
    await page.getByRole('button', { name: '创建行程' }).click();
    await page.getByText('行程已创建。').waitFor();
    trip.id = /\/trips\/(trp_\w+)/.exec(page.url())?.[1] ?? '';
    expect(trip.id).not.toBe('');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(trip.title);

    talk.title = `硕博人才专场宣讲会${unique()}`;
    await addEvent(page, 0, '宣讲会', talk.title, `${start}T14:30`);
    await addEvent(page, 0, '座谈会', `校地合作座谈会${unique()}`, `${addDays(start, 1)}T10:00`);
    await addEvent(page, 1, '签约仪式', `实践基地签约仪式${unique()}`, `${addDays(start, 4)}T09:00`);
    await expect(page.locator('section.stop').nth(0).locator('.event-card').count()).resolves.toBe(2);
    await expect(page.locator('section.stop').nth(1).locator('.event-card').count()).resolves.toBe(1);

    const href = await page
      .locator('.event-card', { hasText: talk.title })
      .locator('.event-link a')
      .getAttribute('href');
    talk.id = /\/e\/(evt_\w+)$/.exec(href ?? '')?.[1] ?? '';
    expect(talk.id).not.toBe('');
  });

  it('lets a student register on a phone without signing in and shows the check-in QR', async () => {
    const page = await session.newPage(PHONE);
    await page.goto(`${session.url}/e/${talk.id}`);
    await page.getByRole('heading', { level: 1, name: talk.title }).waitFor();
    await expect(page.locator('.seats-left').textContent()).resolves.toBe('60 / 60');
    studentEmail = `li.ming.${unique()}@example.edu.cn`;
    await fillPublicRegistration(page, '李明', studentEmail);

    // Without consent nothing is sent and the box says why, in Chinese.
    await page.getByRole('button', { name: '提交报名' }).click();
    await page.getByText('请勾选同意个人信息处理说明后再提交。').waitFor();
    await page.getByLabel('我已阅读并同意上述个人信息处理说明').check();
    await page.getByRole('button', { name: '提交报名' }).click();

    await page.getByRole('heading', { level: 2, name: '已报名' }).waitFor();
    token = (await page.locator('.check-in-token').textContent()) ?? '';
    expect(token.length).toBeGreaterThanOrEqual(10);
    await page.locator('canvas.qr-code[data-drawn="true"]').waitFor();
    expect(await readDrawnQr(page)).toBe(token);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
  });

  it('checks the student in once by the QR token and reports a second scan as already checked in', async () => {
    const page = organiser;
    await page.goto(`${session.url}/events/${talk.id}/check-in`);
    const input = page.getByLabel('签到码');
    await input.fill(token);
    await input.press('Enter');
    await expect(page.locator('.scan-outcome .alert-title').textContent()).resolves.toBe('签到成功');
    await page.locator('.scan-outcome', { hasText: '李明' }).waitFor();

    await input.fill(token);
    await input.press('Enter');
    await page.locator('.scan-outcome .alert-title', { hasText: '已签到' }).waitFor();
    await page.locator('.scan-outcome', { hasText: '签到时间' }).waitFor();
    await page.locator('.check-in-counts', { hasText: '已签到 1 / 已报名 1' }).waitFor();

    await input.fill('not-a-real-code-0000');
    await input.press('Enter');
    await page.locator('.scan-outcome .alert-title', { hasText: '无效二维码' }).waitFor();
  });

  it(
    'counts the registration and the check-in in the trip ' + 'report and its Excel file, for the stop and in total',
    async () => {
      const page = organiser;
      await page.goto(`${session.url}/trips/${trip.id}`);
      await page.getByRole('link', { name: '行程报告' }).click();
      await page.locator('.report-table').waitFor();
      const cell = (row: string, field: string) => page.locator(`${row} td[data-field="${field}"]`).textContent();
      const stop = '.report-table tbody tr:nth-child(1)';
      const total = '.report-table tfoot tr';
      for (const row of [stop, total]) {
        await expect(cell(row, 'registrations')).resolves.toBe('1');
        await expect(cell(row, 'checkedIn')).resolves.toBe('1');
        await expect(cell(row, 'leads')).resolves.toBe('1');
      }
      await expect(cell('.report-table tbody tr:nth-child(2)', 'registrations')).resolves.toBe('0');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载 Excel' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${trip.title}-行程报告.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await download.path());
      const summary = workbook.getWorksheet('汇总')!;
      expect(summary.getRow(1).values).toEqual(expect.arrayContaining(['站点/城市', '报名人数', '签到人数']));
      const rows = summary.getSheetValues().filter(Array.isArray) as unknown[][];
      const row = (place: string) => rows.find((r) => r[1] === place)!;
      // Columns: place, dates, events, registrations, checked in, leads.
      expect(row('西安').slice(3, 7)).toEqual([2, 1, 1, 1]);
      expect(row('兰州').slice(3, 7)).toEqual([1, 0, 0, 0]);
      expect(row('合计').slice(3, 7)).toEqual([3, 1, 1, 1]);
    },
  );

  it('checks in by hand someone found by name whose code will not scan', async () => {
    const name = `王芳${unique()}`;
    const registered = await fetch(`${session.url}/v1/public/events/${talk.id}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(person({ name })),
    });
    expect(registered.status).toBe(201);
    const page = organiser;
    await page.goto(`${session.url}/events/${talk.id}/check-in`);
    await page.locator('#search-q').fill(name);
    await page.getByRole('button', { name: '查找', exact: true }).click();
    const row = page.locator('.registration-row', { hasText: name });
    await row.getByRole('button', { name: `为 ${name} 签到` }).click();
    await row.locator('text=签到时间').waitFor();
    await expect(row.getByRole('button', { name: `为 ${name} 签到` }).count()).resolves.toBe(0);
  });

  it('exports the filtered leads as an Excel file with Chinese headers', async () => {
    const page = organiser;
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '意向人才' }).click();
    await page.getByLabel('关键词').fill(studentEmail);
    await page.getByLabel('专业').fill('电气');
    await page.locator('.result-count', { hasText: '共 1 人' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^意向人才-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('意向人才')!;
    const rows = sheet.getSheetValues().filter(Array.isArray) as unknown[][];
    expect(rows[0]!.slice(1, 8)).toEqual(['姓名', '院校', '学历', '专业', '毕业年份', '手机', '邮箱']);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(1, 8)).toEqual([
      '李明',
      first.name,
      '硕士',
      '电气工程',
      new Date().getFullYear() + 1,
      '13912345678',
      studentEmail,
    ]);
  });
});
