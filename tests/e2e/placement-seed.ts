import {
  Cohorts,
  CohortRegistrations,
  HostUnits,
  Mentors,
  Projects,
  Universities,
  Users,
  type Actor,
} from '@aksu/core';
import { studentBody } from '../support/cohorts.ts';
import { createAccount, PASSWORD, unique } from './harness.ts';

/**
 * A cohort ready to place, made through core as the programme would make it: a university with
 * accepted students, a host unit with two projects, a mentor with an account, and an organiser.
 */
export async function seedPlacementBoard(actor: Actor, options: { longNames?: boolean } = {}) {
  const id = unique();
  const long = options.longNames ? '（新疆维吾尔自治区阿克苏地区产学研合作示范基地）' : '';
  const university = await Universities.create(actor, {
    name: `岗位安排测试大学${long}${id}`,
    city: '北京',
    province: '北京',
  });
  const now = Date.now();
  const created = await Cohorts.create(actor, {
    name: `2030年百名硕博社会实践${long}${id}`,
    startsOn: '2030-08-01',
    endsOn: '2030-08-31',
    registrationOpensAt: new Date(now - 86_400_000).toISOString(),
    registrationClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
    universities: [{ universityId: university.universityId, quota: 10 }],
  });
  const cohort = await Cohorts.transition(actor, created.cohortId, { to: 'registration_open' });
  const students = [
    {
      name: `艾力${long}${id}`,
      major: '纺织工程',
      hometown: '新疆阿克苏地区库车市',
      hometownCounty: '库车市',
      fromRegion: true,
    },
    { name: `王芳${id}`, major: '纺织科学与工程', hometown: '江苏省南通市', fromRegion: false },
    { name: `李明${id}`, major: '物流管理', discipline: '管理学', hometown: '河南省郑州市', fromRegion: false },
  ];
  const registrations = [];
  for (const s of students) {
    const { hometownCounty, ...rest } = s;
    registrations.push(
      await CohortRegistrations.register(
        actor,
        cohort.cohortId,
        studentBody({
          universityId: university.universityId,
          ...rest,
          ...(hometownCounty ? { hometownCounty } : { hometownCounty: undefined }),
        }),
      ),
    );
  }
  await CohortRegistrations.decide(actor, cohort.cohortId, {
    registrationIds: registrations.map((r) => r.registrationId),
    decision: 'accepted',
  });
  const unit = await HostUnits.create(actor, {
    name: `库车纺织产业园${long}${id}`,
    kind: 'enterprise',
    cluster: 'textile_apparel',
    county: 'kuqa',
    address: '库车市经济技术开发区纺织路18号',
    contact: { name: '园区办公室', phone: '13899990000' },
    checkInRadiusM: 500,
    location: { lat: 41.7178, lng: 82.9622 },
  });
  const textile = await Projects.create(actor, unit.hostUnitId, {
    cohortId: cohort.cohortId,
    title: `智能纺纱工艺优化${long}`,
    description: '参与智能纺纱生产线的工艺参数优化与质量分析。',
    majors: ['纺织工程', '纺织科学与工程'],
    disciplines: ['工学'],
    degreeLevels: ['master', 'phd'],
    seats: 2,
    supervisor: { name: '马工', title: '高级工程师' },
  });
  const logistics = await Projects.create(actor, unit.hostUnitId, {
    cohortId: cohort.cohortId,
    title: '园区物流调度',
    description: '梳理园区原料与成品的物流调度流程。',
    majors: ['物流管理'],
    disciplines: ['管理学'],
    degreeLevels: [],
    seats: 2,
    supervisor: { name: '刘经理' },
  });
  const mentorEmail = `mentor.${id}@example.org`;
  const { mentor, invitationCode } = await Mentors.create(actor, {
    hostUnitId: unit.hostUnitId,
    name: `赵导师${id}`,
    title: '总工程师',
    phone: '13788886666',
    email: mentorEmail,
    maxMentees: 2,
  });
  await Users.activate({ code: invitationCode, password: PASSWORD }, process.env.JWT_SECRET!);
  const organiserEmail = `placer.${id}@example.org`;
  await createAccount({ email: organiserEmail, name: '岗位安排专员', role: 'organiser', isAdmin: false });
  return {
    id,
    university,
    cohort,
    students,
    registrations,
    unit,
    textile,
    logistics,
    mentor,
    mentorEmail,
    organiserEmail,
  };
}
