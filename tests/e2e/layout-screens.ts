import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { accessibilityViolations, horizontalOverflow, unique, unlabelledControls } from './harness.ts';

/** A screen's name and how to get there from a signed-in page. */
export type Screen = [name: string, open: (page: Page) => Promise<void>];
export type Visit = (page: Page, path: string, ready: string) => Promise<void>;

/** The records the general screens show, as the layout sweep's seed made them. */
export interface LayoutData {
  universityId: string;
  partnershipId: string;
  tripId: string;
  eventId: string;
  leadId: string;
  /** A running cohort with placed interns, logs and attendance: what its hub, logs and board show. */
  runningCohortId: string;
}

// Set E2E_SCREENSHOT_DIR to keep a full-page picture of every screen checked, to look at by eye.
const screenshotDir = process.env.E2E_SCREENSHOT_DIR;
if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });

/** The signed-out, organiser and coordinator screens outside the programme's own seeds. */
export function layoutScreens(d: LayoutData, visit: Visit) {
  const organiserScreens: Screen[] = [
    ['universities', (page) => visit(page, '/universities', '.university-card')],
    ['new-university', (page) => visit(page, '/universities/new', '#name')],
    ['university', (page) => visit(page, `/universities/${d.universityId}`, '#coordinators-title')],
    [
      'university-edit',
      async (page) => {
        await visit(page, `/universities/${d.universityId}`, '#coordinators-title');
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
    ['partnership', (page) => visit(page, `/partnerships/${d.partnershipId}`, '.activity')],
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
    ['trip', (page) => visit(page, `/trips/${d.tripId}`, '.event-counts:not(:empty)')],
    [
      'event-form',
      async (page) => {
        await visit(page, `/trips/${d.tripId}`, '.event-card');
        await page.locator('section.stop .panel-head .button').first().click();
        await page.locator('.event-form').waitFor();
      },
    ],
    ['trip-report', (page) => visit(page, `/trips/${d.tripId}/report`, '.report-table')],
    [
      'trip-edit',
      async (page) => {
        await visit(page, `/trips/${d.tripId}/edit`, '#title');
        await page.locator('.trip-form > fieldset > .button').last().click();
        await page.locator('#expenses-0-item').waitFor();
      },
    ],
    [
      'event-outcome',
      async (page) => {
        await visit(page, `/trips/${d.tripId}`, '.event-card');
        await page.locator('.event-card .card-actions button').first().click();
        await page.locator('.event-outcome-form').waitFor();
      },
    ],
    ['check-in', (page) => visit(page, `/events/${d.eventId}/check-in`, '#token')],
    [
      'check-in-search',
      async (page) => {
        await visit(page, `/events/${d.eventId}/check-in`, '#token');
        await page.locator('#search-q').fill('古丽');
        await page.locator('.inline-search button').click();
        await page.locator('.registration-row').first().waitFor();
      },
    ],
    ['leads', (page) => visit(page, '/leads', '.lead-card')],
    ['lead', (page) => visit(page, `/leads/${d.leadId}`, '#lead-events')],
    [
      'partnership-edit',
      async (page) => {
        await visit(page, `/partnerships/${d.partnershipId}`, '.activity');
        await page.locator('.page-head .button').click();
        await page.locator('#title').waitFor();
      },
    ],
    [
      'partnership-transition',
      async (page) => {
        await visit(page, `/partnerships/${d.partnershipId}`, '.activity');
        await page.locator('.transition-actions .button').first().click();
        await page.locator('#transition-note').waitFor();
      },
    ],
    [
      'activity-form',
      async (page) => {
        await visit(page, `/universities/${d.universityId}`, '.activity');
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
    ['partnership', (page) => visit(page, `/partnerships/${d.partnershipId}`, '.activity')],
    ['leads', (page) => visit(page, '/leads', '.result-count')],
  ];

  /** The student's registration form, filled in and sent, so the receipt with its QR is checked too. */
  const registerAsStudent = async (page: Page): Promise<void> => {
    await visit(page, `/e/${d.eventId}`, '#name');
    await page.locator('#name').fill('买买提·艾力');
    await page.locator('#degreeLevel').selectOption('phd');
    await page.locator('#graduationYear').fill('2027');
    await page.locator('#major').fill('材料科学与工程');
    await page.locator('#phone').fill(`139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`);
    await page.locator('#email').fill(`student.${unique()}@example.edu.cn`);
    await page.locator('#consent').check();
    await page.locator('.registration-form button[type="submit"]').click();
    await page.locator('canvas.qr-code[data-drawn="true"]').waitFor();
  };

  const signedOut: Screen[] = [
    ['login', (p) => visit(p, '/login', '#email')],
    ['activate', (p) => visit(p, '/activate', '#code')],
    ['public-event', (p) => visit(p, `/e/${d.eventId}`, '#name')],
    ['registration-receipt', registerAsStudent],
  ];
  const recentOrganiser: Screen[] = [
    ['home', (page) => visit(page, '/home', '.home-grid')],
    ['audit', (page) => visit(page, '/admin/audit', '.audit-table tbody tr')],
    ['event-poster', (page) => visit(page, `/events/${d.eventId}/poster`, 'canvas.qr-code[data-drawn="true"]')],
    ['deliveries', (page) => visit(page, '/admin/deliveries', '#deliveries-title')],
    ...runningCohortScreens(d, visit, 'running-cohort'),
    ...ownScreens(visit, 'organiser'),
  ];
  const recentCoordinator: Screen[] = [
    ['coordinator-home', (page) => visit(page, '/home', '#home-register')],
    ...runningCohortScreens(d, visit, 'coordinator-running-cohort'),
    ...ownScreens(visit, 'coordinator'),
  ];
  signedOut.push(
    ['reset', (p) => visit(p, '/reset', '#activate-title')],
    ['my-registration-recover', (p) => visit(p, `/e/${d.eventId}/my`, '#recover-title')],
  );
  return {
    organiser: organiserScreens,
    coordinator: coordinatorScreens,
    signedOut,
    recent: { organiser: recentOrganiser, coordinator: recentCoordinator },
  };
}

/** A running cohort's hub, its logs and its day on the attendance board, named with the given prefix. */
function runningCohortScreens(d: LayoutData, visit: Visit, prefix: string): Screen[] {
  const id = d.runningCohortId;
  return [
    [`${prefix}-hub`, (page) => visit(page, `/cohorts/${id}`, '.cohort-hub .hub-waiting')],
    [`${prefix}-logs`, (page) => visit(page, `/cohorts/${id}/logs`, '[data-testid="cohort-log"]')],
    [`${prefix}-attendance`, (page) => visit(page, `/attendance?cohortId=${id}`, '[data-testid="attendance-counts"]')],
  ];
}

/** Every signed-in person's own pages: the account (password, sessions) and the notification list. */
export function ownScreens(visit: Visit, role: string): Screen[] {
  return [
    [`${role}-account`, (page) => visit(page, '/account', '#sessions-title')],
    [`${role}-notifications`, (page) => visit(page, '/notifications', '#notifications-title')],
  ];
}

/**
 * Opens each screen at the page's size and collects what is wrong with it (sideways scrolling,
 * unlabelled inputs, serious or critical axe-core violations), so one run reports all.
 */
export async function checkScreens(page: Page, size: string, screens: Screen[]): Promise<string[]> {
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
