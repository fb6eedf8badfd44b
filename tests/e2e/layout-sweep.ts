import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { type DESKTOP, launchBrowser, openContext, PHONE, signIn, startApp } from './harness.ts';
import { checkScreens, ownScreens, type Screen } from './layout-screens.ts';
import { seedLayout, type LayoutSeed } from './layout-seed.ts';

/**
 * The layout sweep: every screen of every role, signed out and signed in, checked for sideways
 * scrolling, unlabelled inputs, serious axe-core violations and script errors. Each sweep is its own test file
 * (phone, desktop, English) over its own seed, so the files run side by side on the two cores.
 */
let app: { url: string; close(): Promise<void> };
let browser: Browser;
let data: LayoutSeed;

/**
 * Opens a screen the way a person moving through the app does: inside the running app (the router
 * follows history), not by loading the app again for every screen. A fresh load per screen made up
 * a third of the sweep's time, and loading from a link is what every other browser test does. The
 * router passes through the not-found page first, so the previous screen is gone before `ready` is
 * looked for and cannot be mistaken for the next one (two screens of one route, such as two
 * universities, would otherwise keep their elements).
 */
async function visit(page: Page, path: string, ready: string): Promise<void> {
  if (page.url().startsWith(app.url) && (await page.locator('#root > *').count()) > 0) {
    const follow = (to: string) =>
      page.evaluate((target) => {
        window.history.pushState(null, '', target);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, to);
    await follow('/__between-screens');
    await page.locator('#not-found-title').waitFor();
    await follow(path);
    await page.locator('#not-found-title').waitFor({ state: 'detached' });
  } else {
    await page.goto(`${app.url}${path}`);
  }
  await page.locator(ready).first().waitFor();
}

/** The seed, the app and one browser for the file; call it at the top level of a layout test file. */
export function layoutSession(): void {
  beforeAll(async () => {
    data = await seedLayout(visit);
    app = await startApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
}

/** Who looks at which screens: signed out without an email; the password where the seed set one. */
interface Visitor {
  email?: string;
  password?: string;
  /** Switch the interface to English after signing in. */
  english?: boolean;
  screens: Screen[];
}

/** Each visitor's screens in a fresh context of the given size; every problem found, named by screen. */
async function sweep(viewport: typeof PHONE | typeof DESKTOP, size: string, visitors: Visitor[]): Promise<string[]> {
  const problems: string[] = [];
  for (const { email, password, english, screens } of visitors) {
    const context = await openContext(browser, viewport);
    const page = await context.newPage();
    // A script error, or a screen that failed to render (its error boundary logs it), is a problem too,
    // named by the address it happened on. Refused requests the screens expect are the browser's own
    // "Failed to load resource" lines, not the app's, and are left out.
    const where = () => new URL(page.url()).pathname;
    page.on('pageerror', (error) => problems.push(`${size} ${where()}: script error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        problems.push(`${size} ${where()}: console error: ${message.text()}`);
    });
    if (email) await signIn(page, app.url, email, password);
    if (english) {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    }
    problems.push(...(await checkScreens(page, size, screens)));
    await context.close();
  }
  return problems;
}

/** Every role's screens at one size; register inside a describe. */
export function sweepAt(size: string, viewport: typeof PHONE | typeof DESKTOP): void {
  it('has no horizontal scrolling, unlabelled input or serious accessibility violation, signed out', async () => {
    expect(await sweep(viewport, size, [{ screens: data.screens.signedOut }])).toEqual([]);
  });

  it(
    'has no horizontal scrolling, unlabelled input or serious ' + "accessibility violation, on the organiser's screens",
    async () => {
      expect(await sweep(viewport, size, [{ email: data.organiserEmail, screens: data.screens.organiser }])).toEqual(
        [],
      );
    },
  );

  it(
    'has no horizontal scrolling, unlabelled input or serious ' +
      "accessibility violation, on the organiser's placement screens",
    async () => {
      expect(await sweep(viewport, size, [{ email: data.organiserEmail, screens: data.placement.organiser }])).toEqual(
        [],
      );
    },
  );

  // A test of their own: the organiser's list above already fills most of a test's time budget.
  it(
    'has no horizontal scrolling, unlabelled input or serious ' +
      "accessibility violation, on the organiser's cohort screens",
    async () => {
      expect(await sweep(viewport, size, [{ email: data.organiserEmail, screens: data.cohort.organiser }])).toEqual([]);
    },
  );

  it(
    'has no horizontal scrolling, unlabelled input or serious ' +
      "accessibility violation, on the coordinator's screens",
    async () => {
      expect(
        await sweep(viewport, size, [
          { email: data.coordinatorEmail, screens: [...data.screens.coordinator, ...data.cohort.coordinator] },
        ]),
      ).toEqual([]);
    },
  );

  // The homes, audit, poster and a running cohort's hub, logs and attendance: their own test, for the time limit.
  it(
    'has no horizontal scrolling, unlabelled input or serious ' +
      "accessibility violation, on the organiser's and coordinator's home and running-cohort screens",
    async () => {
      const visitors: Visitor[] = [
        { email: data.organiserEmail, screens: data.screens.recent.organiser },
        { email: data.coordinatorEmail, screens: data.screens.recent.coordinator },
      ];
      expect(await sweep(viewport, size, visitors)).toEqual([]);
    },
  );

  // A test of its own: the role sweeps above are already long, and each test has a time limit.
  it(
    'has no horizontal scrolling, unlabelled input or ' + 'serious accessibility violation, on the import screens',
    async () => {
      const visitors: Visitor[] = [
        { email: data.organiserEmail, screens: data.imports.organiser },
        { email: data.coordinatorEmail, screens: data.imports.coordinator },
      ];
      expect(await sweep(viewport, size, visitors)).toEqual([]);
    },
  );

  // One test per role: each screen's axe run takes seconds, and each test has a time limit.
  it.each(['organiser', 'mentor', 'intern'] as const)(
    'has no horizontal scrolling, unlabelled input or serious ' +
      'accessibility violation, on the %s log, evaluation and stipend screens',
    async (role) => {
      const [email, password] =
        role === 'organiser'
          ? [data.organiserEmail, undefined]
          : [role === 'mentor' ? data.logs.mentorEmail : data.logs.internEmail, data.logs.password];
      // A mentor's and an intern's own account and notification pages ride along with their logs.
      const screens = role === 'organiser' ? data.logs[role] : [...data.logs[role], ...ownScreens(visit, role)];
      expect(await sweep(viewport, size, [{ email, password, screens }])).toEqual([]);
    },
  );

  it.each(['organiser', 'mentor', 'intern'] as const)(
    'has no horizontal scrolling, unlabelled input or serious ' +
      'accessibility violation, on the %s check-in and attendance screens',
    async (role) => {
      const a = data.attendance;
      const [email, password] =
        role === 'organiser'
          ? [data.organiserEmail, undefined]
          : role === 'mentor'
            ? [a.mentorEmail, a.mentorPassword]
            : [a.internEmail, a.internPassword];
      expect(await sweep(viewport, size, [{ email, password, screens: a[role] }])).toEqual([]);
    },
  );

  it(
    'has no horizontal scrolling, unlabelled input or serious ' + 'accessibility violation, on the conversion screens',
    async () => {
      const visitors: Visitor[] = [
        { email: data.organiserEmail, screens: data.conversion.organiser },
        { email: data.conversion.coordinatorEmail, screens: data.conversion.coordinator },
        { email: data.conversion.internEmail, screens: data.conversion.intern },
      ];
      expect(await sweep(viewport, size, visitors)).toEqual([]);
    },
  );

  it(
    'has no horizontal scrolling, unlabelled input or serious ' + 'accessibility violation, on the position screens',
    async () => {
      const visitors: Visitor[] = [
        { screens: data.positions.signedOut },
        { email: data.organiserEmail, screens: data.positions.organiser },
      ];
      expect(await sweep(viewport, size, visitors)).toEqual([]);
    },
  );

  it(
    'has no horizontal scrolling, unlabelled input or serious ' +
      "accessibility violation, on the coordinator's placement screens",
    async () => {
      expect(
        await sweep(viewport, size, [{ email: data.placement.coordinatorEmail, screens: data.placement.coordinator }]),
      ).toEqual([]);
    },
  );

  it(
    'has no horizontal scrolling, unlabelled input or ' + "serious accessibility violation, on the mentor's screens",
    async () => {
      expect(
        await sweep(viewport, size, [{ email: data.placement.mentorEmail, screens: data.placement.mentor }]),
      ).toEqual([]);
    },
  );
}

/** The organiser's screens in English on a phone, where the longer labels are likeliest to overflow. */
export function sweepInEnglish(): void {
  const groups: Array<[string, (d: LayoutSeed) => Screen[]]> = [
    // The university editor is opened by its Chinese button name, so it is swept in Chinese only.
    ['the general screens', (d) => d.screens.organiser.filter(([name]) => name !== 'university-edit')],
    ['the placement screens', (d) => d.placement.organiser],
    ['the home, audit, poster and running-cohort screens', (d) => d.screens.recent.organiser],
    ['the position screens', (d) => [...d.positions.signedOut, ...d.positions.organiser]],
    ['the cohort screens', (d) => d.cohort.organiser],
  ];
  it.each(groups)('fits the English labels of %s without horizontal scrolling', async (_, screensOf) => {
    const visitor = { email: data.organiserEmail, english: true, screens: screensOf(data) };
    expect(await sweep(PHONE, 'phone-en', [visitor])).toEqual([]);
  });
}
