import { ApiError } from '../../api/errors';
import type { components } from '../../api/schema';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { fieldErrorsOf, problemText, type FieldErrors } from '../../lib/problem-text';

type Schemas = components['schemas'];
export type Cohort = Schemas['Cohort'];
export type CohortStatus = Cohort['status'];
export type CohortSummary = Schemas['CohortSummary'];
export type CohortRegistration = Schemas['CohortRegistration'];
export type RegistrationStatus = CohortRegistration['status'];
export type CohortRegistrationInput = Schemas['CohortRegistrationInput'];
export type DecisionResult = Schemas['CohortDecisionOutcome']['results'][number];
export type CreateCohortInput = Schemas['CreateCohortInput'];
export type UpdateCohortInput = Schemas['UpdateCohortInput'];

export const REGISTRATION_STATUSES: RegistrationStatus[] = [
  'submitted',
  'accepted',
  'waitlisted',
  'rejected',
  'confirmed',
  'withdrawn',
];
export const SUMMARY_COLUMNS = [
  'quota',
  'active',
  'submitted',
  'accepted',
  'waitlisted',
  'rejected',
  'confirmed',
  'withdrawn',
] as const;

export const cohortStatusKey = (s: string) => `cohort.status.${s}` as MessageKey;
export const registrationStatusKey = (s: string) => `creg.status.${s}` as MessageKey;
export const degreeLevelKey = (s: string) => `creg.degree.${s}` as MessageKey;

const REGISTRATION_CODES: Record<string, MessageKey> = {
  quota_exceeded: 'creg.error.quota_exceeded',
  duplicate_person: 'creg.error.duplicate_person',
  not_eligible: 'creg.error.not_eligible',
  registration_closed: 'creg.error.registration_closed',
  invalid_transition: 'creg.error.invalid_transition',
};

/** The sentence for a refused registration or status change, by the problem code. */
export function registrationProblem(error: unknown, t: Translate): string {
  if (error instanceof ApiError && REGISTRATION_CODES[error.code]) return t(REGISTRATION_CODES[error.code]!);
  return problemText(error, t);
}

/** The same for a code reported in a per-row result. */
export function resultReason(code: string | undefined, t: Translate): string {
  if (code && REGISTRATION_CODES[code]) return t(REGISTRATION_CODES[code]!);
  return problemText(new ApiError({ code: code ?? 'unknown', status: 409, detail: '' }), t);
}

const BY_PATH: Record<string, MessageKey> = {
  phone: 'creg.field.mobile',
  'emergencyContact.phone': 'creg.field.mobile',
  email: 'field.email',
  gender: 'creg.field.gender',
  degreeLevel: 'creg.field.degree',
  studyYear: 'creg.field.study_year',
  consent: 'creg.field.consent',
  universityId: 'creg.field.university',
};

/** Field errors of a refused registration, in the interface language, keyed by the API's paths. */
export function registrationFieldErrors(error: unknown, t: Translate): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  // A used-up quota is the whole registration's problem, said once above the form rather than at a field.
  const fields = fieldErrorsOf(error, t, BY_PATH);
  if (error.code === 'quota_exceeded') delete fields.universityId;
  return fields;
}

/**
 * The registration's optional notes, in the order the form shows them: a new note is one entry here
 * (with its label in both language files), and the draft, the empty form, the request body and the
 * inputs follow. Its longest text is the API's (the server refuses more, beside the field).
 */
export const NOTE_FIELDS = [
  { key: 'dietaryNotes', label: 'creg.form.dietary', maxLength: 500 },
  { key: 'healthNotes', label: 'creg.form.health', maxLength: 500 },
] as const satisfies ReadonlyArray<{ key: string; label: MessageKey; maxLength: number }>;

type NoteKey = (typeof NOTE_FIELDS)[number]['key'];
const notesOf = (value: (key: NoteKey) => string | undefined) =>
  Object.fromEntries(NOTE_FIELDS.map(({ key }) => [key, value(key)])) as Record<NoteKey, string>;

/** The form as typed: every answer a string or a tick, sent as typed (the API normalises). */
export interface StudentDraft extends Record<NoteKey, string> {
  universityId: string;
  name: string;
  nationalId: string;
  phone: string;
  email: string;
  degreeLevel: string;
  major: string;
  discipline: string;
  studyYear: string;
  supervisor: string;
  hometown: string;
  hometownCounty: string;
  fromRegion: boolean;
  emergencyName: string;
  emergencyPhone: string;
  emergencyRelation: string;
  consent: boolean;
}

export const emptyStudent = (): StudentDraft => ({
  universityId: '',
  name: '',
  nationalId: '',
  phone: '',
  email: '',
  degreeLevel: '',
  major: '',
  discipline: '',
  studyYear: '',
  supervisor: '',
  hometown: '',
  hometownCounty: '',
  fromRegion: false,
  ...notesOf(() => ''),
  emergencyName: '',
  emergencyPhone: '',
  emergencyRelation: '',
  consent: false,
});

const REQUIRED: Array<[keyof StudentDraft, string]> = [
  ['name', 'name'],
  ['nationalId', 'nationalId'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['degreeLevel', 'degreeLevel'],
  ['major', 'major'],
  ['discipline', 'discipline'],
  ['studyYear', 'studyYear'],
  ['supervisor', 'supervisor'],
  ['hometown', 'hometown'],
  ['emergencyName', 'emergencyContact.name'],
  ['emergencyPhone', 'emergencyContact.phone'],
];

/** Checked before sending, so every missing answer shows at once next to its field. */
export function missingStudentFields(draft: StudentDraft, t: Translate, needsUniversity: boolean): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, path] of REQUIRED) if (!String(draft[field]).trim()) errors[path] = t('field.required');
  if (needsUniversity && !draft.universityId) errors.universityId = t('creg.field.university');
  if (!draft.consent) errors.consent = t('creg.field.consent');
  return errors;
}

export function toRegistrationInput(draft: StudentDraft, withUniversity: boolean): CohortRegistrationInput {
  const optional = (value: string) => (value.trim() ? value : undefined);
  return {
    ...(withUniversity ? { universityId: draft.universityId } : {}),
    name: draft.name,
    nationalId: draft.nationalId,
    phone: draft.phone,
    email: draft.email,
    degreeLevel: draft.degreeLevel,
    major: draft.major,
    discipline: draft.discipline,
    studyYear: draft.studyYear,
    supervisor: draft.supervisor,
    hometown: draft.hometown,
    hometownCounty: optional(draft.hometownCounty),
    fromRegion: draft.fromRegion,
    ...notesOf((key) => optional(draft[key])),
    emergencyContact: {
      name: draft.emergencyName,
      phone: draft.emergencyPhone,
      relation: optional(draft.emergencyRelation),
    },
    consent: draft.consent,
  };
}
