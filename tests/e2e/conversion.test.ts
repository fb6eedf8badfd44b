import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { db } from '@aksu/core';
import { browserSession, createAccount, PASSWORD, PHONE, signIn, unique } from './harness.ts';
import { seedConversionWorld, type ConversionWorld } from './conversion-screens.ts';

const session = browserSession();
let organiserEmail: string;
let world: ConversionWorld;

beforeAll(async () => {
  organiserEmail = `organiser.dashboard.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '人才专员', role: 'organiser' });
  world = await seedConversionWorld();
});

const cell = (page: Page, table: string, field: string) =>
  page.locator(`[data-table="${table}"] [data-field="${field}"]`).first().textContent();

describe('留阿成效: the dashboard shows the numbers the records say', () => {
  it(
    'funnel and university breakdown agree with a count over ' + 'the outcomes; the report and each role’s view follow',
    async () => {
      const raw = (
        await db().service.entities.outcome.query.byCohort({ cohortKey: world.cohortId }).go({ pages: 'all' })
      ).data;
      const reached = (stage: string) => String(raw.filter((o) => o.reached.includes(stage)).length);

      const page = await session.newPage();
      await signIn(page, session.url, organiserEmail);
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '留阿成效' }).click();
      await page.getByRole('heading', { level: 1, name: '留阿成效看板' }).waitFor();
      await page.getByTestId('cohort-select').selectOption(world.cohortId);
      await page.locator(`[data-table="breakdown"] [data-group="${world.universityId}"]`).waitFor();

      expect(await cell(page, 'funnel', 'offered')).toBe(reached('offered'));
      expect(await cell(page, 'funnel', 'signed')).toBe(reached('agreement_signed'));
      expect(await cell(page, 'funnel', 'onboarded')).toBe(reached('onboarded'));
      expect(await cell(page, 'funnel', 'retainedY1')).toBe(String(raw.filter((o) => o.retainedYears >= 1).length));
      expect([await cell(page, 'funnel', 'offered'), await cell(page, 'funnel', 'onboarded')]).toEqual([
        String(world.expected.offered),
        String(world.expected.onboarded),
      ]);
      const row = page.locator(`[data-table="breakdown"] [data-group="${world.universityId}"]`);
      expect(await row.locator('[data-field="interns"]').textContent()).toBe(
        String(raw.filter((o) => o.universityId === world.universityId).length),
      );
      expect(await row.locator('[data-field="onboarded"]').textContent()).toBe('2');

      // The chart is also readable as a table, and the switch says which is shown.
      await page.getByRole('button', { name: '以表格查看' }).first().click();
      await page.getByRole('button', { name: '以图表查看' }).first().waitFor();
      await page.locator('[data-panel="funnel"] .echart svg').waitFor({ state: 'detached' });
      await page.locator('[data-panel="breakdown"] .echart svg').first().waitFor();

      await page.getByRole('link', { name: '打印批次报告' }).click();
      await expect(page.getByTestId('report-headline').textContent()).resolves.toBe(
        `${world.expected.interns} 名学员来自 2 所高校，${world.expected.onboarded} 人留阿工作`,
      );

      // The coordinator reads their own students only; the intern their own outcome.
      const coordinator = await session.newPage(PHONE);
      await signIn(coordinator, session.url, world.coordinatorEmail, PASSWORD);
      await coordinator
        .getByRole('navigation', { name: '主导航' })
        .getByRole('link', { name: '学生去向', includeHidden: true })
        .waitFor({ state: 'attached' });
      await coordinator.goto(`${session.url}/outcomes?cohortId=${world.cohortId}`);
      await coordinator.locator('[data-table="outcomes"]').waitFor();
      expect(await coordinator.locator('[data-table="outcomes"] tbody tr').count()).toBe(3);

      const intern = await session.newPage(PHONE);
      await signIn(intern, session.url, world.internEmail, PASSWORD);
      await intern.goto(`${session.url}/my-outcome`);
      await expect(intern.locator('[data-field="stage"]').textContent()).resolves.toBe('留阿在岗');
    },
  );
});
