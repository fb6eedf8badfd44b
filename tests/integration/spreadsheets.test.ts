import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Events, localDateTime, type EventView, type TripView } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { call, download } from '../support/http.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let organiser: Account;
let trip: TripView;
let talk: EventView;
let fair: EventView;
let symposium: EventView;

const as = (method: string, path: string, body?: unknown) => call(method, path, { token: organiser.token, body });
const register = async (eventId: string, body = person()) =>
  (await call('POST', `/v1/public/events/${eventId}/registrations`, { body })).body;
const checkIn = (eventId: string, token: string) => as('POST', `/v1/events/${eventId}/check-ins`, { token });

async function workbookAt(path: string) {
  const res = await download(path, { token: organiser.token });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe(XLSX);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body);
  return { workbook, disposition: res.headers.get('content-disposition') ?? '' };
}

/** Every cell of a row, an empty one as null. */
const cells = (sheet: ExcelJS.Worksheet, row: number) =>
  Array.from({ length: sheet.columnCount }, (_, i) => sheet.getRow(row).getCell(i + 1).value);
/** Data rows below the header. */
const rows = (sheet: ExcelJS.Worksheet) => Array.from({ length: sheet.rowCount - 1 }, (_, i) => cells(sheet, i + 2));
const column = (sheet: ExcelJS.Worksheet, header: string) => rows(sheet).map((r) => r[cells(sheet, 1).indexOf(header)]);
const sum = (values: unknown[]) => values.reduce<number>((total, v) => total + (typeof v === 'number' ? v : 0), 0);
const utf8Filename = (disposition: string) =>
  decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '');

beforeAll(async () => {
  organiser = await newAccount('organiser');
  const [pku, tyut] = [await newUniversity({ name: `北京测试大学${Date.now()}` }), await newUniversity()];
  trip = await newTrip([pku.universityId], {
    title: '北京/太原 考察宣介',
    budgetFen: 5_000_000,
    expenses: [
      { item: '北京住宿', amountFen: 600_001, on: '2024-03-11' },
      { item: '太原场地', amountFen: 300_000, on: '2024-03-15' },
    ],
    stops: [
      { city: '北京', from: '2024-03-10', to: '2024-03-13', universityIds: [pku.universityId] },
      { city: '太原', from: '2024-03-14', to: '2024-03-16', universityIds: [tyut.universityId] },
    ],
  });
  const [beijing, taiyuan] = trip.stops;
  // The talk is still ahead (no no-shows yet); the fair and the symposium have taken place.
  talk = await newEvent(trip, { title: '才聚阿克苏宣讲会', startsAt: '2030-03-11T14:00:00+08:00' });
  fair = await newEvent(trip, {
    stopId: beijing!.stopId,
    kind: 'job_fair',
    title: '双选会',
    startsAt: '2024-03-12T01:30:00Z',
    capacity: 1,
  });
  symposium = await newEvent(trip, {
    stopId: taiyuan!.stopId,
    universityId: tyut.universityId,
    kind: 'symposium',
    title: '人才座谈会',
    startsAt: '2024-03-15T10:00:00+08:00',
  });

  const talkReceipts = [await register(talk.eventId), await register(talk.eventId), await register(talk.eventId)];
  await checkIn(talk.eventId, talkReceipts[0].checkInToken);
  await register(fair.eventId, person({ name: '未到场同学' }));
  expect((await register(fair.eventId, person({ name: '候补同学' }))).status).toBe('waitlisted');
  expect(
    (await as('POST', `/v1/events/${fair.eventId}/walk-ins`, person({ name: '现场同学', degreeLevel: 'phd' }))).status,
  ).toBe(201);
  const symposiumReceipt = await register(symposium.eventId, person({ universityId: tyut.universityId }));
  await checkIn(symposium.eventId, symposiumReceipt.checkInToken);
  await as('PATCH', `/v1/events/${symposium.eventId}`, { version: 1, status: 'held' });
});

