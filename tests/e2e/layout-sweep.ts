import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, openContext, PHONE, signIn, startApp } from './harness.ts';
import { checkScreens } from './layout-screens.ts';
import { seedLayout, type LayoutSeed } from './layout-seed.ts';

/**
 * The layout sweep: every screen of every role, signed out and signed in, checked for sideways
 * scrolling, unlabelled inputs and serious axe-core violations. Each sweep is its own test file
 * (phone, desktop, English) over its own seed, so the files run side by side on the two cores.
 */
let app: { url: string; close(): Promise<void> };
let browser: Browser;
let data: LayoutSeed;

async function visit(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(`${app.url}${path}`);
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

/** Every role's screens at one size; register inside a describe. */
export function sweepAt(size: string, viewport: typeof PHONE | typeof DESKTOP): void {
  it('has no horizontal scrolling, unlabelled input or serious accessibility violation, signed out', async () => {
    const context = await openContext(browser, viewport);
    const page = await context.newPage();
    const problems = await checkScreens(page, size, data.screens.signedOut);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("has no horizontal scrolling, unlabelled input or serious accessibility violation, on the organiser's screens", async () => {
    const context = await openContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, app.url, data.organiserEmail);
    const problems = await checkScreens(page, size, data.screens.organiser);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("has no horizontal scrolling, unlabelled input or serious accessibility violation, on the organiser's placement screens", async () => {
    const context = await openContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, app.url, data.organiserEmail);
    const problems = await checkScreens(page, size, data.placement.organiser);
    await context.close();
    expect(problems).toEqual([]);
  });

  // A test of their own: the organiser's list above already fills most of a test's time budget.
  it("has no horizontal scrolling, unlabelled input or serious accessibility violation, on the organiser's cohort screens", async () => {
    const context = await openContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, app.url, data.organiserEmail);
    const problems = await checkScreens(page, size, data.cohort.organiser);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("has no horizontal scrolling, unlabelled input or serious accessibility violation, on the coordinator's screens", async () => {
    const context = await openContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, app.url, data.coordinatorEmail);
    const problems = await checkScreens(page, size, [...data.screens.coordinator, ...data.cohort.coordinator]);
    await context.close();
    expect(problems).toEqual([]);
  });

  // A test of its own: the role sweeps above are already long, and each test has a time limit.
  it('has no horizontal scrolling, unlabelled input or serious accessibility violation, on the import screens', async () => {
    const problems: string[] = [];
    for (const [email, screens] of [
      [data.organiserEmail, data.imports.organiser],
      [data.coordinatorEmail, data.imports.coordinator],
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
      const [email, password] = role === 'organiser' ? [data.organiserEmail, undefined] : [role === 'mentor' ? data.logs.mentorEmail : data.logs.internEmail, data.logs.password];
      const context = await openContext(browser, viewport);
      const page = await context.newPage();
      await signIn(page, app.url, email, password);
      const problems = await checkScreens(page, size, data.logs[role]);
      await context.close();
      expect(problems).toEqual([]);
    },
  );

  it.each(['organiser', 'mentor', 'intern'] as const)(
    'has no horizontal scrolling, unlabelled input or serious accessibility violation, on the %s check-in and attendance screens',
    async (role) => {
      const a = data.attendance;
      const [email, password] = role === 'organiser' ? [data.organiserEmail, undefined] : role === 'mentor' ? [a.mentorEmail, a.mentorPassword] : [a.internEmail, a.internPassword];
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
      [data.organiserEmail, data.conversion.organiser],
      [data.conversion.coordinatorEmail, data.conversion.coordinator],
      [data.conversion.internEmail, data.conversion.intern],
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
    await signIn(page, app.url, data.placement.coordinatorEmail);
    const problems = await checkScreens(page, size, data.placement.coordinator);
    await context.close();
    expect(problems).toEqual([]);
  });

  it("has no horizontal scrolling, unlabelled input or serious accessibility violation, on the mentor's screens", async () => {
    const context = await openContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, app.url, data.placement.mentorEmail);
    const problems = await checkScreens(page, size, data.placement.mentor);
    await context.close();
    expect(problems).toEqual([]);
  });
}

/** The organiser's screens in English on a phone, where the longer labels are likeliest to overflow. */
export function sweepInEnglish(): void {
  it('fits the longer English labels without horizontal scrolling', async () => {
    const context = await openContext(browser, PHONE);
    const page = await context.newPage();
    await signIn(page, app.url, data.organiserEmail);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partner universities' }).waitFor();
    const problems = await checkScreens(page, 'phone-en', data.screens.organiser.filter(([name]) => name !== 'university-edit'));
    await context.close();
    expect(problems).toEqual([]);
  });

  it('fits the English labels of the placement screens', async () => {
    const context = await openContext(browser, PHONE);
    const page = await context.newPage();
    await signIn(page, app.url, data.organiserEmail);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partner universities' }).waitFor();
    const problems = await checkScreens(page, 'phone-en', data.placement.organiser);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('fits the English labels of the cohort screens', async () => {
    const context = await openContext(browser, PHONE);
    const page = await context.newPage();
    await signIn(page, app.url, data.organiserEmail);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partner universities' }).waitFor();
    const problems = await checkScreens(page, 'phone-en', data.cohort.organiser);
    await context.close();
    expect(problems).toEqual([]);
  });
}
