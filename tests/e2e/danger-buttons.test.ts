import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, browserSession, createAccount, signIn, unique } from './harness.ts';

/** Remove buttons of the trip and partnership forms: red text that must stay readable on its background. */
const session = browserSession();
const ORGANISER_SCREEN = { width: 1366, height: 768 };
let organiserEmail: string;

beforeAll(async () => {
  organiserEmail = `danger.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '删除按钮', role: 'organiser', isAdmin: false });
});

/** Each "link danger" button's text against the first opaque background behind it (WCAG ratio). */
function dangerContrasts(page: Page): Promise<{ text: string; ratio: number }[]> {
  return page.locator('.button.link.danger').evaluateAll((buttons) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    return buttons.map((button) => {
      let behind: Element | null = button;
      let bg = [255, 255, 255];
      for (; behind; behind = behind.parentElement) {
        const c = rgb(getComputedStyle(behind).backgroundColor);
        if (c.length === 3 || c[3] === 1) {
          bg = c.slice(0, 3);
          break;
        }
      }
      const [a, b] = [luminance(rgb(getComputedStyle(button).color)), luminance(bg)];
      return { text: button.textContent ?? '', ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
    });
  });
}

async function openForms(page: Page, check: () => Promise<void>): Promise<void> {
  await page.goto(`${session.url}/trips/new`);
  await page.locator('#title').waitFor();
  // One row each of the delegation, stops and expenses, so every remove button is on screen.
  for (const add of await page.locator('.trip-form > fieldset > .button').all()) await add.click();
  await page.locator('#expenses-0-item').waitFor();
  await check();
  await page.goto(`${session.url}/partnerships/new`);
  await page.locator('#title').waitFor();
  await page.locator('#status').selectOption('active');
  await page.locator('.partnership-form fieldset > .button').first().click();
  await page.locator('.partnership-form fieldset > .button').last().click();
  await page.locator('#documents-0-url').waitFor();
  await check();
}

describe('remove buttons on the organiser forms', { timeout: 120_000 }, () => {
  it.each([false, true])('have a readable label and pass axe colour contrast (English: %s)', async (english) => {
    const page = await session.newPage(ORGANISER_SCREEN);
    await signIn(page, session.url, organiserEmail);
    if (english) {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    }
    let seen = 0;
    await openForms(page, async () => {
      const buttons = await dangerContrasts(page);
      seen += buttons.length;
      for (const b of buttons) expect(b.text.trim()).not.toBe('');
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(buttons.filter((b) => b.ratio < 4.5)).toEqual([]);
    });
    expect(seen).toBeGreaterThanOrEqual(4);
  });
});
