import { allPages, createInvitedAccount, Universities, type Actor, type UniversityView } from '@aksu/core';
import { createActiveLogin } from './active-login.ts';
import { seedConversionData } from './conversion.ts';
import { seedCohortData } from './programme-cohorts.ts';
import { seedPlacementData } from './programme-placements.ts';
import { seedDailyLife } from './programme-daily.ts';
import { seedDemoLogs } from './programme-logs.ts';
import { seedPartnerships } from './partnerships.ts';
import { seedPositions } from './positions.ts';
import { seedReviewer } from './reviewer.ts';
import { seedTalentService } from './talent-service.ts';
import { seedTrips } from './trips.ts';
import { DEMO_UNIVERSITIES } from './universities.ts';

export const DEMO_PASSWORD = 'aksu-demo-2026';
export const DEMO_ORGANISER = 'organiser@example.com';

/** The seed acts as a system organiser; its audit entries say so. */
const SYSTEM: Actor = { userId: 'usr_SYSTEM0000000000000000000SEED', role: 'organiser', isAdmin: true };

/** Creates an active account with the demo password unless the email already has one. */
function ensureAccount(account: Parameters<typeof createInvitedAccount>[1]): Promise<'created' | 'existing'> {
  return createActiveLogin(() => createInvitedAccount(SYSTEM, account), DEMO_PASSWORD);
}

async function allUniversities(): Promise<Map<string, UniversityView>> {
  const universities = await allPages((page) => Universities.list(SYSTEM, {}, page));
  return new Map(universities.map((u) => [u.name, u]));
}

/**
 * Demo data for `pnpm dev`. Idempotent: every record is looked up by its natural key (email,
 * university name) first, so running it again creates nothing new.
 */
export async function seedDemoData(): Promise<{ created: number }> {
  let created = 0;
  if (
    (await ensureAccount({ email: DEMO_ORGANISER, name: '人才服务专员', role: 'organiser', isAdmin: true })) ===
    'created'
  )
    created++;
  const existing = await allUniversities();
  for (const [slug, name, nameEn, shortName, city, province, tags] of DEMO_UNIVERSITIES) {
    let university = existing.get(name);
    if (!university) {
      university = await Universities.create(SYSTEM, {
        name,
        nameEn,
        shortName,
        city,
        province,
        country: province === '新加坡' ? '新加坡' : '中国',
        tags: [...tags],
        contacts: [{ name: `${shortName}就业指导中心`, title: '就业指导中心', email: `career.${slug}@example.com` }],
      });
      created++;
    }
    const account = await ensureAccount({
      email: `coordinator.${slug}@example.com`,
      name: `${shortName}联络员`,
      role: 'coordinator',
      universityId: university.universityId,
    });
    if (account === 'created') created++;
  }
  // Read once more for the ones just added (in list order); nothing below adds a university.
  const universities = await allUniversities();
  created += await seedCohortData(SYSTEM, universities);
  // After the cohorts: the demo projects are posted for the newest open cohort.
  created += await seedPlacementData(SYSTEM, DEMO_PASSWORD);
  // A running cohort with intern@example.com placed under mentor@example.com and a week of check-ins.
  created += await seedDailyLife(SYSTEM, universities, DEMO_PASSWORD);
  // That intern's activity logs for the same week, the earlier week approved by the mentor.
  created += await seedDemoLogs(SYSTEM, DEMO_PASSWORD);
  // A finished 2024 cohort with what became of its interns, for the conversion dashboard.
  created += await seedConversionData(SYSTEM, universities);
  // After it: a published notice of 40 positions, with applications from its interns (some hired) and others.
  created += await seedPositions(SYSTEM, universities);
  // The first demo employer's reviewer, who sees and screens that employer's positions only.
  created += await seedReviewer(SYSTEM, DEMO_PASSWORD);
  // The 2024 cohort's people who stayed, looked after: tiers, contacts (some overdue), cards and requests.
  created += await seedTalentService(SYSTEM, DEMO_ORGANISER, DEMO_PASSWORD);
  // Agreements dated from today, so the day's partnership reminders have something to say.
  created += await seedPartnerships(
    SYSTEM,
    universities,
    new Map(DEMO_UNIVERSITIES.map(([slug, name]) => [slug, name])),
  );
  // Last, so its registrants (new people) leave the records above as they are: a recruiting trip next
  // week with a campus talk and a job fair, registrations through the public page, their leads.
  created += await seedTrips(SYSTEM, universities);
  return { created };
}

export const DEMO_LOGINS = [
  `${DEMO_ORGANISER} (organiser, admin)`,
  'coordinator.pku@example.com (北京大学 coordinator)',
  'coordinator.tsinghua@example.com (清华大学 coordinator)',
  '… coordinator.<slug>@example.com for each of the 26 universities',
  'mentor.ma.jianguo@example.com (mentor at 阿克苏纺织工业城)',
  'intern@example.com (intern in the running cohort, a week of check-ins and logs)',
  "mentor@example.com (that intern's mentor)",
  'reviewer@example.com (reviewer of 阿克苏综合物流园区, its positions and applications only)',
  'leader@example.com, unit.contact@example.com (contacts keeping in touch with the 2024 people who stayed)',
  'retained@example.com (a 2024 intern who stayed: a service card and requests in every state)',
];
