/**
 * The trip-report and attendance workbook tests' ground: a trip of two stops with a talk ahead, a
 * fair and a symposium held, their registrations and check-ins; and reading a downloaded workbook.
 */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { EventView, TripView } from '@aksu/core';
import { newAccount, newUniversity, type Account } from './accounts.ts';
import { newEvent, newTrip, person } from './events.ts';
import { call, download } from './http.ts';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Calls and downloads as the organiser. */
export function organiserCalls(organiser: () => Account) {
  const as = (method: string, path: string, body?: unknown) => call(method, path, { token: organiser().token, body });
  async function workbookAt(path: string) {
    const res = await download(path, { token: organiser().token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    return { workbook, disposition: res.headers.get('content-disposition') ?? '' };
  }
  return { as, workbookAt };
}

/** Every cell of a row, an empty one as null. */
export const cells = (sheet: ExcelJS.Worksheet, row: number) =>
  Array.from({ length: sheet.columnCount }, (_, i) => sheet.getRow(row).getCell(i + 1).value);
/** Data rows below the header. */
export const rows = (sheet: ExcelJS.Worksheet) =>
  Array.from({ length: sheet.rowCount - 1 }, (_, i) => cells(sheet, i + 2));
export const column = (sheet: ExcelJS.Worksheet, header: string) =>
  rows(sheet).map((r) => r[cells(sheet, 1).indexOf(header)]);
export const sum = (values: unknown[]) =>
  values.reduce<number>((total, v) => total + (typeof v === 'number' ? v : 0), 0);
export const utf8Filename = (disposition: string) =>
  decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '');

export interface ReportedTrip {
  organiser: Account;
  trip: TripView;
  talk: EventView;
  fair: EventView;
  symposium: EventView;
}

/** The trip, its three events and their people, as the organiser made them. */
export async function reportedTrip(): Promise<ReportedTrip> {
  const organiser = await newAccount('organiser');
  const { as } = organiserCalls(() => organiser);
  const register = async (eventId: string, body = person()) =>
    (await call('POST', `/v1/public/events/${eventId}/registrations`, { body })).body;
  const checkIn = (eventId: string, token: string) => as('POST', `/v1/events/${eventId}/check-ins`, { token });
  const [pku, tyut] = [await newUniversity({ name: `北京测试大学${Date.now()}` }), await newUniversity()];
  const trip = await newTrip([pku.universityId], {
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
  const talk = await newEvent(trip, { title: '才聚阿克苏宣讲会', startsAt: '2030-03-11T14:00:00+08:00' });
  const fair = await newEvent(trip, {
    stopId: beijing!.stopId,
    kind: 'job_fair',
    title: '双选会',
    startsAt: '2024-03-12T01:30:00Z',
    capacity: 1,
  });
  const symposium = await newEvent(trip, {
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
  return { organiser, trip, talk, fair, symposium };
}
