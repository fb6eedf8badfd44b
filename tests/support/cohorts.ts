import { randomInt } from 'node:crypto';
import { Cohorts, type CreateCohortInput } from '@aksu/core';
import { nationalIdCheckCharacter } from '@aksu/core/personal/national-id';
import { newAccount, newUniversity, SYSTEM, uniqueSuffix, type Account } from './accounts.ts';
import { call } from './http.ts';

let sequence = randomInt(0, 500);

/** A valid national ID number (check character computed), distinct within a test file. */
export function validNationalId(gender: 'male' | 'female' = 'male'): string {
  sequence += 1;
  const month = String(1 + randomInt(0, 12)).padStart(2, '0');
  const day = String(1 + randomInt(0, 28)).padStart(2, '0');
  const birth = `${1994 + (sequence % 9)}${month}${day}`;
  const seq = (sequence % 100) * 10 + (gender === 'male' ? 1 + 2 * randomInt(0, 5) : 2 * randomInt(0, 5));
  const first17 = `65${String(randomInt(10, 100))}${String(randomInt(10, 100))}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + nationalIdCheckCharacter(first17);
}

export const mobileNumber = () => `13${randomInt(5, 10)}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;

/** The body a coordinator sends for one student. */
export function studentBody(overrides: Record<string, unknown> = {}) {
  return {
    name: `学生${uniqueSuffix()}`,
    nationalId: validNationalId(),
    phone: mobileNumber(),
    email: `s.${uniqueSuffix()}@example.com`,
    degreeLevel: 'master',
    major: '纺织工程',
    discipline: '工学',
    studyYear: 2,
    supervisor: '王教授',
    hometown: '新疆阿克苏',
    hometownCounty: '库车市',
    fromRegion: true,
    emergencyContact: { name: '家长', phone: mobileNumber(), relation: '父亲' },
    consent: true,
    ...overrides,
  };
}

/** A cohort open for registration right now, with the given universities and quotas. */
export async function openCohort(
  universities: { universityId: string; quota: number }[],
  overrides: Partial<CreateCohortInput> = {},
) {
  const now = Date.now();
  const cohort = await Cohorts.create(SYSTEM, {
    name: `百名硕博社会实践${uniqueSuffix()}`,
    startsOn: '2030-08-01',
    endsOn: '2030-08-31',
    registrationOpensAt: new Date(now - 86_400_000).toISOString(),
    registrationClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
    universities,
    ...overrides,
  });
  return Cohorts.transition(SYSTEM, cohort.cohortId, { to: 'registration_open' });
}

/** Two universities, a coordinator of each and an organiser: who a cohort's registration tests act as. */
export interface TwoUniversities {
  organiser: Account;
  coordinatorA: Account;
  coordinatorB: Account;
  uniA: string;
  uniB: string;
}

export async function twoUniversities(): Promise<TwoUniversities> {
  const [uniA, uniB] = (await Promise.all([newUniversity(), newUniversity()])).map((u) => u.universityId) as [
    string,
    string,
  ];
  const [organiser, coordinatorA, coordinatorB] = await Promise.all([
    newAccount('organiser'),
    newAccount('coordinator', { universityId: uniA }),
    newAccount('coordinator', { universityId: uniB }),
  ]);
  return { organiser, coordinatorA, coordinatorB, uniA, uniB };
}

/** A coordinator's or organiser's single registration through the API. */
export const registerStudent = (cohortId: string, token: string, body: unknown, headers: Record<string, string> = {}) =>
  call('POST', `/v1/cohorts/${cohortId}/registrations`, { token, body, headers });

/** One university's counters in a cohort, as the organiser's summary shows them. */
export const universityCounters = async (cohortId: string, universityId: string) =>
  (await Cohorts.summary(SYSTEM, cohortId)).universities.find((u) => u.universityId === universityId)!;
