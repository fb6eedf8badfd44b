import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, createAccount, signIn, unique } from './harness.ts';
import { seedConversionWorld, type ConversionWorld } from './conversion-screens.ts';

const session = browserSession();
let organiserEmail: string;
let world: ConversionWorld;

beforeAll(async () => {
  organiserEmail = `organiser.csp.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '人才专员', role: 'organiser' });
  world = await seedConversionWorld();
});

/**
 * Every Content-Security-Policy violation the page reports, from the page's own event and from
 * Chromium's console message, whichever comes first; the list is read at the end of the test.
 */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportPolicyViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportPolicyViolation(text: string): void }).reportPolicyViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  return violations;
}

describe('the app and the API reference under their Content-Security-Policy', () => {
  it('signs in, draws the dashboard charts and shows the API reference without a single violation', async () => {
    const page = await session.newPage();
    const violations = await watchViolations(page);
    const response = await page.goto(`${session.url}/login`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await signIn(page, session.url, organiserEmail);

    // ECharts sets inline styles and draws SVG: the charts must still appear.
    await page.goto(`${session.url}/dashboard?cohortId=${world.cohortId}`);
    await page.locator('[data-table="funnel"]').waitFor({ state: 'attached' });
    await page.locator('.echart svg').first().waitFor();

    const docs = await page.goto(`${session.url}/docs`);
    expect(docs?.headers()['content-security-policy']).toContain("script-src 'self'");
    // Swagger UI ran (its start-up is a file now, not an inline script) and read the document.
    await page.waitForFunction(
      () => document.querySelector('.swagger-ui .info')?.textContent?.includes('Talent Platform API'),
      null,
      { timeout: 30_000 },
    );
    await page.getByText('Health and documentation').waitFor();
    expect(violations).toEqual([]);
  });

  it('lets the pages PUT uploads to the files storage, and reach nothing else beyond the site', async () => {
    const before = process.env.S3_ENDPOINT;
    process.env.S3_ENDPOINT = 'http://127.0.0.1:4569/';
    try {
      const response = await fetch(`${session.url}/positions`);
      const directives = (response.headers.get('content-security-policy') ?? '').split('; ');
      expect(directives.find((d) => d.startsWith('connect-src '))).toBe("connect-src 'self' http://127.0.0.1:4569");
    } finally {
      if (before === undefined) delete process.env.S3_ENDPOINT;
      else process.env.S3_ENDPOINT = before;
    }
  });
});
