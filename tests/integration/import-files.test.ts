import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, maskNationalId } from '@aksu/core';
import type { Account } from '../support/accounts.ts';
import { call, download } from '../support/http.ts';
import { twoUniversities, universityCounters } from '../support/cohorts.ts';
import {
  csvOf,
  encodeGbk,
  nationalId,
  openCohort,
  rowsOf,
  runToEnd,
  studentRow,
  upload,
  xlsxOf,
} from '../support/imports.ts';

let uniA: string;
let uniB: string;
let coordinatorA: Account;
let coordinatorB: Account;
let organiser: Account;

beforeAll(async () => {
  ({ organiser, coordinatorA, coordinatorB, uniA, uniB } = await twoUniversities());
});

const submitted = async (cohortId: string, universityId: string) =>
  (await universityCounters(cohortId, universityId)).submitted;

describe('bulk import files and results', () => {
  it('reads a GBK CSV with stray spaces and full-width characters', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 50 }]);
    const id = nationalId();
    const fullWidth = id.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const csv = csvOf([
      studentRow({ 姓名: '  李 四 ', 身份证号: fullWidth, 邮箱: ' Li.Si@Example.com ', 是否阿克苏籍: ' 否 ' }),
    ]);
    // GBK bytes for the whole file: the gb18030 decoder's inverse is not in Node, so encode by hand.
    const gbk = await encodeGbk(csv);
    const created = await upload(cohort.cohortId, gbk, coordinatorA.token, { filename: '名单.csv' });
    expect(created.body).toMatchObject({ format: 'csv', totalRows: 1, rejected: 0 });
    const job = await runToEnd(created.body.importJobId, coordinatorA.token);
    expect(job.accepted).toBe(1);
    const [row] = await rowsOf(job.importJobId, coordinatorA.token);
    const { data } = await db().service.entities.cohortRegistration.get({ registrationId: row!.registrationId! }).go();
    expect(data).toMatchObject({
      name: '李四',
      email: 'li.si@example.com',
      fromRegion: false,
      nationalIdMasked: maskNationalId(id),
      source: 'import',
      importJobId: job.importJobId,
    });
  });

  it('refuses a file without the required columns, naming them', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 5 }]);
    const res = await upload(cohort.cohortId, '姓名,手机号\n张三,13800138000\n', coordinatorA.token);
    expect(res.status).toBe(400);
    expect(res.body.missingColumns).toEqual(expect.arrayContaining(['身份证号', '学历层次', '紧急联系人']));
  });

  it('keeps coordinators to their own university and lets organisers name one', async () => {
    const cohort = await openCohort([
      { universityId: uniA, quota: 5 },
      { universityId: uniB, quota: 5 },
    ]);
    const file = await xlsxOf([studentRow()]);
    expect((await upload(cohort.cohortId, file, coordinatorA.token, { universityId: uniB })).status).toBe(404);
    const mine = await upload(cohort.cohortId, file, coordinatorA.token);
    for (const path of ['', '/rows', '/result.xlsx']) {
      expect(
        (await call('GET', `/v1/imports/${mine.body.importJobId}${path}`, { token: coordinatorB.token })).status,
      ).toBe(404);
    }
    expect((await call('POST', `/v1/imports/${mine.body.importJobId}/run`, { token: coordinatorB.token })).status).toBe(
      404,
    );
    expect((await upload(cohort.cohortId, file, organiser.token)).status).toBe(400);
    const theirs = await upload(cohort.cohortId, await xlsxOf([studentRow()]), organiser.token, { universityId: uniB });
    expect(theirs.body.universityId).toBe(uniB);
    expect((await runToEnd(theirs.body.importJobId, organiser.token)).accepted).toBe(1);

    const list = async (token: string, query = '') =>
      call('GET', `/v1/cohorts/${cohort.cohortId}/imports${query}`, { token });
    const ids = (res: { body: { items: { importJobId: string }[] } }) => res.body.items.map((j) => j.importJobId);
    expect(ids(await list(coordinatorA.token))).toEqual([mine.body.importJobId]);
    expect(ids(await list(organiser.token))).toEqual([theirs.body.importJobId, mine.body.importJobId]);
    expect(ids(await list(organiser.token, `?universityId=${uniB}`))).toEqual([theirs.body.importJobId]);
    expect((await list(coordinatorA.token, `?universityId=${uniB}`)).status).toBe(404);
  });

  it('returns the first job for a retry with the same Idempotency-Key', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 5 }]);
    const file = await xlsxOf([studentRow()]);
    const headers = { 'idempotency-key': `import-${Date.now()}` };
    const [a, b] = [
      await upload(cohort.cohortId, file, coordinatorA.token, {}, headers),
      await upload(cohort.cohortId, file, coordinatorA.token, {}, headers),
    ];
    expect(b.body.importJobId).toBe(a.body.importJobId);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
  });

  it('gives back the rows with a status and reason column, national IDs masked for every role', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 50 }]);
    const rows = [studentRow(), studentRow({ 邮箱: 'bad' }), studentRow()];
    const created = await upload(cohort.cohortId, await xlsxOf(rows), coordinatorA.token);
    await runToEnd(created.body.importJobId, coordinatorA.token);
    const file = await download(`/v1/imports/${created.body.importJobId}/result.xlsx`, { token: coordinatorA.token });
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header[0]).toBe('行号');
    expect(header.slice(-2)).toEqual(['状态', '原因']);
    const statusColumn = header.indexOf('状态') + 1;
    const statuses = [2, 3, 4].map((r) => sheet.getRow(r).getCell(statusColumn).text);
    expect(statuses).toEqual(['已接受', '已拒绝', '已接受']);
    expect(sheet.getRow(3).getCell(statusColumn + 1).text).toContain('邮箱');
    const idColumn = header.indexOf('身份证号') + 1;
    expect(sheet.getRow(2).getCell(idColumn).text).toMatch(/^\d{3}\*+\d{3}[\dX]$/);
    const organiserCopy = await download(`/v1/imports/${created.body.importJobId}/result.xlsx`, {
      token: organiser.token,
    });
    const full = new ExcelJS.Workbook();
    await full.xlsx.load(organiserCopy.body);
    // The full ID is shown on one screen only (an organiser's single-registration view), never in a file.
    const organiserId = full.worksheets[0]!.getRow(2).getCell(idColumn).text;
    expect(organiserId).toMatch(/^\d{3}\*+\d{3}[\dX]$/);
    const organiserIds = [2, 3, 4].map((r) => full.worksheets[0]!.getRow(r).getCell(idColumn).text);
    expect(organiserIds.every((text, i) => text === maskNationalId(rows[i]!['身份证号']!))).toBe(true);
  });

  it('imports 1,000 rows', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 1_000 }]);
    const file = await xlsxOf(Array.from({ length: 1_000 }, () => studentRow()));
    const started = performance.now();
    const created = await upload(cohort.cohortId, file, coordinatorA.token);
    expect(created.status).toBe(201);
    const job = await runToEnd(created.body.importJobId, coordinatorA.token);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `import of 1,000 rows (${Math.round(file.length / 1024)} ` +
        `KB .xlsx): ${seconds.toFixed(2)} s from upload to completed`,
    );
    expect(job).toMatchObject({ status: 'completed', accepted: 1_000, rejected: 0 });
    expect(await submitted(cohort.cohortId, uniA)).toBe(1_000);

    // The rows page through in file order, each once, in pages of the size asked for.
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      type RowsPage = { items: { status: string; rowNumber: number }[]; nextCursor: string | null };
      const page: { status: number; body: RowsPage } = await call(
        'GET',
        `/v1/imports/${job.importJobId}/rows?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        {
          token: coordinatorA.token,
        },
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(100);
      expect(page.body.items.every((r) => r.status === 'accepted')).toBe(true);
      seen.push(...page.body.items.map((r) => r.rowNumber));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 1_000 }, (_, i) => i + 2));
    expect(await rowsOf(job.importJobId, coordinatorA.token, 'rejected')).toEqual([]);
  });

  it('pages the rows of one state and refuses a cursor it did not hand out', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 50 }]);
    const rows = Array.from({ length: 7 }, (_, i) => (i % 2 ? studentRow({ 手机号: '12345' }) : studentRow()));
    const created = await upload(cohort.cohortId, await xlsxOf(rows), coordinatorA.token);
    const job = await runToEnd(created.body.importJobId, coordinatorA.token);
    expect(job).toMatchObject({ accepted: 4, rejected: 3 });
    const path = `/v1/imports/${job.importJobId}/rows?status=accepted&limit=3`;
    const first = await call('GET', path, { token: coordinatorA.token });
    expect(first.body.items.map((r: { rowNumber: number }) => r.rowNumber)).toEqual([2, 4, 6]);
    const second = await call('GET', `${path}&cursor=${first.body.nextCursor}`, { token: coordinatorA.token });
    expect(second.body).toMatchObject({ items: [{ rowNumber: 8, status: 'accepted' }], nextCursor: null });
    const forged = await call('GET', `${path}&cursor=not-a-cursor`, { token: coordinatorA.token });
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe('invalid_cursor');
  });
});
