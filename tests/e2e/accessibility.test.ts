import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Universities, type UniversityView } from '@aksu/core';
import { createAccount, DESKTOP, launchBrowser, openContext, PHONE, signIn, startApp, SYSTEM, unique } from './harness.ts';

/**
 * axe-core on every main page of each role, at phone and desktop size. Serious and critical
 * violations fail with the rule, its help text and the offending elements.
 */
let app: { url: string; close(): Promise<void> };
let browser: Browser;
let university: UniversityView;
const emails = { organiser: '', coordinator: '' };

type Screen = [name: string, path: string, ready: string];

const screens: Record<'anonymous' | 'organiser' | 'coordinator', () => Screen[]> = {
  anonymous: () => [
    ['login', '/login', '#email'],
    ['activate', '/activate', 'input'],
  ],
  organiser: () => [
    ['universities', '/universities', '.university-card'],
    ['new-university', '/universities/new', '#name'],
    ['university', `/universities/${university.universityId}`, '#coordinators-title'],
    ['accounts', '/admin/users', '.accounts li'],
  ],
  coordinator: () => [['my-university', '/my-university', '.contact-list']],
};

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

beforeAll(async () => {
  const id = unique();
  university = await Universities.create(SYSTEM, {
    name: `无障碍大学${id}`,
    city: '阿克苏',
    province: '新疆',
    tags: ['本地'],
    contacts: [{ name: '联络人', phone: '13800001111', email: 'contact@example.com' }],
  });
  emails.organiser = `a11y.organiser.${id}@example.com`;
  emails.coordinator = `a11y.coordinator.${id}@example.com`;
  await createAccount({ email: emails.organiser, name: '无障碍专员', role: 'organiser', isAdmin: true });
  await createAccount({ email: emails.coordinator, name: '无障碍联络员', role: 'coordinator', universityId: university.universityId });
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('accessibility at %s size', (size, viewport) => {
  it.each(['anonymous', 'organiser', 'coordinator'] as const)('has no serious or critical axe violations for %s pages', async (role) => {
    const context = await openContext(browser, viewport);
    const page = await context.newPage();
    try {
      if (role !== 'anonymous') await signIn(page, app.url, emails[role]);
      const problems: string[] = [];
      for (const [name, path, ready] of screens[role]()) {
        await page.goto(`${app.url}${path}`);
        await page.locator(ready).first().waitFor();
        problems.push(...(await violations(page)).map((v) => `${size} ${name}: ${v}`));
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the accessibility check itself', () => {
  it('reports a serious violation when one is present', async () => {
    const context = await openContext(browser, PHONE);
    const page = await context.newPage();
    try {
      await page.goto(`${app.url}/login`);
      await page.locator('#email').waitFor();
      await page.evaluate(() => {
        document.querySelector('main')?.insertAdjacentHTML('beforeend', '<img src="/x.png"><button></button>');
      });
      const found = await violations(page);
      expect(found.some((v) => v.startsWith('image-alt'))).toBe(true);
      expect(found.some((v) => v.startsWith('button-name'))).toBe(true);
    } finally {
      await context.close();
    }
  });
});
