import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, Events, Leads, localDate, Partnerships, Trips, Universities, type PartnershipView, type UniversityView } from '@aksu/core';
import {
  createAccount,
  DESKTOP,
  accessibilityViolations,
  horizontalOverflow,
  launchBrowser,
  openContext,
  PHONE,
  signIn,
  startApp,
  SYSTEM,
  unique,
  unlabelledControls,
} from './harness.ts';
import { seedPlacementScreens } from './placement-screens.ts';
import { seedCohortScreens } from './cohort-screens.ts';
import { seedImportScreens } from './import-screens.ts';
import { seedConversionScreens } from './conversion-screens.ts';
import { seedLogsScreens } from './logs-screens.ts';
import { seedAttendanceScreens } from './attendance-screens.ts';

let app: { url: string; close(): Promise<void> };
let browser: Browser;
let organiserEmail: string;
let coordinatorEmail: string;
let university: UniversityView;
let partnership: PartnershipView;
let tripId: string;
let eventId: string;
let leadId: string;
let placementScreens: Awaited<ReturnType<typeof seedPlacementScreens>>;
let cohortScreens: Awaited<ReturnType<typeof seedCohortScreens>>;
let importScreens: Awaited<ReturnType<typeof seedImportScreens>>;
let conversionScreens: Awaited<ReturnType<typeof seedConversionScreens>>;
let logsScreens: Awaited<ReturnType<typeof seedLogsScreens>>;
let attendanceScreens: Awaited<ReturnType<typeof seedAttendanceScreens>>;

// Set E2E_SCREENSHOT_DIR to keep a full-page picture of every screen checked, to look at by eye.
const screenshotDir = process.env.E2E_SCREENSHOT_DIR;
if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });

/** A screen's name and how to get there from a signed-in page. */
type Screen = [name: string, open: (page: Page) => Promise<void>];

async function visit(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(`${app.url}${path}`);
  await page.locator(ready).first().waitFor();
}

const organiserScreens: Screen[] = [
  ['universities', (page) => visit(page, '/universities', '.university-card')],
  ['new-university', (page) => visit(page, '/universities/new', '#name')],
  ['university', (page) => visit(page, `/universities/${university.universityId}`, '#coordinators-title')],
  [
    'university-edit',
    async (page) => {
      await visit(page, `/universities/${university.universityId}`, '#coordinators-title');
      await page.getByRole('button', { name: '编辑院校信息' }).click();
      await page.locator('#name').waitFor();
    },
  ],
  ['accounts', (page) => visit(page, '/admin/users', '.accounts li')],
  ['partnerships', (page) => visit(page, '/partnerships', '.partnership-card')],
  [
    'new-partnership',
    async (page) => {
      await visit(page, '/partnerships/new', '#title');
      // Recording a signed agreement shows the dates and every repeatable row, the widest form state.
      await page.locator('#status').selectOption('active');
      await page.locator('.partnership-form fieldset > .button').first().click();
      await page.locator('.partnership-form fieldset > .button').last().click();
      await page.locator('#documents-0-url').waitFor();
    },
  ],
  ['partnership', (page) => visit(page, `/partnerships/${partnership.partnershipId}`, '.activity')],
  ['trips', (page) => visit(page, '/trips', '.trip-card')],
  [
    'new-trip',
    async (page) => {
      await visit(page, '/trips/new', '#title');
      // One row of each repeatable part (delegation, stops, expenses): the widest form state.
      for (const add of await page.locator('.trip-form > fieldset > .button').all()) await add.click();
      await page.locator('#stops-0-city').waitFor();
      await page.locator('#expenses-0-item').waitFor();
    },
  ],
  ['trip', (page) => visit(page, `/trips/${tripId}`, '.event-counts:not(:empty)')],
  [
    'event-form',
    async (page) => {
      await visit(page, `/trips/${tripId}`, '.event-card');
      await page.locator('section.stop .panel-head .button').first().click();
      await page.locator('.event-form').waitFor();
    },
  ],
  ['trip-report', (page) => visit(page, `/trips/${tripId}/report`, '.report-table')],
  [
    'trip-edit',
    async (page) => {
      await visit(page, `/trips/${tripId}/edit`, '#title');
      await page.locator('.trip-form > fieldset > .button').last().click();
      await page.locator('#expenses-0-item').waitFor();
    },
  ],
  [
    'event-outcome',
    async (page) => {
      await visit(page, `/trips/${tripId}`, '.event-card');
      await page.locator('.event-card .card-actions button').first().click();
      await page.locator('.event-outcome-form').waitFor();
    },
  ],
  ['check-in', (page) => visit(page, `/events/${eventId}/check-in`, '#token')],
  [
    'check-in-search',
    async (page) => {
      await visit(page, `/events/${eventId}/check-in`, '#token');
      await page.locator('#search-q').fill('古丽');
      await page.locator('.inline-search button').click();
      await page.locator('.registration-row').first().waitFor();
    },
  ],
  ['leads', (page) => visit(page, '/leads', '.lead-card')],
  ['lead', (page) => visit(page, `/leads/${leadId}`, '#lead-events')],
  [
    'partnership-edit',
    async (page) => {
      await visit(page, `/partnerships/${partnership.partnershipId}`, '.activity');
      await page.locator('.page-head .button').click();
      await page.locator('#title').waitFor();
    },
  ],
  [
    'partnership-transition',
    async (page) => {
      await visit(page, `/partnerships/${partnership.partnershipId}`, '.activity');
      await page.locator('.transition-actions .button').first().click();
      await page.locator('#transition-note').waitFor();
    },
  ],
  [
    'activity-form',
    async (page) => {
      await visit(page, `/universities/${university.universityId}`, '.activity');
      await page.locator('.timeline > .button').click();
      await page.locator('#activity-title').waitFor();
    },
  ],
];

