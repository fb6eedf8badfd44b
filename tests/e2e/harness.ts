import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createInvitedAccount, Users, type Actor, type NewAccount, type UserView } from '@aksu/core';
import { startLocalServer } from '@aksu/functions/local';

export { accessibilityViolations } from './axe.ts';

/**
 * Shared setup for the browser tests: accounts made through core (as the seed does), the real API
 * and built web app on one local origin, and Debian's Chromium driven by playwright-core.
 */

const CHROMIUM = '/usr/bin/chromium';
// E2E_WEB_DIST lets a developer test a build kept apart from packages/web/dist while another build runs.
const WEB_DIST = process.env.E2E_WEB_DIST ?? fileURLToPath(new URL('../../packages/web/dist', import.meta.url));

export const SYSTEM: Actor = { userId: 'usr_SYSTEM0000000000000000000SEED', role: 'organiser', isAdmin: true };
export const PASSWORD = 'e2e-pass-2024';

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 800 };

/** A suffix that keeps names and emails unique across tests and runs. */
export function unique(): string {
  return randomBytes(4).toString('hex');
}

/** An active account with PASSWORD, created the way an invitation and its activation would. */
export async function createAccount(account: NewAccount): Promise<UserView> {
  const { user, invitationCode } = await createInvitedAccount(SYSTEM, account);
  await Users.activate({ code: invitationCode, password: PASSWORD }, jwtSecret());
  return user;
}

function jwtSecret(): string {
  const secret = process.env.JWT_SECRET;
  if (!secret)
    throw new Error('JWT_SECRET is not set: run the e2e tests through tests/vitest.config.ts (project "e2e").');
  return secret;
}

export async function startApp(): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(`${WEB_DIST}/index.html`)) {
    throw new Error(
      `${WEB_DIST} has no index.html: build the web app first with \`pnpm run build:web\` (\`pnpm test\` does this).`,
    );
  }
  return startLocalServer({ port: 0, jwtSecret: jwtSecret(), webDist: WEB_DIST });
}

/**
 * The browser of a test file. Launching Chromium costs over a second of the two cores, and the e2e
 * files run one after another in each worker's process (`isolate: false`): so every file is lent one
 * Chromium that its worker keeps, launched again only if it has gone away. What a file must not
 * inherit from the one before it lives in a browser context, and playwright-core gives every context
 * fresh storage, cookies, cache and permissions; closing the lent browser closes every context on it,
 * which is everything of the file that ran. A fake camera needs Chromium's own flags, so that browser
 * is the file's alone and closing it ends it.
 */
export async function launchBrowser(options: { fakeCamera?: string } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  }
  if (options.fakeCamera) return launchChromium(fakeCameraArgs(options.fakeCamera));
  const worker = globalThis as { [SHARED_BROWSER]?: Promise<Browser> };
  const kept = await worker[SHARED_BROWSER]?.catch(() => undefined);
  // A launch that failed, or a browser that has gone away, is replaced: the next file tries again.
  if (!kept?.isConnected()) worker[SHARED_BROWSER] = launchChromium([]);
  return lend(await worker[SHARED_BROWSER]!);
}

/** Where a worker keeps its Chromium across the files it runs (their modules are evaluated afresh). */
const SHARED_BROWSER = Symbol.for('aksu.tests.browser');

/** The kept browser as one file sees it: `close()` closes the file's contexts, not Chromium. */
function lend(browser: Browser): Browser {
  return new Proxy(browser, {
    get(target, property) {
      if (property === 'close') return async () => Promise.all(target.contexts().map((c) => c.close())).then(() => {});
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Playwright's launch() gives Chromium a fresh temporary --user-data-dir of its own (and refuses one
 * in `args`). The networking flags keep Chromium from calling out to Google services on a machine
 * that has no route to them. Playwright ends the browser when the worker's process exits.
 */
function launchChromium(extraArgs: string[]): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

/**
 * A headless machine has no camera: Chromium then plays a Y4M or MJPEG file as the only camera and
 * grants it without a prompt, so the page's real getUserMedia path runs on known pictures.
 */
const fakeCameraArgs = (file: string) => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${file}`,
];

/**
 * A fresh browser profile's worth of state (storage, cookies) at one screen size, Chinese by default.
 * Waits give up after 30 s (far above a busy machine's slowest step) so a missing element fails with
 * its locator rather than at the test timeout.
 */
export async function openContext(browser: Browser, viewport = DESKTOP): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  context.setDefaultTimeout(30_000);
  return context;
}

/** The app and browser of one test file, as browserSession() hands them out. */
export interface BrowserSession {
  /** The origin serving the API and the web app; read it in tests or hooks, once the session has started. */
  readonly url: string;
  readonly browser: Browser;
  /** A page in a context of its own (see openContext), closed with the session. */
  newPage(viewport?: typeof DESKTOP): Promise<Page>;
}

/**
 * The app and one browser for a whole test file: call it at the top level of the file. It registers
 * a beforeAll that starts both and an afterAll that closes every context it opened, then the browser
 * and the app, so no file leaves a server or a Chromium behind, even when a test fails midway. Each
 * file keeps its own data setup in a beforeAll of its own, which may come before or after this call,
 * as nothing here reads the data; a beforeAll that opens pages has to be registered after it. A
 * fakeCamera given as a function is read when the session starts, after any earlier beforeAll.
 */
export function browserSession(options: { fakeCamera?: string | (() => string) } = {}): BrowserSession {
  let app: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    app = await startApp();
    const fakeCamera = typeof options.fakeCamera === 'function' ? options.fakeCamera() : options.fakeCamera;
    browser = await launchBrowser(fakeCamera ? { fakeCamera } : {});
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error(
        'The browser session has not started: use it inside tests or in a beforeAll registered after browserSession().',
      );
    return value;
  };

  return {
    get url() {
      return started(app).url;
    },
    get browser() {
      return started(browser);
    },
    async newPage(viewport?: typeof DESKTOP) {
      const context = await openContext(started(browser), viewport);
      contexts.push(context);
      return context.newPage();
    },
  };
}

/** Signs in through the form and waits until the app has left the sign-in page. */
export async function signIn(page: Page, baseUrl: string, email: string, password = PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/**
 * Follows an item of the main navigation. On a phone a list of more than a row sits behind the menu
 * button, which is opened first; on a wider screen, or with a short list, the item is on screen already.
 */
export async function followNav(page: Page, name: string): Promise<void> {
  const nav = page.locator('.main-nav');
  const toggle = nav.locator('.nav-toggle');
  const link = nav.getByRole('link', { name });
  await link.or(toggle).first().waitFor();
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await link.click();
}

/** How far the page is wider than the viewport; 0 means no horizontal scrolling. */
export async function horizontalOverflow(page: Page): Promise<number> {
  // A screen's own CSS is a separate file the router loads with it, and its ready element can appear
  // before that file applies: wait until every linked stylesheet has loaded and a frame has laid the
  // page out, so the width measured is the styled page's and not a moment of unstyled content.
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).every(
      (link) => link.sheet !== null,
    ),
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Form controls without an accessible label, by id or name, so a failure says which ones. */
export function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea'),
    )
      .filter(
        (el) =>
          el.type !== 'hidden' &&
          !el.labels?.length &&
          !el.getAttribute('aria-label') &&
          !el.getAttribute('aria-labelledby'),
      )
      .map((el) => el.id || el.name || el.outerHTML.slice(0, 80)),
  );
}
