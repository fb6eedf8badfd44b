import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, launchBrowser, openContext, PHONE, startApp } from './harness.ts';

/**
 * Every screen's axe-core check runs in layout.test.ts, for each role at phone and desktop size.
 * This file keeps that check honest: known violations on a real page must be reported.
 */
let app: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the accessibility check itself', () => {
  it('reports serious violations when they are present, and none on the clean page', async () => {
    const context = await openContext(browser, PHONE);
    const page = await context.newPage();
    try {
      await page.goto(`${app.url}/login`);
      await page.locator('#email').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.evaluate(() => {
        document.querySelector('main')?.insertAdjacentHTML('beforeend', '<img src="/x.png"><button></button>');
      });
      const found = await accessibilityViolations(page);
      expect(found.some((v) => v.startsWith('image-alt'))).toBe(true);
      expect(found.some((v) => v.startsWith('button-name'))).toBe(true);
    } finally {
      await context.close();
    }
  });
});
