import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { call, download } from '../support/http.ts';
import { base64, openCohort, studentRow, xlsxOf } from '../support/imports.ts';

/**
 * Text people typed must never become a formula when a file is opened: every export is read back and
 * no text cell may start with = + - @ tab or CR (a leading apostrophe keeps it text).
 */
const FORMULA = '=HYPERLINK("http://evil.example","点我")';
const STARTS_LIKE_A_FORMULA = /^[=+\-@\t\r]/;

let organiser: Account;
let coordinator: Account;
let tripId: string;
let eventId: string;
let importJobId: string;
let cohortId: string;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  const university = await newUniversity();
  coordinator = await newAccount('coordinator', { universityId: university.universityId });
  const trip = await newTrip([university.universityId], {
    title: '+1 考察宣介',
    expenses: [{ item: '-1+1 场地费', amountFen: 10_000, on: '2024-03-11' }],
  });
  tripId = trip.tripId;
  const event = await newEvent(trip, { title: '=1+2 宣讲会', venue: '@SUM(A1) 报告厅' });
  eventId = event.eventId;
  const registrant = person({
    name: FORMULA,
    universityId: university.universityId,
    major: '+cmd|calc',
    hometown: '-2+3',
  });
  expect((await call('POST', `/v1/public/events/${eventId}/registrations`, { body: registrant })).status).toBe(201);
  // A lead invited to a full-time post has an outcome, which the conversion workbook lists by name.
  const as = (method: string, path: string, body?: unknown) => call(method, path, { token: organiser.token, body });
  const leadId = (await as('GET', `/v1/leads?q=${encodeURIComponent(registrant.email)}`)).body.items[0].leadId;
  expect((await as('POST', `/v1/leads/${leadId}/invitations`, { kind: 'full_time' })).status).toBe(201);
  expect((await as('POST', '/v1/outcomes', { leadId })).status).toBe(201);
  const walkIn = await call('POST', `/v1/events/${eventId}/walk-ins`, {
    token: organiser.token,
    body: person({ name: '@现场', major: '=A1' }),
  });
  expect(walkIn.status).toBe(201);

  const cohort = await openCohort([{ universityId: university.universityId, quota: 5 }]);
  cohortId = cohort.cohortId;
  const rows = [
    studentRow({ 姓名: '=1+1', 专业: '+纺织', 校内导师: '@王教授' }),
    studentRow({ 邮箱: '=bad', 籍贯: '-新疆' }),
  ];
  const created = await call('POST', `/v1/cohorts/${cohortId}/imports`, {
    token: coordinator.token,
    body: { filename: '报名.xlsx', content: base64(await xlsxOf(rows)), consent: true },
  });
  expect(created.status).toBe(201);
  importJobId = created.body.importJobId;
  for (let i = 0; i < 20; i++) {
    const run = await call('POST', `/v1/imports/${importJobId}/run`, { token: coordinator.token });
    if (run.body.status === 'completed') break;
  }
});

/** Every text cell of every sheet of the file at `path`, and how many number cells it has. */
async function cellsOf(path: string, token = organiser.token) {
  const res = await download(path, { token });
  expect(res.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body);
  const texts: string[] = [];
  let numbers = 0;
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === 'number') numbers++;
        else if (typeof v === 'string') texts.push(v);
        else if (v && typeof v === 'object' && 'richText' in v) texts.push(v.richText.map((r) => r.text).join(''));
        else if (v && typeof v === 'object' && 'text' in v && typeof v.text === 'string') texts.push(v.text);
      }),
    ),
  );
  return { texts, numbers };
}

const unsafe = (texts: string[]) => texts.filter((t) => STARTS_LIKE_A_FORMULA.test(t));

describe('exports keep typed text from being evaluated', () => {
  it('in the event attendance list', async () => {
    const { texts } = await cellsOf(`/v1/events/${eventId}/attendance.xlsx`);
    expect(unsafe(texts)).toEqual([]);
    expect(texts).toContain(`'${FORMULA}`);
    expect(texts).toContain(`'@现场`);
  });

  it('in the lead export, for organisers and coordinators', async () => {
    for (const token of [organiser.token, coordinator.token]) {
      const { texts } = await cellsOf('/v1/leads.xlsx', token);
      expect(unsafe(texts)).toEqual([]);
      expect(texts).toEqual(expect.arrayContaining([`'${FORMULA}`, `'+cmd|calc`, `'-2+3`]));
    }
  });

  it('in the trip report, whose amounts stay number cells', async () => {
    const { texts, numbers } = await cellsOf(`/v1/trips/${tripId}/report.xlsx`);
    expect(unsafe(texts)).toEqual([]);
    expect(texts.some((t) => t.startsWith(`'=1+2`))).toBe(true);
    expect(numbers).toBeGreaterThan(0);
  });

  it('in the conversion dashboard export', async () => {
    const { texts } = await cellsOf('/v1/dashboard/conversion.xlsx');
    expect(unsafe(texts)).toEqual([]);
    expect(texts).toEqual(expect.arrayContaining([`'${FORMULA}`, `'+cmd|calc`]));
  });

  it('in the import template and an import’s result file', async () => {
    expect(unsafe((await cellsOf(`/v1/cohorts/${cohortId}/imports/template.xlsx`, coordinator.token)).texts)).toEqual(
      [],
    );
    const csv = await download(`/v1/cohorts/${cohortId}/imports/template.csv`, { token: coordinator.token });
    expect(
      new TextDecoder()
        .decode(csv.body)
        .replace(/^\uFEFF/, '')
        .split(/[,\r\n]+/)
        .filter((t) => STARTS_LIKE_A_FORMULA.test(t)),
    ).toEqual([]);
    const { texts } = await cellsOf(`/v1/imports/${importJobId}/result.xlsx`, coordinator.token);
    expect(unsafe(texts)).toEqual([]);
    expect(texts).toEqual(expect.arrayContaining([`'=1+1`, `'+纺织`, `'@王教授`, `'=bad`, `'-新疆`]));
  });
});
