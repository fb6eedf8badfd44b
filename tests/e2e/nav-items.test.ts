import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, createAccount, signIn, unique } from './harness.ts';

/** The organiser's navigation on a laptop: every item on screen, none behind a sideways scroller. */
const session = browserSession();
const ORGANISER_SCREEN = { width: 1366, height: 768 };
let organiserEmail: string;

beforeAll(async () => {
  organiserEmail = `nav.${unique()}@example.org`;
  // An administrator has the most items: the accounts entry comes on top of every organiser one.
  await createAccount({ email: organiserEmail, name: '导航检查', role: 'organiser', isAdmin: true });
});

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
    const nav = await hiddenItems(page);
    expect(nav.count).toBe(14);
    expect(nav.outside).toEqual([]);
    expect(nav.scroll).toBe(0);
  });
});