const coordinatorScreens: Screen[] = [
  ['my-university', (page) => visit(page, '/my-university', '.contact-list')],
  [
    'my-university-edit',
    async (page) => {
      await visit(page, '/my-university', '.contact-list');
      await page.getByRole('button', { name: '编辑联系人' }).click();
      await page.locator('.contact-row').first().waitFor();
    },
  ],
  ['partnership', (page) => visit(page, `/partnerships/${partnership.partnershipId}`, '.activity')],
  ['leads', (page) => visit(page, '/leads', '.result-count')],
];

/** The student's registration form, filled in and sent, so the receipt with its QR is checked too. */
async function registerAsStudent(page: Page): Promise<void> {
  await visit(page, `/e/${eventId}`, '#name');
  await page.locator('#name').fill('买买提·艾力');
  await page.locator('#degreeLevel').selectOption('phd');
  await page.locator('#graduationYear').fill('2027');
  await page.locator('#major').fill('材料科学与工程');
  await page.locator('#phone').fill(`139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`);
  await page.locator('#email').fill(`student.${unique()}@example.edu.cn`);
  await page.locator('#consent').check();
  await page.locator('.registration-form button[type="submit"]').click();
  await page.locator('canvas.qr-code[data-drawn="true"]').waitFor();
}

/**
 * Opens each screen at the page's size and collects what is wrong with it (sideways scrolling,
 * unlabelled inputs, serious or critical axe-core violations), so one run reports all.
 */
async function checkScreens(page: Page, size: string, screens: Screen[]): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, open] of screens) {
    await open(page);
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) problems.push(`${name}: ${overflow}px wider than the ${size} viewport`);
    const unlabelled = await unlabelledControls(page);
    if (unlabelled.length) problems.push(`${name}: inputs without a label: ${unlabelled.join(', ')}`);
    for (const violation of await accessibilityViolations(page)) problems.push(`${name}: ${violation}`);
    if (screenshotDir) await page.screenshot({ path: join(screenshotDir, `${size}-${name}.png`), fullPage: true });
  }
  return problems;
}

