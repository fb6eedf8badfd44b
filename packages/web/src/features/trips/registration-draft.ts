import type { MessageKey, Translate } from '../../i18n/i18n';
import { fieldErrorsOf, type FieldErrors } from '../../lib/problem-text';
import type { DegreeLevel, RegistrationInput } from './trips';

export interface RegistrationDraft {
  name: string;
  universityName: string;
  degreeLevel: DegreeLevel | '';
  major: string;
  graduationYear: string;
  phone: string;
  email: string;
  hometown: string;
  fromRegion: boolean;
  interestedInSummerProgramme: boolean;
  interestedInFullTime: boolean;
  consent: boolean;
}

export const emptyRegistration = (universityName = ''): RegistrationDraft => ({
  name: '',
  universityName,
  degreeLevel: '',
  major: '',
  graduationYear: '',
  phone: '',
  email: '',
  hometown: '',
  fromRegion: false,
  interestedInSummerProgramme: false,
  interestedInFullTime: false,
  consent: false,
});

const REQUIRED = ['name', 'degreeLevel', 'major', 'graduationYear', 'phone', 'email'] as const;

/** Checked before sending so a student on a phone sees every missing answer at once, in Chinese. */
export function missingRegistrationFields(draft: RegistrationDraft, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const path of REQUIRED) if (!String(draft[path]).trim()) errors[path] = t('field.required');
  if (draft.graduationYear && !/^\d{4}$/.test(draft.graduationYear.trim())) errors.graduationYear = t('reg.field.year');
  if (!draft.consent) errors.consent = t('reg.field.consent');
  return errors;
}

export function toRegistrationInput(draft: RegistrationDraft): RegistrationInput {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    name: draft.name.trim(),
    universityName: optional(draft.universityName),
    degreeLevel: draft.degreeLevel as DegreeLevel,
    major: draft.major.trim(),
    graduationYear: Number(draft.graduationYear.trim()),
    phone: draft.phone.trim(),
    email: draft.email.trim(),
    hometown: optional(draft.hometown),
    fromRegion: draft.fromRegion,
    interestedInSummerProgramme: draft.interestedInSummerProgramme,
    interestedInFullTime: draft.interestedInFullTime,
    consent: true,
  };
}

/** Where the code says only that the format is wrong, the path says which sentence fits that field. */
const BY_PATH: Record<string, MessageKey> = {
  phone: 'field.phone',
  email: 'field.email',
  graduationYear: 'reg.field.year',
  consent: 'reg.field.consent',
  degreeLevel: 'reg.field.degree',
};

export function registrationFieldErrors(error: unknown, t: Translate): FieldErrors {
  return fieldErrorsOf(error, t, BY_PATH);
}
