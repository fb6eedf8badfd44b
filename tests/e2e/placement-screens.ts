import type { Page } from 'playwright-core';
import { Placements } from '@aksu/core';
import { createAccount, SYSTEM, unique } from './harness.ts';
import { seedPlacementBoard } from './placement-seed.ts';

type Screen = [name: string, open: (page: Page) => Promise<void>];
type Visit = (page: Page, path: string, ready: string) => Promise<void>;

/**
 * The programme's placement screens for the layout sweep, on data with long names: one intern
 * already placed with a mentor (the board's placed list, the letter, the mentor's page) and two
 * still waiting (suggestions).
 */
export async function seedPlacementScreens(visit: Visit) {
  const seed = await seedPlacementBoard(SYSTEM, { longNames: true });
  const placed = seed.registrations[0]!.registrationId;
  await Placements.place(SYSTEM, seed.cohort.cohortId, {
    registrationId: placed,
    projectId: seed.textile.projectId,
    mentorId: seed.mentor.mentorId,
  });
  const organiser: Screen[] = [
    ['host-units', (page) => visit(page, '/host-units', '.card')],
    ['host-unit-new', (page) => visit(page, '/host-units/new', '#hu-name')],
    [
      'host-unit',
      async (page) => {
        await visit(page, `/host-units/${seed.unit.hostUnitId}`, '[data-testid="project-row"]');
        // Every form on the page open: the unit's, a new project's and a new mentor's. The new
        // project's form appears only once the cohorts it offers have loaded, after the projects.
        await page.locator('details:has(#prj-new-title) > summary').waitFor();
        for (const summary of await page.locator('details > summary').all()) await summary.click();
        await page.locator('#hu-name').waitFor();
        await page.locator('#prj-new-title').waitFor();
      },
    ],
    [
      'project-edit',
      async (page) => {
        await visit(page, `/host-units/${seed.unit.hostUnitId}`, '[data-testid="project-row"]');
        await page
          .locator('[data-testid="project-row"]')
          .filter({ hasText: seed.textile.title })
          .locator('.button')
          .click();
        await page.locator(`#prj-${seed.textile.projectId}-title`).waitFor();
      },
    ],
    [
      'mentors',
      async (page) => {
        await visit(page, '/mentors', '.card');
        await page.locator('details > summary').first().click();
        await page.locator('#mnt-name').waitFor();
      },
    ],
    ['placements', (page) => visit(page, '/placements', '.card')],
    [
      'placement-board',
      (page) => visit(page, `/cohorts/${seed.cohort.cohortId}/placement-board`, '[data-testid="placement"]'),
    ],
    ['acceptance-letter', (page) => visit(page, `/placements/${placed}/letter`, '[data-testid="letter"]')],
  ];
  const coordinatorEmail = `placements.coordinator.${unique()}@example.org`;
  await createAccount({
    email: coordinatorEmail,
    name: '岗位安排联络员',
    role: 'coordinator',
    universityId: seed.university.universityId,
  });
  const coordinator: Screen[] = [
    ['placements', (page) => visit(page, '/placements', '.card')],
    [
      'cohort-placements',
      (page) => visit(page, `/cohorts/${seed.cohort.cohortId}/placements`, '[data-testid="placed"]'),
    ],
    ['coordinator-letter', (page) => visit(page, `/placements/${placed}/letter`, '[data-testid="letter"]')],
  ];
  const mentor: Screen[] = [
    ['my-mentees', (page) => visit(page, '/my-mentees', '[data-testid="mentee"]')],
    ['mentee-letter', (page) => visit(page, `/placements/${placed}/letter`, '[data-testid="letter"]')],
  ];
  return { organiser, coordinator, coordinatorEmail, mentor, mentorEmail: seed.mentorEmail };
}
