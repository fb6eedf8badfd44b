/** The trip report workbook: the JSON report's figures per stop and event, in Chinese and Beijing time. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventView, TripView } from '@aksu/core';
import type { Account } from '../support/accounts.ts';
import { download } from '../support/http.ts';
import { cells, column, organiserCalls, reportedTrip, rows, sum, utf8Filename } from '../support/trip-workbooks.ts';

let organiser: Account;
let trip: TripView;
let talk: EventView;
let fair: EventView;
let symposium: EventView;

beforeAll(async () => {
  ({ organiser, trip, talk, fair, symposium } = await reportedTrip());
});

const { as, workbookAt } = organiserCalls(() => organiser);

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
