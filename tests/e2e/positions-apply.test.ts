import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Applications, Positions, SubsidyPolicies } from '@aksu/core';
import { sentTo, startBackbone, type Backbone } from '../support/backbone.ts';
import { POLICY_AMOUNTS } from '../support/conversion.ts';
import { newEmployer, newPosition } from '../support/positions.ts';
import { browserSession, PHONE, SYSTEM, unique } from './harness.ts';
import { checked, fillForm, pdf, TEXT, useStorageFor, watchViolations, zipNamedPdf } from './positions-apply-steps.ts';

/**
 * A graduate on a 375 px phone, without an account, in each language: finds a position by its
 * filters, sees the housing subsidy it would earn, applies with a PDF that goes straight from the
 * page to storage (a renamed ZIP and a file over 5 MB are refused first, with what was typed kept),
 * is refused a second application, and later reopens the application and withdraws it.
 */
const session = browserSession();
useStorageFor(session);
let backbone: Backbone;
const id = unique();
const wanted = `软件开发工程师${id}`;
const other = `纺织工艺员${id}`;
const closing: Record<'zh' | 'en', { positionId: string; version: number }> = {
  zh: { positionId: '', version: 0 },
  en: { positionId: '', version: 0 },
};

beforeAll(async () => {
  backbone = await startBackbone();
  await SubsidyPolicies.create(SYSTEM, {
    name: '2020年人才住房补贴',
    effectiveFrom: '2020-01-01',
    yearsRequired: 5,
    amounts: POLICY_AMOUNTS,
  });
  const employer = await newEmployer({ name: `库车市数据中心${id}`, county: 'kuqa' });
  await newPosition(employer.employerId, {
    title: wanted,
    cluster: 'digital_economy',
    county: 'kuqa',
    degreeLevel: 'master',
    disciplines: ['工学'],
    headcount: 2,
  });
  await newPosition(employer.employerId, { title: other, cluster: 'textile_apparel', county: 'kuqa' });
  for (const lang of ['zh', 'en'] as const)
    closing[lang] = await newPosition(employer.employerId, {
      title: `即将截止岗位${lang}${id}`,
      cluster: 'green_produce',
    });
});
afterAll(() => backbone?.stop());

async function inLanguage(page: Page, lang: 'zh' | 'en') {
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
}

