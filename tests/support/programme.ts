import {
  addDays,
  CohortRegistrations,
  db,
  HostUnits,
  Mentors,
  newId,
  Projects,
  registerBatch,
  registrationIdOf,
  Users,
  type CreateCohortInput,
  type CreateHostUnitInput,
  type CreateMentorInput,
  type CreateProjectInput,
} from '@aksu/core';
import { PASSWORD, SYSTEM, uniqueEmail, uniqueSuffix, type Account } from './accounts.ts';
import { mobileNumber, openCohort, studentBody } from './cohorts.ts';

/**
 * Programme data for placement tests: a cohort, host units, projects, mentors and accepted interns.
 * Cohorts and registrations are written as records in their final state, which is what placements
 * read; how they get there is the registrations domain's business and tested there.
 */
export async function newCohort(overrides: Record<string, unknown> = {}) {
  const at = new Date().toISOString();
  // Registration ends the day before the start, so that a cohort moved into the past is still one a
  // later edit through the domain accepts (registration may not close after the programme's last day).
  const startsOn = (overrides.startsOn as string | undefined) ?? '2030-08-01';
  const cohort = {
    cohortId: newId('cohort'),
    name: `百名硕博社会实践${uniqueSuffix()}`,
    startsOn,
    endsOn: '2030-08-31',
    timeZone: 'Asia/Shanghai',
    registrationOpensAt: `${addDays(startsOn, -90)}T00:00:00+08:00`,
    registrationClosesAt: `${addDays(startsOn, -1)}T23:59:59+08:00`,
    status: 'review' as const,
    eligibleDegreeLevels: ['master', 'phd'] as Array<'master' | 'phd'>,
    stipendPolicy: {
      dailyAllowanceFen: 10000,
      countedDays: 'checked_in' as const,
      travelCapFen: 200000,
      projectAwardFen: 200000,
      mentorAllowancePerMenteeFen: 100000,
    },
    checkInWindow: { start: '08:00', end: '11:00' },
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...overrides,
  };
  await db().service.entities.cohort.create(cohort).go();
  return cohort;
}

/** The record of an accepted registration of the university in the cohort, not yet written. */
export function acceptedInternRecord(cohortId: string, universityId: string, overrides: Record<string, unknown> = {}) {
  const at = new Date().toISOString();
  const nationalIdHash = `hash-${uniqueSuffix()}`;
  return {
    registrationId: registrationIdOf(cohortId, nationalIdHash),
    cohortId,
    universityId,
    name: `实习生${uniqueSuffix()}`,
    gender: 'female' as const,
    nationalIdSealed: 'sealed',
    nationalIdHash,
    nationalIdMasked: '110***********1234',
    phone: mobileNumber(),
    email: uniqueEmail('intern'),
    degreeLevel: 'master' as const,
    major: '纺织工程',
    discipline: '工学',
    studyYear: 2,
    supervisor: '张教授',
    hometown: '北京市',
    fromRegion: false,
    emergencyContact: { name: '家长', phone: mobileNumber() },
    consentAt: at,
    status: 'accepted' as const,
    source: 'form' as const,
    createdBy: SYSTEM.userId,
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...overrides,
  };
}

/** An accepted registration of the university in the cohort: an intern waiting to be placed. */
export async function acceptedIntern(cohortId: string, universityId: string, overrides: Record<string, unknown> = {}) {
  const record = acceptedInternRecord(cohortId, universityId, overrides);
  await db()
    .service.entities.cohortRegistration.create(record as never)
    .go();
  return record;
}

/**
 * A cohort open for registration with the universities taking part, made through the cohorts
 * domain; with `registeredInterns` the placement tests use the real registration and decision path.
 */
export async function openProgrammeCohort(universityIds: string[], overrides: Partial<CreateCohortInput> = {}) {
  return openCohort(
    universityIds.map((universityId) => ({ universityId, quota: 1000 })),
    overrides,
  );
}

/** Placement-relevant fields; the rest of the registration comes from `studentBody`. */
type InternFields = Partial<
  Record<'name' | 'major' | 'discipline' | 'degreeLevel' | 'hometown' | 'hometownCounty', string> & {
    fromRegion: boolean;
  }
>;
type Status = 'submitted' | 'accepted' | 'waitlisted' | 'rejected';

/**
 * Registrations of the university in the cohort, in one batch, then decided together (accepted
 * unless told otherwise): interns waiting to be placed. Not from the region unless told.
 */
export async function registeredInterns(
  cohortId: string,
  universityId: string,
  count: number,
  fields: InternFields = {},
  status: Status = 'accepted',
) {
  const rows = Array.from({ length: count }, () =>
    studentBody({ universityId, hometown: '北京市', hometownCounty: undefined, fromRegion: false, ...fields }),
  );
  const outcomes = await registerBatch(SYSTEM, cohortId, rows);
  const ids = outcomes.map((o) => {
    if (!o.ok) throw new Error(`test registration refused: ${o.code} ${o.message}`);
    return o.registration.registrationId;
  });
  if (status !== 'submitted') {
    for (let i = 0; i < ids.length; i += 100)
      await CohortRegistrations.decide(SYSTEM, cohortId, { registrationIds: ids.slice(i, i + 100), decision: status });
  }
  const records = await Promise.all(ids.map((id) => CohortRegistrations.getRecord(id)));
  return records.map((r) => r!);
}

export async function registeredIntern(
  cohortId: string,
  universityId: string,
  fields: InternFields = {},
  status: Status = 'accepted',
) {
  return (await registeredInterns(cohortId, universityId, 1, fields, status))[0]!;
}

export function newHostUnit(overrides: Partial<CreateHostUnitInput> = {}) {
  return HostUnits.create(SYSTEM, {
    name: `阿克苏测试单位${uniqueSuffix()}`,
    kind: 'enterprise',
    cluster: 'textile_apparel',
    county: 'kuqa',
    address: '库车市天山路1号',
    contact: { name: '单位联系人', phone: mobileNumber() },
    ...overrides,
  });
}

export function newProject(hostUnitId: string, cohortId: string, overrides: Partial<CreateProjectInput> = {}) {
  return Projects.create(SYSTEM, hostUnitId, {
    cohortId,
    title: `纺织工艺优化${uniqueSuffix()}`,
    description: '参与生产线工艺改进',
    majors: ['纺织工程'],
    disciplines: ['工学'],
    degreeLevels: ['master', 'phd'],
    seats: 5,
    supervisor: { name: '王工', title: '高级工程师' },
    ...overrides,
  });
}

export function newMentor(hostUnitId: string | undefined, overrides: Partial<CreateMentorInput> = {}) {
  return Mentors.create(SYSTEM, {
    ...(hostUnitId ? { hostUnitId } : {}),
    name: `导师${uniqueSuffix()}`,
    title: '高级工程师',
    phone: mobileNumber(),
    email: uniqueEmail('mentor'),
    maxMentees: 3,
    ...overrides,
  });
}

/** A mentor with an activated, signed-in account. */
export async function mentorAccount(hostUnitId: string | undefined, overrides: Partial<CreateMentorInput> = {}) {
  const { mentor, invitationCode } = await newMentor(hostUnitId, overrides);
  const session = await Users.activate({ code: invitationCode, password: PASSWORD }, process.env.JWT_SECRET!);
  return { mentor, account: { ...session, email: mentor.email } as Account };
}