describe('the trip report workbook', () => {
  it('has the JSON report’s figures per stop and in total, amounts in yuan with two decimals', async () => {
    const report = (await as('GET', `/v1/trips/${trip.tripId}/report`)).body;
    const { workbook, disposition } = await workbookAt(`/v1/trips/${trip.tripId}/report.xlsx`);
    expect(disposition).toMatch(
      new RegExp(`^attachment; filename="trip-report-${trip.tripId}\\.xlsx"; filename\\*=UTF-8''`),
    );
    expect(utf8Filename(disposition)).toBe('北京_太原 考察宣介-行程报告.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '活动']);

    const summary = workbook.getWorksheet('汇总')!;
    expect(cells(summary, 1)).toEqual([
      '站点/城市',
      '日期',
      '活动场次',
      '报名人数',
      '签到人数',
      '意向人才',
      '签约合作',
      '支出(元)',
      '每位意向人才成本(元)',
    ]);
    const expected = [
      ...report.stops.map((s: any) => [s.city, `${s.from} 至 ${s.to}`, s]),
      ['合计', `${report.startDate} 至 ${report.endDate}`, report.total],
    ];
    expect(rows(summary)).toEqual(
      expected.map(([place, dates, r]) => [
        place,
        dates,
        r.events,
        r.registrations,
        r.checkedIn,
        r.leads,
        r.partnershipsSigned,
        r.expensesFen / 100,
        r.costPerLeadFen === null ? '—' : r.costPerLeadFen / 100,
      ]),
    );
    expect(report.total).toMatchObject({ events: 3, registrations: 7, checkedIn: 3, expensesFen: 900_001 });
    expect(summary.getCell('H2').value).toBe(6000.01);
    expect(summary.getCell('H2').numFmt).toBe('#,##0.00');
    expect(summary.getCell('I4').numFmt).toBe('#,##0.00');
    expect(summary.getRow(summary.rowCount).font?.bold).toBe(true);
  });

  it('lists every event with its own attendance, in Chinese and Beijing time, adding up to the report', async () => {
    const report = (await as('GET', `/v1/trips/${trip.tripId}/report`)).body;
    const { workbook } = await workbookAt(`/v1/trips/${trip.tripId}/report.xlsx`);
    const sheet = workbook.getWorksheet('活动')!;
    expect(cells(sheet, 1)).toEqual([
      '名称',
      '类型',
      '日期时间',
      '场地',
      '院校',
      '容量',
      '报名',
      '候补',
      '签到',
      '未到场',
    ]);
    expect(rows(sheet)).toHaveLength(report.total.events);
    expect(sum(column(sheet, '报名')) + sum(column(sheet, '候补'))).toBe(report.total.registrations);
    expect(sum(column(sheet, '签到'))).toBe(report.total.checkedIn);

    const byTitle = new Map(rows(sheet).map((r) => [r[0], r]));
    // Time order: the 2024 fair and symposium before the 2030 talk.
    expect(column(sheet, '名称')).toEqual(['双选会', '人才座谈会', '才聚阿克苏宣讲会']);
    expect(byTitle.get('双选会')).toEqual([
      '双选会',
      '招聘会',
      '2024-03-12 09:30',
      '学生活动中心',
      expect.stringMatching(/^北京测试大学/),
      1,
      2,
      1,
      1,
      1,
    ]);
    expect(byTitle.get('人才座谈会')!.slice(1, 3)).toEqual(['座谈会', '2024-03-15 10:00']);
    const talkRow = byTitle.get('才聚阿克苏宣讲会')!;
    expect(talkRow.slice(1, 9)).toEqual([
      '宣讲会',
      '2030-03-11 14:00',
      '学生活动中心',
      expect.any(String),
      100,
      3,
      0,
      1,
    ]);
    expect(talkRow[9], 'no no-shows before the event').toBeNull();
    for (const event of [talk, fair, symposium]) {
      const counts = (await as('GET', `/v1/events/${event.eventId}/attendance`)).body.counts;
      const row = byTitle.get(event.title)!;
      expect(row.slice(5, 10)).toEqual([
        counts.capacity,
        counts.registered,
        counts.waitlisted,
        counts.checkedIn,
        counts.noShow,
      ]);
    }
  });

  it('answers 404 for a trip that does not exist', async () => {
    const res = await download('/v1/trips/trp_00000000000000000000000000/report.xlsx', { token: organiser.token });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('the attendance workbook', () => {
  it('lists every registration with status and times, agreeing with the attendance counts', async () => {
    const attendance = (await as('GET', `/v1/events/${fair.eventId}/attendance`)).body;
    const { workbook, disposition } = await workbookAt(`/v1/events/${fair.eventId}/attendance.xlsx`);
    expect(utf8Filename(disposition)).toBe('双选会-2024-03-12-签到名单.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['签到名单']);
    const sheet = workbook.worksheets[0]!;
    expect(cells(sheet, 1)).toEqual([
      '姓名',
      '院校',
      '学历',
      '专业',
      '毕业年份',
      '手机',
      '邮箱',
      '状态',
      '报名时间',
      '签到时间',
    ]);

    const { counts } = attendance;
    const statuses = column(sheet, '状态');
    expect(statuses).toHaveLength(counts.registered + counts.waitlisted);
    expect(statuses.filter((s) => s === '已签到')).toHaveLength(counts.checkedIn);
    expect(statuses.filter((s) => s === '候补')).toHaveLength(counts.waitlisted);
    expect(statuses.filter((s) => s === '未到场')).toHaveLength(counts.noShow);
    expect(column(sheet, '签到时间').filter(Boolean)).toHaveLength(counts.checkedIn);

    const byName = new Map(rows(sheet).map((r) => [r[0], r]));
    expect(byName.get('未到场同学')!.slice(7)).toEqual([
      '未到场',
      expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
      null,
    ]);
    expect(byName.get('候补同学')![7]).toBe('候补');
    const walkIn = attendance.items.find((r: any) => r.name === '现场同学');
    expect(byName.get('现场同学')).toEqual([
      '现场同学',
      '北京大学',
      '博士',
      walkIn.major,
      walkIn.graduationYear,
      walkIn.phone,
      walkIn.email,
      '已签到',
      localDateTime(walkIn.createdAt),
      localDateTime(walkIn.checkedInAt),
    ]);
    expect(typeof walkIn.phone).toBe('string');
  });

  it('reads every page of a large event, not just the first', async () => {
    const big = await newEvent(trip, { title: '大型宣讲会', capacity: 1000 });
    const total = 105;
    // One after another: every registration writes the event's one seat item, so concurrent ones
    // only retry each other's conflicts (concurrency has its own tests in registrations.test.ts).
    for (let i = 0; i < total; i++) await Events.registerPublic(big.eventId, person(), 'spreadsheet-test');
    const firstPage = (await as('GET', `/v1/events/${big.eventId}/attendance?limit=100`)).body;
    expect(firstPage.nextCursor).not.toBeNull();
    const { workbook } = await workbookAt(`/v1/events/${big.eventId}/attendance.xlsx`);
    const sheet = workbook.worksheets[0]!;
    expect(rows(sheet)).toHaveLength(total);
    expect(new Set(column(sheet, '邮箱')).size).toBe(total);
    expect(new Set(column(sheet, '状态'))).toEqual(new Set(['已报名']));
  });

  it('is refused to coordinators and answers 404 for an unknown event', async () => {
    const coordinator = await newAccount('coordinator', { universityId: talk.universityId });
    const refused = await download(`/v1/events/${talk.eventId}/attendance.xlsx`, { token: coordinator.token });
    expect(refused.status).toBe(403);
    expect(
      (await download('/v1/events/evt_00000000000000000000000000/attendance.xlsx', { token: organiser.token })).status,
    ).toBe(404);
  });
});