describe('applying to a position on a 375 px phone', { timeout: 240_000 }, () => {
  it.each(['zh', 'en'] as const)('finds, applies with a PDF, recovers and withdraws (%s)', async (lang) => {
    const text = TEXT[lang];
    const who = {
      name: `李明${lang}`,
      phone: `139${String(Date.now()).slice(-8)}`,
      email: `grad.${lang}.${id}@example.com`,
    };
    const page = await session.newPage(PHONE);
    const violations = await watchViolations(page);
    const problems: string[] = [];

    // Found by its cluster and county, with the subsidy it would earn.
    await page.goto(`${session.url}/positions`);
    await inLanguage(page, lang);
    await page.getByLabel(text.cluster).selectOption({ label: text.digital });
    await page.getByLabel(text.county).selectOption({ label: text.kuqa });
    await page.getByRole('button', { name: text.search }).click();
    await page.getByRole('link', { name: other }).waitFor({ state: 'detached' });
    const card = page.locator('.position-card', { hasText: wanted });
    await expect(card.locator('.subsidy-amount').textContent()).resolves.toBe(text.amount);
    await page.getByRole('link', { name: wanted }).click();
    await page.getByRole('heading', { level: 1, name: wanted }).waitFor();
    const positionId = new URL(page.url()).pathname.split('/')[2]!;
    await page.locator('.subsidy-table', { hasText: '500,000.00' }).getByText(text.phd).waitFor();
    problems.push(...(await checked(page, 'position with the form')));

    // Turned away before anything is sent, in the page's language, keeping what was typed.
    await fillForm(page, text, who);
    await page.setInputFiles('#cv', zipNamedPdf('简历.pdf'));
    await page.getByRole('button', { name: text.submit }).click();
    await page.locator('#cv-error', { hasText: text.mismatch }).waitFor();
    await page.getByRole('alert').filter({ hasText: text.fix }).waitFor();
    await expect(page.getByLabel(text.name).inputValue()).resolves.toBe(who.name);
    problems.push(...(await checked(page, 'refused file')));
    await page.setInputFiles('#cv', { ...pdf('big.pdf', 5 * 1024 * 1024 + 1) });
    await page.getByRole('button', { name: text.submit }).click();
    await page.locator('#cv-error', { hasText: text.tooBig }).waitFor();

    // A real PDF: uploaded straight to storage, then the application, and a receipt with the code.
    // Tapped twice, as an impatient thumb does: one application.
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/applications')) sent.push(request.url());
    });
    await page.setInputFiles('#cv', pdf('简历.pdf'));
    await page.getByRole('button', { name: text.submit }).dblclick();
    await page.getByRole('heading', { name: text.receipt }).waitFor();
    expect(sent).toHaveLength(1);
    const stored = await Applications.list(SYSTEM, positionId, {}, { limit: 100 });
    expect(stored.items.filter((a) => a.email === who.email)).toHaveLength(1);
    const code = (await page.locator('.application-code').textContent()) ?? '';
    expect(code).toMatch(/^apl_\w+\.\S+$/);
    problems.push(...(await checked(page, 'receipt')));

    // The receipt's link opens the application at once.
    await page.getByRole('link', { name: text.myLink }).click();
    await page.getByRole('heading', { level: 2, name: text.submitted }).waitFor();

    // The same person again is refused, the answers still on the form.
    await page.goto(`${session.url}/positions/${positionId}`);
    await fillForm(page, text, who);
    await page.setInputFiles('#cv', pdf('简历-2.pdf'));
    await page.getByRole('button', { name: text.submit }).click();
    await page.getByRole('alert').filter({ hasText: text.already }).waitFor();
    await expect(page.getByLabel(text.email).inputValue()).resolves.toBe(who.email);
    expect(violations).toEqual([]);
    await page.context().close();

    // Later, on another visit: opened by the receipt's code (zh) or a mailed code (en), and withdrawn.
    const later = await session.newPage(PHONE);
    await later.goto(`${session.url}/positions`);
    await inLanguage(later, lang);
    await later.goto(`${session.url}/positions/${positionId}/my`);
    problems.push(...(await checked(later, 'my application, closed')));
    if (lang === 'zh') {
      await later.getByLabel(text.codeField).fill(code);
      await later.getByRole('button', { name: text.open }).click();
    } else {
      await later.getByLabel(text.contact).fill(who.phone);
      await later.getByRole('button', { name: text.send }).click();
      const [mail] = await backbone.mailbox.waitFor(
        (m) => sentTo(who.email)(m) && m.subject.includes(text.mailSubject),
      );
      await later.getByLabel(text.mailedCode).fill(/\b(\d{6})\b/.exec(mail!.subject)![1]!);
      await later.getByRole('button', { name: text.verify }).click();
    }
    await later.getByRole('heading', { level: 2, name: text.submitted }).waitFor();
    problems.push(...(await checked(later, 'my application')));
    await later.getByRole('button', { name: text.withdraw }).click();
    await later.getByRole('button', { name: text.withdrawYes }).click();
    await later.getByRole('heading', { level: 2, name: text.withdrawn }).waitFor();
    await expect(later.getByRole('button', { name: text.withdraw }).count()).resolves.toBe(0);
    problems.push(...(await checked(later, 'withdrawn')));
    expect(problems).toEqual([]);
  });

  it.each(['zh', 'en'] as const)(
    'is told the position closed while the form was open, the answers kept (%s)',
    async (lang) => {
      const text = TEXT[lang];
      const who = {
        name: `王芳${lang}`,
        phone: `137${String(Date.now()).slice(-8)}`,
        email: `late.${lang}.${id}@example.com`,
      };
      const page = await session.newPage(PHONE);
      await page.goto(`${session.url}/positions/${closing[lang].positionId}`);
      await inLanguage(page, lang);
      await fillForm(page, text, who);
      await page.setInputFiles('#cv', pdf('简历.pdf'));
      await Positions.transition(SYSTEM, closing[lang].positionId, { to: 'closed', version: closing[lang].version });
      await page.getByRole('button', { name: text.submit }).click();
      await page.getByRole('alert').filter({ hasText: text.closed }).waitFor();
      await expect(page.getByLabel(text.name).inputValue()).resolves.toBe(who.name);
      expect(await checked(page, 'closed while open')).toEqual([]);
    },
  );
});
