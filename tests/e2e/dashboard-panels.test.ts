import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, addYears, Attendance, localDate, Trips, type CohortRecord } from '@aksu/core';
import { newUniversity } from '../support/accounts.ts';
import { newEvent, person } from '../support/events.ts';
import { dailyWorld } from '../support/daily.ts';
import {
  accessibilityViolations,
  browserSession,
  createAccount,
  horizontalOverflow,
  PHONE,
  signIn,
  SYSTEM,
  unique,
} from './harness.ts';
import { seedConversionWorld, type ConversionWorld } from './conversion-screens.ts';

const session = browserSession();
let organiserEmail: string;
let world: ConversionWorld;
let running: Awaited<ReturnType<typeof dailyWorld>>;
let tripId: string;
let tripTitle: string;
let eventId: string;
const EXPENSES_FEN = 1_234_500;

beforeAll(async () => {
  organiserEmail = `organiser.panels.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '人才专员', role: 'organiser' });
  world = await seedConversionWorld();
  running = await dailyWorld({ interns: 3, universities: [(await newUniversity()).universityId], mentees: 0 });
  await Attendance.markCohortDay(running.cohort as unknown as CohortRecord, addDays(running.today, -1), new Date());
  const from = addDays(localDate(), -40);
  const trip = await Trips.create(SYSTEM, {
    title: `秋季赴东部高校引才行程${unique()}`,
    startDate: from,
    endDate: addDays(from, 4),
    budgetFen: 5_000_000,
    delegation: [{ name: '阿依古丽', department: '地委组织部人才工作科', role: '带队领导' }],
    expenses: [{ item: '往返机票', amountFen: EXPENSES_FEN, on: from }],
    stops: [{ city: '上海', from, to: addDays(from, 2), universityIds: [world.universityId] }],
  });
  tripId = trip.tripId;
  tripTitle = trip.title;
  // One campus talk on the trip, with two people registered for it.
  const talk = await newEvent(trip, { startsAt: `${addDays(from, 1)}T14:00:00+08:00` });
  eventId = talk.eventId;
  for (let i = 0; i < 2; i++) {
    const res = await fetch(`${session.url}/v1/public/events/${eventId}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(person({ universityId: world.universityId })),
    });
    expect(res.status).toBe(201);
  }
});

describe('留阿成效看板: attendance, attribution and retention not yet reached', () => {
  it(
    'shows the running cohort by day, each trip with its ' + 'cost per hire, and a gap for retention years not reached',
    async () => {
      const page = await session.newPage(PHONE);
      await signIn(page, session.url, organiserEmail);
      await page.goto(`${session.url}/dashboard?cohortId=${world.cohortId}`);
      await page.locator('[data-table="funnel"]').waitFor({ state: 'attached' });

      const attendance = page.locator(`[data-panel="attendance-${running.cohort.cohortId}"]`);
      await attendance.getByRole('heading', { name: `${running.cohort.name} 每日考勤` }).waitFor();
      await attendance.getByRole('button', { name: '以表格查看' }).click();
      const yesterday = attendance.locator(
        `[data-table="attendance-days"] [data-date="${addDays(running.today, -1)}"]`,
      );
      await yesterday.waitFor();
      expect(await yesterday.locator('[data-field="absent"]').textContent()).toBe('3');
      expect(await attendance.locator('[data-table="attendance-days"] tbody tr').count()).toBe(11);

      const trip = page.locator(`[data-table="attribution-trip"] [data-id="${tripId}"]`);
      await trip.waitFor();
      expect(await trip.locator('[data-field="hires"]').textContent()).toBe('0');
      expect(await trip.locator('[data-field="expenses"]').textContent()).toBe(
        `${(EXPENSES_FEN / 100).toLocaleString('en-US')}.00 元`,
      );
      expect(await trip.locator('[data-field="costPerHire"]').textContent()).toBe('—');
      for (const money of await page.locator('[data-money]').allInnerTexts()) {
        expect(money.trim()).toMatch(/^(-?\d{1,3}(,\d{3})*\.\d{2} 元|—)$/);
      }
      await page.getByRole('heading', { name: '各项校地合作的引才成效' }).waitFor();

      // The trip opens its campus events: who registered at each and what it brought.
      await trip.getByRole('button', { name: `查看“${tripTitle}”的各场活动` }).click();
      const events = page.locator('[data-panel="attribution-event"]');
      await events.getByRole('heading', { name: `“${tripTitle}”各场校园活动的引才成效` }).waitFor();
      const talk = events.locator(`[data-table="attribution-event"] [data-id="${eventId}"]`);
      await talk.waitFor();
      expect(await talk.locator('[data-field="leads"]').textContent()).toBe('2');
      expect(await talk.locator('[data-field="checkedIn"]').textContent()).toBe('0');
      expect(await talk.locator('[data-field="hires"]').textContent()).toBe('0');
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await events.getByRole('button', { name: '收起' }).click();
      await events.waitFor({ state: 'detached' });

      // The seeded cohort ended in 2024: the years after its end still ahead show — rather than 0, and a
      // reached year tells the confirmed from those not confirmed yet and those who left.
      const retention = page.locator('[data-table="retention"]');
      const endsOn = '2024-08-09';
      const expected: Record<number, { retained: string; pending: string; left: string }> = {
        1: { retained: '1', pending: '1', left: '0' },
        2: { retained: '0', pending: '2', left: '0' },
      };
      for (let n = 1; n <= 5; n++) {
        const year = retention.locator(`[data-cohort="${world.cohortId}"][data-year="${n}"]`);
        const cells = Object.fromEntries(
          await Promise.all(
            ['retained', 'pending', 'left'].map(async (f) => [
              f,
              await year.locator(`[data-field="${f}"]`).textContent(),
            ]),
          ),
        );
        if (addYears(endsOn, n) <= localDate()) expect(cells).toEqual(expected[n]);
        else expect(cells).toEqual({ retained: '—', pending: '—', left: '—' });
      }
      expect(await retention.locator('caption').textContent()).toContain('尚未确认');
      await page
        .getByTestId('retention-legend')
        .getByText('仍在岗、但该年的留阿确认尚未登记的人数', { exact: false })
        .waitFor();

      expect(await horizontalOverflow(page)).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
    },
  );
});
