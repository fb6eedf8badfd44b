import {
  addDays,
  CohortRegistrations,
  Cohorts,
  createInvitedAccount,
  DailyCheckIns,
  Leave,
  localDate,
  Mentors,
  Placements,
  Projects,
  Users,
  type Actor,
  type UniversityView,
} from '@aksu/core';
import { demoCohorts, demoHostUnits } from './demo-records.ts';

export const DAILY_COHORT_NAME = '2026年冬季百名硕博社会实践（进行中）';
export const DEMO_INTERN = 'intern@example.com';
export const DEMO_MENTOR = 'mentor@example.com';
const UNIT_NAME = '阿克苏纺织工业城（示范企业）';

/**
 * Records a first run creates: cohort, registration, project, mentor, intern account, placement, six check-ins and one
 * leave.
 */
export const DAILY_SEED = { records: 1 + 1 + 1 + 1 + 1 + 1 + 6 + 1, checkIns: 6, leave: 1 };

/** An instant at a local Beijing time on a date, for check-ins made "back then" through the real rules. */
const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

/**
 * A running cohort around today in which `intern@example.com` is placed at the textile demo unit
 * with `mentor@example.com` as mentor, and the past week of the intern's days: six check-ins made
 * through the check-in rules (so the day counters are right) and one day of approved leave.
 * Idempotent by the cohort's name: once it exists, nothing is added.
 */
export async function seedDailyLife(
  system: Actor,
  universities: Map<string, UniversityView>,
  password: string,
): Promise<number> {
  if ((await demoCohorts(system)).has(DAILY_COHORT_NAME)) return 0;
  const university = universities.get('北京大学');
  const unit = (await demoHostUnits(system)).get(UNIT_NAME);
  if (!university || !unit) return 0;

  const today = localDate(new Date(), 'Asia/Shanghai');
  const now = Date.now();
  const created = await Cohorts.create(system, {
    name: DAILY_COHORT_NAME,
    startsOn: addDays(today, -7),
    endsOn: addDays(today, 23),
    registrationOpensAt: new Date(now - 40 * 86_400_000).toISOString(),
    registrationClosesAt: new Date(now - 20 * 86_400_000).toISOString(),
    universities: [{ universityId: university.universityId, quota: 5 }],
    description: '演示用：正在进行的社会实践批次，含一周的签到记录。',
  });
  const cohortId = created.cohortId;
  await Cohorts.transition(system, cohortId, { to: 'registration_open' });
  const registration = await CohortRegistrations.register(system, cohortId, {
    universityId: university.universityId,
    name: '阿依古丽·艾海提',
    nationalId: '652901199905120023',
    phone: '13899012345',
    email: 'ayguli.demo@example.com',
    degreeLevel: 'master',
    major: '纺织工程',
    discipline: '工学',
    studyYear: 2,
    supervisor: '王教授',
    hometown: '新疆阿克苏地区阿克苏市',
    hometownCounty: '阿克苏市',
    fromRegion: true,
    emergencyContact: { name: '艾海提', phone: '13899054321', relation: '父亲' },
    consent: true,
  } as never);
  await CohortRegistrations.decide(system, cohortId, {
    registrationIds: [registration.registrationId],
    decision: 'accepted',
  });
  await Cohorts.transition(system, cohortId, { to: 'review' });
  await Cohorts.transition(system, cohortId, { to: 'running' });

  const project = await Projects.create(system, unit.hostUnitId, {
    cohortId,
    title: '纺纱车间质量数据分析',
    description: '整理纺纱车间的质量检测数据，协助建立质量预警看板。',
    majors: ['纺织工程'],
    disciplines: ['工学'],
    degreeLevels: ['master', 'phd'],
    seats: 3,
    supervisor: { name: '马建国', title: '总工程师' },
  });
  const { mentor, invitationCode } = await Mentors.create(system, {
    hostUnitId: unit.hostUnitId,
    name: '热依拉·买买提',
    title: '高级工程师',
    phone: '13899011111',
    email: DEMO_MENTOR,
    maxMentees: 3,
  });
  const mentorSession = await Users.activate({ code: invitationCode, password }, 'seed');
  const internInvite = await createInvitedAccount(system, {
    email: DEMO_INTERN,
    name: '阿依古丽·艾海提',
    role: 'intern',
    universityId: university.universityId,
    internId: registration.registrationId,
  });
  const internSession = await Users.activate({ code: internInvite.invitationCode, password }, 'seed');
  await Placements.place(system, cohortId, {
    registrationId: registration.registrationId,
    projectId: project.projectId,
    mentorId: mentor.mentorId,
  });

  const intern: Actor = {
    userId: internSession.user.userId,
    role: 'intern',
    universityId: university.universityId,
    internId: registration.registrationId,
  };
  const mentorActor: Actor = { userId: mentorSession.user.userId, role: 'mentor', mentorId: mentor.mentorId };
  const leaveDay = addDays(today, -3);
  const leave = await Leave.request(intern, { from: leaveDay, to: leaveDay, reason: '到阿克苏地区人民医院复诊' });
  await Leave.decide(mentorActor, leave.leaveId, { decision: 'approve', comment: '同意，注意休息', version: 1 });
  const times = ['08:12', '08:05', '08:31', '08:09', '08:47', '08:15', '08:20'];
  for (let back = 7, i = 0; back >= 1; back--, i++) {
    const date = addDays(today, -back);
    if (date === leaveDay) continue;
    // Near the unit's gate, within its radius; one morning from the far side of town, flagged.
    const location =
      i === 4 ? { lat: 41.1431, lng: 80.2638, accuracyM: 30 } : { lat: 41.1236, lng: 80.2641, accuracyM: 15 };
    await DailyCheckIns.checkIn(intern, { location }, { now: at(date, times[i]!) });
  }
  return DAILY_SEED.records;
}
