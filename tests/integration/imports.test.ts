import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Cohorts, db, maskNationalId, registerBatch } from '@aksu/core';
import { newAccount, newUniversity, SYSTEM, type Account } from '../support/accounts.ts';
import { call, concurrently, download } from '../support/http.ts';
import { base64, csvOf, nationalId, openCohort, registrationOf, studentRow, xlsxOf } from '../support/imports.ts';

let uniA: string;
let uniB: string;
let coordinatorA: Account;
let coordinatorB: Account;
let organiser: Account;

beforeAll(async () => {
  [uniA, uniB] = [(await newUniversity()).universityId, (await newUniversity()).universityId];
  coordinatorA = await newAccount('coordinator', { universityId: uniA });
  coordinatorB = await newAccount('coordinator', { universityId: uniB });
  organiser = await newAccount('organiser');
});

const upload = (cohortId: string, content: Uint8Array | string, token: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  call('POST', `/v1/cohorts/${cohortId}/imports`, { token, headers, body: { filename: '报名.xlsx', content: base64(content), consent: true, ...extra } });

/** Runs the job to the end, as the web does: again while a run stops short. */
async function runToEnd(jobId: string, token: string) {
  for (let i = 0; i < 20; i++) {
    const res = await call('POST', `/v1/imports/${jobId}/run`, { token });
    expect(res.status).toBe(200);
    if (res.body.status === 'completed') return res.body;
  }
  throw new Error('the import did not finish');
}

async function rowsOf(jobId: string, token: string, status?: string) {
  const res = await call('GET', `/v1/imports/${jobId}/rows?limit=100${status ? `&status=${status}` : ''}`, { token });
  expect(res.status).toBe(200);
  return res.body.items as { rowNumber: number; status: string; reason?: string; message?: string; registrationId?: string }[];
}

const submitted = async (cohortId: string, universityId: string) =>
  (await Cohorts.summary(SYSTEM, cohortId)).universities.find((u: { universityId: string }) => u.universityId === universityId)!.submitted;

describe('bulk import', () => {
  it('accepts the valid rows and gives each rejected row its reason', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 50 }]);
    const twin = nationalId();
    const rows = [
      studentRow({ 姓名: ' 张　三 ', 手机号: '１３８ ００１３ ８０００'.replace(/ /g, '') }),
      studentRow({ 身份证号: twin }),
      studentRow(),
      studentRow({ 手机号: '' }),
      studentRow({ 身份证号: '110101200001011233' }),
      studentRow({ 学历层次: '本科' }),
      studentRow({ 身份证号: twin }),
      studentRow({ 手机号: '12345' }),
    ];
    const created = await upload(cohort.cohortId, await xlsxOf(rows), coordinatorA.token);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'pending', totalRows: 8, rowsDone: 5, rejected: 5, accepted: 0, universityId: uniA });

    const job = await runToEnd(created.body.importJobId, coordinatorA.token);
    expect(job).toMatchObject({ status: 'completed', totalRows: 8, rowsDone: 8, accepted: 3, rejected: 5 });

    const all = await rowsOf(job.importJobId, coordinatorA.token);
    expect(all.map((r) => [r.rowNumber, r.status, r.reason ?? null])).toEqual([
      [2, 'accepted', null],
      [3, 'accepted', null],
      [4, 'accepted', null],
      [5, 'rejected', 'missing_field'],
      [6, 'rejected', 'invalid_national_id'],
      [7, 'rejected', 'not_eligible'],
      [8, 'rejected', 'duplicate_in_file'],
      [9, 'rejected', 'invalid_phone'],
    ]);
    expect(all[3]!.message).toBe('缺少手机号');
    expect(all[4]!.message).toContain('校验位');
    expect(all[6]!.message).toContain('第 3 行');
    expect(all.filter((r) => r.status === 'accepted').every((r) => r.registrationId?.startsWith('crg_'))).toBe(true);
    const rejected = await rowsOf(job.importJobId, coordinatorA.token, 'rejected');
    expect(rejected.map((r) => r.rowNumber)).toEqual([5, 6, 7, 8, 9]);
    expect(await submitted(cohort.cohortId, uniA)).toBe(3);
  });

  it('creates no duplicates when the same file is uploaded again, even twice at once', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 50 }]);
    const file = await xlsxOf(Array.from({ length: 30 }, () => studentRow()));
    const first = await upload(cohort.cohortId, file, coordinatorA.token);
    expect((await runToEnd(first.body.importJobId, coordinatorA.token)).accepted).toBe(30);

    const again = await concurrently(2, () => upload(cohort.cohortId, file, coordinatorA.token));
    const jobs = await Promise.all(again.map((res) => runToEnd(res.body.importJobId, coordinatorA.token)));
    for (const job of jobs) expect(job).toMatchObject({ accepted: 0, rejected: 30 });
    const reasons = await rowsOf(jobs[0]!.importJobId, coordinatorA.token, 'rejected');
    expect(new Set(reasons.map((r) => r.reason))).toEqual(new Set(['duplicate_person']));
    expect(await submitted(cohort.cohortId, uniA)).toBe(30);
  });

  it('rejects the rows beyond the quota with the reason', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 5 }]);
    const created = await upload(cohort.cohortId, await xlsxOf(Array.from({ length: 8 }, () => studentRow())), coordinatorA.token);
    const job = await runToEnd(created.body.importJobId, coordinatorA.token);
    expect(job).toMatchObject({ accepted: 5, rejected: 3 });
    const rejected = await rowsOf(job.importJobId, coordinatorA.token, 'rejected');
    expect(rejected.map((r) => r.reason)).toEqual(['quota_exceeded', 'quota_exceeded', 'quota_exceeded']);
    expect(rejected[0]!.message).toContain('名额');
    expect(await submitted(cohort.cohortId, uniA)).toBe(5);
  });

  it('registers each row once when several runs of one job race', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 200 }]);
    const created = await upload(cohort.cohortId, await xlsxOf(Array.from({ length: 100 }, () => studentRow())), coordinatorA.token);
    await concurrently(6, () => call('POST', `/v1/imports/${created.body.importJobId}/run`, { token: coordinatorA.token }));
    const job = await runToEnd(created.body.importJobId, coordinatorA.token);
    expect(job).toMatchObject({ rowsDone: 100, accepted: 100, rejected: 0 });
    expect(await submitted(cohort.cohortId, uniA)).toBe(100);
  });

  it('counts each batch once when a runner whose lease lapsed carries on beside the next one', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 600 }]);
    const created = await upload(cohort.cohortId, await xlsxOf(Array.from({ length: 600 }, () => studentRow())), coordinatorA.token);
    const { importJob } = db().service.entities;
    const jobId = { importJobId: created.body.importJobId };
    const slow = call('POST', `/v1/imports/${jobId.importJobId}/run`, { token: coordinatorA.token });
    // Once the first runner holds the job, its lease is made to lapse as a stalled Lambda's would.
    while ((await importJob.get(jobId).go({ consistent: true })).data!.status !== 'processing');
    await importJob.patch(jobId).set({ leaseUntil: 0 }).go();
    const [first, second] = await Promise.all([slow, call('POST', `/v1/imports/${jobId.importJobId}/run`, { token: coordinatorA.token })]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const job = await runToEnd(jobId.importJobId, coordinatorA.token);
    expect(job).toMatchObject({ totalRows: 600, rowsDone: 600, accepted: 600, rejected: 0 });
    expect(await submitted(cohort.cohortId, uniA)).toBe(600);
  });

  it('counts a row registered by a run that stopped before storing its outcome as accepted, not duplicate', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 50 }]);
    const rows = [studentRow(), studentRow(), studentRow()];
    const created = await upload(cohort.cohortId, await xlsxOf(rows), coordinatorA.token);
    // What a run that died after registering row 2 leaves behind: its registration, the row still waiting.
    const actor = { userId: coordinatorA.user.userId, role: 'coordinator' as const, universityId: uniA };
    const [early] = await registerBatch(actor, cohort.cohortId, [registrationOf(rows[0]!)], { source: 'import', importJobId: created.body.importJobId });
    expect(early?.ok).toBe(true);
    const job = await runToEnd(created.body.importJobId, coordinatorA.token);
    expect(job).toMatchObject({ accepted: 3, rejected: 0 });
    const [first] = await rowsOf(job.importJobId, coordinatorA.token);
    expect(first).toMatchObject({ status: 'accepted', registrationId: early!.ok ? early!.registration.registrationId : '' });
    expect(await submitted(cohort.cohortId, uniA)).toBe(3);
  });

  it('reads a GBK CSV with stray spaces and full-width characters', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 50 }]);
    const id = nationalId();
    const fullWidth = id.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const csv = csvOf([studentRow({ 姓名: '  李 四 ', 身份证号: fullWidth, 邮箱: ' Li.Si@Example.com ', 是否阿克苏籍: ' 否 ' })]);
    // GBK bytes for the whole file: the gb18030 decoder's inverse is not in Node, so encode by hand.
    const gbk = await encodeGbk(csv);
    const created = await upload(cohort.cohortId, gbk, coordinatorA.token, { filename: '名单.csv' });
    expect(created.body).toMatchObject({ format: 'csv', totalRows: 1, rejected: 0 });
    const job = await runToEnd(created.body.importJobId, coordinatorA.token);
    expect(job.accepted).toBe(1);
    const [row] = await rowsOf(job.importJobId, coordinatorA.token);
    const { data } = await db().service.entities.cohortRegistration.get({ registrationId: row!.registrationId! }).go();
    expect(data).toMatchObject({ name: '李四', email: 'li.si@example.com', fromRegion: false, nationalIdMasked: maskNationalId(id), source: 'import', importJobId: job.importJobId });
  });

  it('refuses a file without the required columns, naming them', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 5 }]);
    const res = await upload(cohort.cohortId, '姓名,手机号\n张三,13800138000\n', coordinatorA.token);
    expect(res.status).toBe(400);
    expect(res.body.missingColumns).toEqual(expect.arrayContaining(['身份证号', '学历层次', '紧急联系人']));
  });

  it('keeps coordinators to their own university and lets organisers name one', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 5 }, { universityId: uniB, quota: 5 }]);
    const file = await xlsxOf([studentRow()]);
    expect((await upload(cohort.cohortId, file, coordinatorA.token, { universityId: uniB })).status).toBe(404);
    const mine = await upload(cohort.cohortId, file, coordinatorA.token);
    for (const path of ['', '/rows', '/result.xlsx']) {
      expect((await call('GET', `/v1/imports/${mine.body.importJobId}${path}`, { token: coordinatorB.token })).status).toBe(404);
    }
    expect((await call('POST', `/v1/imports/${mine.body.importJobId}/run`, { token: coordinatorB.token })).status).toBe(404);
    expect((await upload(cohort.cohortId, file, organiser.token)).status).toBe(400);
    const theirs = await upload(cohort.cohortId, await xlsxOf([studentRow()]), organiser.token, { universityId: uniB });
    expect(theirs.body.universityId).toBe(uniB);
    expect((await runToEnd(theirs.body.importJobId, organiser.token)).accepted).toBe(1);

    const list = async (token: string, query = '') => call('GET', `/v1/cohorts/${cohort.cohortId}/imports${query}`, { token });
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
    const [a, b] = [await upload(cohort.cohortId, file, coordinatorA.token, {}, headers), await upload(cohort.cohortId, file, coordinatorA.token, {}, headers)];
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
    const organiserCopy = await download(`/v1/imports/${created.body.importJobId}/result.xlsx`, { token: organiser.token });
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
    console.log(`import of 1,000 rows (${Math.round(file.length / 1024)} KB .xlsx): ${seconds.toFixed(2)} s from upload to completed`);
    expect(job).toMatchObject({ status: 'completed', accepted: 1_000, rejected: 0 });
    expect(await submitted(cohort.cohortId, uniA)).toBe(1_000);

    // The rows page through in file order, each once, in pages of the size asked for.
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      type RowsPage = { items: { status: string; rowNumber: number }[]; nextCursor: string | null };
      const page: { status: number; body: RowsPage } = await call('GET', `/v1/imports/${job.importJobId}/rows?limit=100${cursor ? `&cursor=${cursor}` : ''}`, {
        token: coordinatorA.token,
      });
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

/** GBK encoding of a mostly-ASCII text, built from a decoder table of the characters it uses. */
async function encodeGbk(text: string): Promise<Uint8Array> {
  const decoder = new TextDecoder('gbk');
  const wanted = new Set([...text].filter((ch) => ch.charCodeAt(0) > 0x7f));
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe && table.size < wanted.size; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(Uint8Array.of(hi, lo));
      if (wanted.has(ch) && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code <= 0x7f) bytes.push(code);
    else if (table.has(ch)) bytes.push(...table.get(ch)!);
    else throw new Error(`no GBK code for ${ch}`);
  }
  return Uint8Array.from(bytes);
}
