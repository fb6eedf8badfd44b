import type { Page } from 'playwright-core';
import { Cohorts, registerBatch } from '@aksu/core';
import { nationalIdCheckCharacter } from '@aksu/core/personal/national-id';
import { SYSTEM, unique } from './harness.ts';

type Screen = [name: string, open: (page: Page) => Promise<void>];
type Visit = (page: Page, path: string, ready: string) => Promise<void>;

/** A valid national ID number for demo students (the check character computed). */
export function nationalIdFor(birth: string, sequence: number): string {
  const first17 = `652901${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + nationalIdCheckCharacter(first17);
}

/**
 * The cohort screens for the layout sweep, on an open cohort with long names that the given
 * university takes part in, and one of its students already registered.
 */
export async function seedCohortScreens(visit: Visit, universityId: string) {
  const now = Date.now();
  const created = await Cohorts.create(SYSTEM, {
    name: `2026年阿克苏地区百名硕博研究生暑期社会实践活动（第一批次）${unique()}`,
    startsOn: '2030-08-01',
    endsOn: '2030-08-31',
    registrationOpensAt: new Date(now - 86_400_000).toISOString(),
    registrationClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
    description: '实践期间由地区提供生活保障及补贴，并为每位学生安排帮带导师。',
    universities: [{ universityId, quota: 12 }],
  });
  const cohort = await Cohorts.transition(SYSTEM, created.cohortId, { to: 'registration_open' });
  await registerBatch(SYSTEM, cohort.cohortId, [
    {
      universityId,
      name: '古丽娜尔·吐尔逊江·买买提',
      nationalId: nationalIdFor('19980412', 342),
      phone: '13812340001',
      email: `long.student.address.${unique()}@example.edu.cn`,
      degreeLevel: 'phd',
      major: '电子信息工程（集成电路设计与集成系统方向）',
      discipline: '工学',
      studyYear: 3,
      supervisor: '欧阳慧敏教授',
      hometown: '新疆维吾尔自治区阿克苏地区库车市',
      hometownCounty: '库车市',
      fromRegion: true,
      emergencyContact: { name: '吐尔逊江', phone: '13812340002', relation: '父亲' },
      consent: true,
    },
  ]);
  const id = cohort.cohortId;
  const organiser: Screen[] = [
    ['cohorts', (page) => visit(page, '/cohorts', '.card')],
    ['cohort', (page) => visit(page, `/cohorts/${id}`, '.cohort-summary')],
    ['cohort-new', (page) => visit(page, '/cohorts/new', '#name')],
    [
      'cohort-edit',
      async (page) => {
        await visit(page, `/cohorts/${id}/edit`, '.quota-row');
      },
    ],
    ['cohort-review', (page) => visit(page, `/cohorts/${id}/review`, '[data-testid="review-row"]')],
    ['cohort-register-organiser', (page) => visit(page, `/cohorts/${id}/register`, '#universityId')],
  ];
  const coordinator: Screen[] = [
    ['coordinator-cohorts', (page) => visit(page, '/cohorts', '.card')],
    ['coordinator-cohort', (page) => visit(page, `/cohorts/${id}`, '[data-testid="student-row"]')],
    [
      'cohort-register',
      async (page) => {
        await visit(page, `/cohorts/${id}/register`, '#name');
        // Sent empty: every field shows its error, the widest state of the form.
        await page.locator('.student-form button[type="submit"]').click();
        await page.locator('.field-error').first().waitFor();
      },
    ],
  ];
  return { organiser, coordinator, cohortId: id };
}
