import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Universities } from '@aksu/core';
import { browserSession, createAccount, horizontalOverflow, PHONE, signIn, SYSTEM, unique } from './harness.ts';

/** The organiser's navigation on a laptop: every item on screen, none behind a sideways scroller. */
const session = browserSession();
const ORGANISER_SCREEN = { width: 1366, height: 768 };
let organiserEmail: string;
let coordinatorEmail: string;

beforeAll(async () => {
  organiserEmail = `nav.${unique()}@example.org`;
  // An administrator has the most items: the accounts entry comes on top of every organiser one.
  await createAccount({ email: organiserEmail, name: '导航检查', role: 'organiser', isAdmin: true });
  const university = await Universities.create(SYSTEM, {
    name: `导航检查大学${unique()}`,
    city: '阿克苏',
    province: '新疆',
  });
  coordinatorEmail = `nav.coordinator.${unique()}@example.org`;
  await createAccount({
    email: coordinatorEmail,
    name: '导航检查',
    role: 'coordinator',
    universityId: university.universityId,
  });
});

// Set E2E_SCREENSHOT_DIR (as for the layout sweep) to keep a picture of each navigation, to look at by eye.
const screenshotDir = process.env.E2E_SCREENSHOT_DIR;
if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
const picture = async (page: Page, name: string) => {
  if (screenshotDir) await page.screenshot({ path: join(screenshotDir, `nav-${name}.png`) });
};

/** The nav items whose box leaves the viewport, and how far the list scrolls sideways. */
function hiddenItems(page: Page) {
  return page.locator('.main-nav').evaluate((nav) => {
    const list = nav.querySelector('ul') as HTMLElement;
    const links = Array.from(nav.querySelectorAll('a'));
    const outside = links
      .filter((a) => {
        const box = a.getBoundingClientRect();
        return box.left < 0 || box.right > window.innerWidth || box.width === 0;
      })
      .map((a) => a.textContent);
    return { count: links.length, outside, scroll: list.scrollWidth - list.clientWidth };
  });
}

describe('organiser navigation at 1366 px', { timeout: 120_000 }, () => {
  it.each([false, true])('shows every item (English: %s)', async (english) => {
    const page = await session.newPage(ORGANISER_SCREEN);
    await signIn(page, session.url, organiserEmail);
    if (english) {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    }
    await picture(page, `laptop-${english ? 'en' : 'zh'}`);
    const nav = await hiddenItems(page);
    expect(nav.count).toBe(16);
    expect(nav.outside).toEqual([]);
    expect(nav.scroll).toBe(0);
  });
});

/**
 * A row of links is about 47 px high (padding, line and the current-page underline); the closed menu
 * must not be taller than that, where the organiser's links used to wrap into three rows.
 */
const ONE_ROW = 48;

const PHONE_TEXT = {
  zh: { nav: '主导航', menu: /^菜单/, cohorts: '社会实践' },
  en: { nav: 'Main navigation', menu: /^Menu/, cohorts: 'Summer practice' },
} as const;

describe('navigation on a 375 px phone', { timeout: 120_000 }, () => {
  it.each([
    ['organiser', 'zh', 16],
    ['organiser', 'en', 16],
    ['coordinator', 'zh', 6],
    ['coordinator', 'en', 6],
  ] as const)("takes one row until opened; the %s's menu (%s) reaches all %i items", async (role, lang, count) => {
    const text = PHONE_TEXT[lang];
    const page = await session.newPage(PHONE);
    await signIn(page, session.url, role === 'organiser' ? organiserEmail : coordinatorEmail);
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: role === 'organiser' ? 'Overview' : 'To do' }).waitFor();
    }
    const nav = page.getByRole('navigation', { name: text.nav });
    const button = nav.getByRole('button', { name: text.menu });
    await button.waitFor();
    const height = async () => (await nav.boundingBox())!.height;
    expect(await height()).toBeLessThanOrEqual(ONE_ROW);
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link').count()).toBe(0);
    expect(await horizontalOverflow(page)).toBe(0);

    // From the keyboard: the button opens the list, every item is on screen, and Escape closes it
    // with the focus back on the button.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    const links = nav.getByRole('link');
    expect(await links.count()).toBe(count);
    await picture(page, `phone-${role}-${lang}-open`);
    const width = PHONE.width;
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    expect(await horizontalOverflow(page)).toBe(0);
    await page.keyboard.press('Tab');
    expect(await links.first().evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await height()).toBeLessThanOrEqual(ONE_ROW);

    // Following an item closes the menu; the button and the list then say which page is current.
    await button.click();
    await nav.getByRole('link', { name: text.cohorts, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/cohorts');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.textContent()).toContain(text.cohorts);
    await button.click();
    const current = nav.getByRole('link', { name: text.cohorts, exact: true });
    expect(await current.getAttribute('aria-current')).toBe('page');

    // Following the item of the page already shown closes the menu too, though nothing navigates.
    await current.click();
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link').count()).toBe(0);
  });
});

/**
 * A screen opened for the first time shows as soon as its code has come. React shows a screen that
 * suspended for its code only 300 ms after its loading line went up, however soon the code came, and the
 * screen's own request starts only once it shows. The page's clock is stopped before the link is
 * followed, so a screen held back by a timer would never show: the test waits for the screen itself, not
 * for any length of time.
 */
describe('a screen opened for the first time', { timeout: 120_000 }, () => {
  it('shows as soon as its code has come, with no timer in between', async () => {
    const page = await session.newPage();
    // Installed before the app loads, so the app's timers are the clock's; it runs as a real one until paused.
    await page.clock.install();
    await signIn(page, session.url, organiserEmail);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The clock runs until paused, and may pass the target while the call travels on a busy machine:
    // then a target a little further on is tried, so the clock stops within moments of now.
    for (let ahead = 1; ; ahead *= 10) {
      const paused = await page.clock.pauseAt(await page.evaluate((ms) => Date.now() + ms, ahead)).then(
        () => true,
        (error: unknown) => {
          if (ahead >= 10_000 || !String(error).includes('to the past')) throw error;
          return false;
        },
      );
      if (paused) break;
    }
    await page.getByRole('navigation').getByRole('link', { name: '合作院校' }).click();
    await page.getByRole('heading', { level: 1, name: '合作院校' }).waitFor();

    // With the clock going again the screen's data comes in as usual.
    await page.clock.resume();
    await page.locator('.result-count').waitFor();
  });
});
