/** The attendance workbook of one event: every registration with its status and times, every page read. */
import { beforeAll, describe, expect, it } from 'vitest';
import { Events, localDateTime, type EventView, type TripView } from '@aksu/core';
import { newAccount, type Account } from '../support/accounts.ts';
import { newEvent, person } from '../support/events.ts';
import { download } from '../support/http.ts';
import { cells, column, organiserCalls, reportedTrip, rows, utf8Filename } from '../support/trip-workbooks.ts';

let organiser: Account;
let trip: TripView;
let talk: EventView;
let fair: EventView;

beforeAll(async () => {
  ({ organiser, trip, talk, fair } = await reportedTrip());
});

const { as, workbookAt } = organiserCalls(() => organiser);

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
