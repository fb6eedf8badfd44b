import type { Actor } from '../auth/actor.ts';
import type { CohortRecord } from '../cohorts/records.ts';
import type { ErrorCode, FieldError } from '../errors.ts';
import { fieldErrorOf } from '../field-errors.ts';
import { idFor } from '../ids.ts';
import { maskNationalId } from '../personal/masking.ts';
import {
  NATIONAL_ID_MESSAGES,
  nationalIdGender,
  nationalIdProblem,
  normaliseNationalId,
} from '../personal/national-id.ts';
import { encryptField, lookupHash } from '../personal/vault.ts';
import { RegistrationRow } from './cohort-registrations.schema.ts';
import { normaliseRow } from './normalise.ts';
import type { RegistrationRecord } from './records.ts';
import type { CohortRegistrationView } from './cohort-registrations.schema.ts';

export type RegisterOutcome =
  | { ok: true; registration: CohortRegistrationView }
  | { ok: false; code: ErrorCode; message: string; errors: FieldError[] };

export interface RegisterOptions {
  source?: 'form' | 'import';
  importJobId?: string;
}

/**
 * A person's registration id in a cohort, derived from the cohort and the national-ID hash. The
 * registration is created under "must not exist", so its own key makes "one person once per
 * cohort" hold across universities and requests, with no separate guard item to write.
 */
export const registrationIdOf = (cohortId: string, nationalIdHash: string) =>
  idFor('cohortRegistration', `${cohortId}#${nationalIdHash}`);

export interface Prepared {
  index: number;
  record: RegistrationRecord & { nationalIdSealed: string; nationalIdHash: string };
}

export const fail = (code: ErrorCode, message: string, errors: FieldError[] = []): RegisterOutcome => ({
  ok: false,
  code,
  message,
  errors,
});

function validationFailure(issues: readonly { path: PropertyKey[]; message: string; code: string }[]): RegisterOutcome {
  const errors = issues.map((i) => fieldErrorOf(i, i.path.map(String).join('.') || '(body)'));
  return fail('validation_failed', errors[0]?.message ?? 'The registration is not valid', errors);
}

/** Validates one row into a record ready to write, or the reason it cannot be. */
export function prepare(
  actor: Actor,
  cohort: CohortRecord,
  participating: ReadonlySet<string>,
  raw: unknown,
  options: RegisterOptions,
  at: string,
): Prepared['record'] | RegisterOutcome {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return fail('validation_failed', 'A registration is an object of fields');
  const parsed = RegistrationRow.safeParse(normaliseRow(raw as Record<string, unknown>));
  if (!parsed.success) return validationFailure(parsed.error.issues);
  const row = parsed.data;

  const universityId = actor.role === 'coordinator' ? actor.universityId! : row.universityId;
  if (!universityId)
    return fail('validation_failed', 'Choose the university', [
      { path: 'universityId', message: 'Required', code: 'required' },
    ]);
  if (actor.role === 'coordinator' && row.universityId && row.universityId !== actor.universityId) {
    return fail('forbidden', 'Coordinators register students of their own university', [
      { path: 'universityId', message: 'Not your university', code: 'not_your_university' },
    ]);
  }
  if (!participating.has(universityId)) {
    return fail('not_eligible', 'The university does not take part in this cohort', [
      { path: 'universityId', message: 'Not participating', code: 'not_participating' },
    ]);
  }

  const nationalId = normaliseNationalId(row.nationalId);
  const problem = nationalIdProblem(nationalId);
  if (problem)
    return fail('validation_failed', NATIONAL_ID_MESSAGES[problem], [
      { path: 'nationalId', message: NATIONAL_ID_MESSAGES[problem], code: `national_id_${problem}` },
    ]);
  const gender = nationalIdGender(nationalId);
  if (row.gender && row.gender !== gender) {
    return fail('validation_failed', 'The gender does not match the national ID number', [
      { path: 'gender', message: 'Does not match the national ID number (check both)', code: 'gender_mismatch' },
    ]);
  }
  if (!cohort.eligibleDegreeLevels.includes(row.degreeLevel)) {
    return fail('not_eligible', `This cohort takes ${cohort.eligibleDegreeLevels.join(', ')} students only`, [
      { path: 'degreeLevel', message: 'Not eligible for this cohort', code: 'not_eligible' },
    ]);
  }

  const { consent: _consent, universityId: _u, gender: _g, nationalId: _n, rowKey, ...fields } = row;
  const nationalIdHash = lookupHash('nationalId', nationalId);
  return {
    ...fields,
    registrationId: registrationIdOf(cohort.cohortId, nationalIdHash),
    cohortId: cohort.cohortId,
    universityId,
    gender,
    nationalIdSealed: encryptField(nationalId),
    nationalIdHash,
    nationalIdMasked: maskNationalId(nationalId),
    consentAt: at,
    status: 'submitted',
    source: options.source ?? 'form',
    ...(options.importJobId ? { importJobId: options.importJobId } : {}),
    ...(rowKey ? { rowKey } : {}),
    createdBy: actor.userId,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

export const duplicate = (): RegisterOutcome =>
  fail('duplicate_person', 'This person is already registered in this cohort', [
    { path: 'nationalId', message: 'Already registered in this cohort', code: 'duplicate_person' },
  ]);
export const quotaExceeded = (): RegisterOutcome =>
  fail('quota_exceeded', "The university's quota for this cohort is used up", [
    { path: 'universityId', message: 'Quota used up', code: 'quota_exceeded' },
  ]);