beforeAll(async () => {
  const id = unique();
  // Long names, many tags and contacts: the content most likely to push a phone screen sideways.
  university = await Universities.create(SYSTEM, {
    name: `中国科学院大学阿克苏地区产学研合作示范基地测试${id}`,
    nameEn: 'University of Chinese Academy of Sciences Aksu Prefecture Industry-University-Research Demonstration Base',
    shortName: '国科大',
    city: '阿克苏',
    province: '新疆',
    tags: ['985', '211', '双一流', '本地', '柔性引才', '院士工作站', '战略合作协议'],
    contacts: [
      { name: '欧阳慧敏', title: '研究生院招生就业办公室副主任', phone: '0997-1234567', email: 'placement.office.graduate.school@example.edu.cn' },
      { name: '孙老师', phone: '13912345678' },
    ],
  });
  // A long title, every kind of detail and a timeline entry: what could push a phone screen sideways.
  partnership = await Partnerships.create(SYSTEM, {
    universityId: university.universityId,
    title: `新疆智能装备研究院联合科研平台共建与院士工作站建设合作协议${id}`,
    type: 'joint_research_platform',
    status: 'active',
    signedOn: addDays(localDate(), -300),
    expiresOn: addDays(localDate(), 20),
    ownerDepartment: '地委组织部人才工作科',
    commitments: [{ description: '每年选派硕士、博士研究生到阿克苏地区开展为期一个月的社会实践活动', studentsPerYear: 30 }],
    documents: [{ name: '战略合作协议（签字版扫描件）', url: 'https://example.org/documents/agreements/2024/strategic-cooperation-agreement-signed-scan.pdf' }],
    notes: '双方约定每年召开一次合作推进会。',
  });
  await Partnerships.addActivity(SYSTEM, university.universityId, {
    partnershipId: partnership.partnershipId,
    kind: 'inbound_visit',
    on: localDate(),
    title: '校领导一行来阿考察并召开座谈会，深化科研平台共建',
    participants: ['党委副书记', '研究生院院长', '就业指导中心主任'],
    outcome: '确定第二批社会实践岗位与导师帮带安排',
  });
  const from = addDays(localDate(), 5);
  const trip = await Trips.create(SYSTEM, {
    title: `2025年春季赴东部重点高校招才引智暨校地合作签约行程${id}`,
    startDate: from,
    endDate: addDays(from, 8),
    budgetFen: 12_345_600,
    delegation: [{ name: '阿依古丽·买买提', department: '地委组织部人才工作科', role: '带队领导' }],
    expenses: [{ item: '往返机票及当地交通（含行李托运与机场接送）', amountFen: 1_234_567, on: from }],
    stops: [{ city: '乌鲁木齐', from, to: addDays(from, 2), universityIds: [university.universityId] }],
  });
  tripId = trip.tripId;
  const event = await Events.create(SYSTEM, tripId, {
    stopId: trip.stops[0]!.stopId,
    universityId: university.universityId,
    kind: 'campus_talk',
    title: `阿克苏地区2025年硕博研究生专场宣讲会暨暑期社会实践岗位推介会${id}`,
    venue: '中国科学院大学雁栖湖校区学术会堂第三报告厅',
    startsAt: `${from}T06:30:00.000Z`,
    capacity: 120,
  });
  eventId = event.eventId;
  await Events.registerPublic(
    eventId,
    {
      name: '古丽娜尔·吐尔逊',
      universityId: university.universityId,
      degreeLevel: 'master',
      major: '电子信息工程（集成电路设计与集成系统方向）',
      graduationYear: 2026,
      phone: '13812345678',
      email: 'gulnar.tursun.long.address@example.edu.cn',
      hometown: '新疆维吾尔自治区阿克苏地区库车市',
      fromRegion: true,
      interestedInSummerProgramme: true,
      interestedInFullTime: true,
      consent: true,
    },
    'layout-test',
  );
  leadId = (await Leads.list(SYSTEM, {}, { limit: 1 })).items[0]!.leadId;
  organiserEmail = `organiser.${id}@example.org`;
  coordinatorEmail = `coordinator.with.a.rather.long.address.${id}@example.org`;
  await createAccount({ email: organiserEmail, name: '阿依古丽·买买提', role: 'organiser', isAdmin: true });
  await createAccount({ email: coordinatorEmail, name: '热依拉·艾尔肯', role: 'coordinator', universityId: university.universityId });
  placementScreens = await seedPlacementScreens(visit);
  cohortScreens = await seedCohortScreens(visit, university.universityId);
  importScreens = await seedImportScreens(visit, cohortScreens.cohortId, university.universityId);
  conversionScreens = await seedConversionScreens(visit);
  logsScreens = await seedLogsScreens(visit, university.universityId);
  attendanceScreens = await seedAttendanceScreens(visit, university.universityId);
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

// Each test sweeps a whole role's screens; on two busy cores the longest takes about 50 s, too near
// the e2e project's 60 s limit for a test that measures no speed.
describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
])('layout on a %s', { timeout: 150_000 }, (size, viewport) => {
  it('has no horizontal scrolling, unlabelled input or serious accessibility violation, signed out', async () => {
    const context = await openContext(browser, viewport);
    const page = await context.newPage();
    const problems = await checkScreens(page, size, [
      ['login', (p) => visit(p, '/login', '#email')],
      ['activate', (p) => visit(p, '/activate', '#code')],
      ['public-event', (p) => visit(p, `/e/${eventId}`, '#name')],
      ['registration-receipt', registerAsStudent],
    ]);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("has no horizontal scrolling, unlabelled input or serious accessibility violation, on the organiser's screens", async () => {
    const context = await openContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, app.url, organiserEmail);
    const problems = await checkScreens(page, size, organiserScreens);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("has no horizontal scrolling, unlabelled input or serious accessibility violation, on the organiser's placement screens", async () => {
    const context = await openContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, app.url, organiserEmail);
    const problems = await checkScreens(page, size, placementScreens.organiser);
    await context.close();
    expect(problems).toEqual([]);
  });

  // A test of their own: the organiser's list above already fills most of a test's time budget.
  it("has no horizontal scrolling, unlabelled input or serious accessibility violation, on the organiser's cohort screens", async () => {
    const context = await openContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, app.url, organiserEmail);
    const problems = await checkScreens(page, size, cohortScreens.organiser);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("has no horizontal scrolling, unlabelled input or serious accessibility violation, on the coordinator's screens", async () => {
    const context = await openContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, app.url, coordinatorEmail);
    const problems = await checkScreens(page, size, [...coordinatorScreens, ...cohortScreens.coordinator]);
    await context.close();
    expect(problems).toEqual([]);
  });

  // A test of its own: the role sweeps above are already long, and each test has a time limit.
  it('has no horizontal scrolling, unlabelled input or serious accessibility violation, on the import screens', async () => {
    const problems: string[] = [];
    for (const [email, screens] of [
      [organiserEmail, importScreens.organiser],
      [coordinatorEmail, importScreens.coordinator],
    ] as const) {
      const context = await openContext(browser, viewport);
      const page = await context.newPage();
      await signIn(page, app.url, email);
      problems.push(...(await checkScreens(page, size, screens)));
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  // One test per role: each screen's axe run takes seconds, and each test has a time limit.
  it.each(['organiser', 'mentor', 'intern'] as const)(
    'has no horizontal scrolling, unlabelled input or serious accessibility violation, on the %s log, evaluation and stipend screens',
    async (role) => {
      const [email, password] = role === 'organiser' ? [organiserEmail, undefined] : [role === 'mentor' ? logsScreens.mentorEmail : logsScreens.internEmail, logsScreens.password];
      const context = await openContext(browser, viewport);
      const page = await context.newPage();
      await signIn(page, app.url, email, password);
      const problems = await checkScreens(page, size, logsScreens[role]);
      await context.close();
      expect(problems).toEqual([]);
    },
  );

  it.each(['organiser', 'mentor', 'intern'] as const)(
    'has no horizontal scrolling, unlabelled input or serious accessibility violation, on the %s check-in and attendance screens',
    async (role) => {
      const a = attendanceScreens;
      const [email, password] = role === 'organiser' ? [organiserEmail, undefined] : role === 'mentor' ? [a.mentorEmail, a.mentorPassword] : [a.internEmail, a.internPassword];
      const context = await openContext(browser, viewport);
      const page = await context.newPage();
      await signIn(page, app.url, email, password);
      const problems = await checkScreens(page, size, a[role]);
      await context.close();
      expect(problems).toEqual([]);
    },
  );

  it('has no horizontal scrolling, unlabelled input or serious accessibility violation, on the conversion screens', async () => {
    const problems: string[] = [];
    for (const [email, screens] of [
      [organiserEmail, conversionScreens.organiser],
      [conversionScreens.coordinatorEmail, conversionScreens.coordinator],
      [conversionScreens.internEmail, conversionScreens.intern],
    ] as const) {
      const context = await openContext(browser, viewport);
      const page = await context.newPage();
      await signIn(page, app.url, email);
      problems.push(...(await checkScreens(page, size, screens)));
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it("has no horizontal scrolling, unlabelled input or serious accessibility violation, on the coordinator's placement screens", async () => {
    const context = await openContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, app.url, placementScreens.coordinatorEmail);
    const problems = await checkScreens(page, size, placementScreens.coordinator);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("has no horizontal scrolling, unlabelled input or serious accessibility violation, on the mentor's screens", async () => {
    const context = await openContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, app.url, placementScreens.mentorEmail);
    const problems = await checkScreens(page, size, placementScreens.mentor);
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('layout in English on a phone', { timeout: 150_000 }, () => {
  it('fits the longer English labels without horizontal scrolling', async () => {
    const context = await openContext(browser, PHONE);
    const page = await context.newPage();
    await signIn(page, app.url, organiserEmail);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partner universities' }).waitFor();
    const problems = await checkScreens(page, 'phone-en', organiserScreens.filter(([name]) => name !== 'university-edit'));
    await context.close();
    expect(problems).toEqual([]);
  });

  it('fits the English labels of the placement screens', async () => {
    const context = await openContext(browser, PHONE);
    const page = await context.newPage();
    await signIn(page, app.url, organiserEmail);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partner universities' }).waitFor();
    const problems = await checkScreens(page, 'phone-en', placementScreens.organiser);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('fits the English labels of the cohort screens', async () => {
    const context = await openContext(browser, PHONE);
    const page = await context.newPage();
    await signIn(page, app.url, organiserEmail);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partner universities' }).waitFor();
    const problems = await checkScreens(page, 'phone-en', cohortScreens.organiser);
    await context.close();
    expect(problems).toEqual([]);
  });
});
