import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { call, download } from '../support/http.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = [
  '姓名',
  '院校',
  '学历',
  '专业',
  '毕业年份',
  '手机',
  '邮箱',
  '籍贯',
  '本地生源',
  '意向社会实践',
  '意向全职岗位',
  '参加活动数',
  '首次登记时间',
  '最近更新时间',
];

let organiser: Account;
let coordinatorA: Account;
let uniA: Awaited<ReturnType<typeof newUniversity>>;
let uniB: Awaited<ReturnType<typeof newUniversity>>;
const people: Record<string, ReturnType<typeof person>> = {};

async function sheetAt(path: string, token: string) {
  const res = await download(path, { token });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe(XLSX);
  expect(res.headers.get('cache-control')).toBe('no-store');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body);
  const sheet = workbook.getWorksheet('意向人才')!;
  const cells = (row: number) =>
    Array.from({ length: HEADERS.length }, (_, i) => sheet.getRow(row).getCell(i + 1).value);
  return {
    headers: cells(1),
    rows: Array.from({ length: sheet.rowCount - 1 }, (_, i) => cells(i + 2)),
    disposition: res.headers.get('content-disposition') ?? '',
  };
}
const byName = (rows: unknown[][]) => new Map(rows.map((r) => [r[0] as string, r]));

beforeAll(async () => {
  organiser = await newAccount('organiser');
  [uniA, uniB] = [await newUniversity(), await newUniversity()];
  coordinatorA = await newAccount('coordinator', { universityId: uniA.universityId });
  const trip = await newTrip([uniA.universityId, uniB.universityId]);
  const [talk, fair] = [await newEvent(trip), await newEvent(trip, { kind: 'job_fair', title: '双选会' })];
  people.phd = person({
    universityId: uniA.universityId,
    universityName: uniA.name,
    degreeLevel: 'phd',
    major: '材料科学',
    graduationYear: 2026,
    fromRegion: false,
    interestedInFullTime: true,
    interestedInSummerProgramme: false,
  });
  people.master = person({
    universityId: uniA.universityId,
    universityName: uniA.name,
    major: '水利工程',
    hometown: '新疆阿克苏',
  });
  people.other = person({ universityId: uniB.universityId, universityName: uniB.name });
  for (const p of Object.values(people))
    expect((await call('POST', `/v1/public/events/${talk.eventId}/registrations`, { body: p })).status).toBe(201);
  // The same person at a second event stays one row, with two events.
  expect((await call('POST', `/v1/public/events/${fair.eventId}/registrations`, { body: people.master })).status).toBe(
    201,
  );
});

describe('the lead export', () => {
  it('has one row per lead of the filtered list, under Chinese headers, phones in full for organisers', async () => {
    const { headers, rows, disposition } = await sheetAt(
      `/v1/leads.xlsx?universityId=${uniA.universityId}`,
      organiser.token,
    );
    expect(headers).toEqual(HEADERS);
    expect(disposition).toMatch(/^attachment; filename="leads-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''/);
    expect(rows).toHaveLength(2);
    const found = byName(rows);
    expect(found.get(people.master!.name)).toEqual([
      people.master!.name,
      uniA.name,
      '硕士',
      '水利工程',
      2025,
      people.master!.phone,
      people.master!.email,
      '新疆阿克苏',
      '是',
      '是',
      '否',
      2,
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
    ]);
    expect(found.get(people.phd!.name)?.slice(2, 12)).toEqual([
      '博士',
      '材料科学',
      2026,
      people.phd!.phone,
      people.phd!.email,
      '阿克苏',
      '否',
      '否',
      '是',
      1,
    ]);
  });

  it('honours the same filters as the list', async () => {
    const uni = `universityId=${uniA.universityId}`;
    const names = async (query: string) =>
      (await sheetAt(`/v1/leads.xlsx?${uni}&${query}`, organiser.token)).rows.map((r) => r[0]);
    expect(await names('degreeLevel=phd')).toEqual([people.phd!.name]);
    expect(await names('graduationYear=2025')).toEqual([people.master!.name]);
    expect(await names('fromRegion=false')).toEqual([people.phd!.name]);
    expect(await names('interest=full_time')).toEqual([people.phd!.name]);
    expect(await names(`major=${encodeURIComponent('水利')}`)).toEqual([people.master!.name]);
    expect(await names(`q=${encodeURIComponent(people.master!.email)}`)).toEqual([people.master!.name]);
    expect(await names('degreeLevel=bachelor')).toEqual([]);
    // The list and the sheet agree on the same query.
    const list = await call('GET', `/v1/leads?${uni}&interest=summer_programme`, { token: organiser.token });
    expect(list.body.items.map((l: { name: string }) => l.name)).toEqual(await names('interest=summer_programme'));
  });

  it('gives a coordinator only their own university’s leads, phones masked', async () => {
    const own = await sheetAt('/v1/leads.xlsx', coordinatorA.token);
    expect(own.rows.length).toBeGreaterThanOrEqual(2);
    expect(own.rows.every((r) => r[1] === uniA.name)).toBe(true);
    expect(own.rows.map((r) => r[0])).not.toContain(people.other!.name);
    const phd = byName(own.rows).get(people.phd!.name)!;
    expect(phd[5]).toBe(`${people.phd!.phone.slice(0, 3)}****${people.phd!.phone.slice(7)}`);
    expect(own.rows.every((r) => /^\d{3}\*{4}\d{4}$/.test(String(r[5])))).toBe(true);
    // Another university's leads are simply not theirs, as in the list.
    expect((await sheetAt(`/v1/leads.xlsx?universityId=${uniB.universityId}`, coordinatorA.token)).rows).toEqual([]);
  });

  it('refuses signed-out callers and rejects bad filters field by field', async () => {
    expect((await download('/v1/leads.xlsx')).status).toBe(401);
    const bad = await call('GET', '/v1/leads.xlsx?graduationYear=abc&degreeLevel=x', { token: organiser.token });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'query.degreeLevel',
      'query.graduationYear',
    ]);
  });
});
