import type { Page } from 'playwright-core';
import { DailyCheckIns, Leave, addDays, type Actor } from '@aksu/core';
import { PASSWORD as SUPPORT_PASSWORD } from '../support/accounts.ts';
import { dailyWorld, UNIT_LOCATION } from '../support/daily.ts';
import { createAccount, PASSWORD, unique } from './harness.ts';

type Screen = [name: string, open: (page: Page) => Promise<void>];
type Visit = (page: Page, path: string, ready: string) => Promise<void>;

/**
 * Check-in, leave and attendance screens for the layout sweep: a running cohort whose mentee has
 * checked in outside the radius yesterday, asked for leave with a long reason (pending), and an
 * intern account for the mentee.
 */
export async function seedAttendanceScreens(visit: Visit, universityId: string) {
  const world = await dailyWorld({ interns: 3, universities: [universityId], mentees: 1 });
  const mentee = world.interns[0]!;
  const intern: Actor = { userId: 'usr_LAYOUT', role: 'intern', internId: mentee.registrationId };
  await DailyCheckIns.checkIn(
    intern,
    { location: { lat: UNIT_LOCATION.lat + 0.02, lng: UNIT_LOCATION.lng, accuracyM: 25 } },
    { now: new Date(Date.now() - 20 * 3600_000) },
  );
  await Leave.request(intern, {
    from: addDays(world.today, 1),
    to: addDays(world.today, 3),
    reason:
      '回喀什参加家人的婚礼，往返路程较远，需要三天时间（已与实践单位的马建国总工程师沟通，工作已交接给同组同学）',
  });
  const internEmail = `intern.with.a.rather.long.address.${unique()}@example.org`;
  await createAccount({
    email: internEmail,
    name: '阿依古丽·艾海提',
    role: 'intern',
    universityId,
    internId: mentee.registrationId,
  });

  const organiser: Screen[] = [
    ['attendance-board', (page) => visit(page, '/attendance', '[data-testid="attendance-counts"]')],
  ];
  const mentor: Screen[] = [
    ['mentee-attendance', (page) => visit(page, '/mentee-attendance', '[data-testid="pending-leave"]')],
  ];
  const internScreens: Screen[] = [['my-day', (page) => visit(page, '/my-day', '[data-testid="history-day"]')]];
  return {
    mentorEmail: world.mentorAccount.email,
    mentorPassword: SUPPORT_PASSWORD,
    internEmail,
    internPassword: PASSWORD,
    organiser,
    mentor,
    intern: internScreens,
  };
}
