/** The apply form's answers as typed, the checks made before anything is sent, and the API's refusals as sentences. */
import type { components } from '../../api/schema';
import { ApiError } from '../../api/errors';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { fieldErrorsOf, problemText, type FieldErrors } from '../../lib/problem-text';

type ApplicationInput = components['schemas']['ApplicationInput'];
type Degree = ApplicationInput['degreeLevel'];

export interface ApplyDraft {
  name: string;
  phone: string;
  email: string;
  degreeLevel: Degree | '';
  universityName: string;
  discipline: string;
  graduationYear: string;
  consent: boolean;
}

export const emptyApplyDraft = (): ApplyDraft => ({
  name: '',
  phone: '',
  email: '',
  degreeLevel: '',
  universityName: '',
  discipline: '',
  graduationYear: '',
  consent: false,
});

/** What the CV upload promises the applicant, the same limit storage enforces. */
const CV_MAX_BYTES = 5 * 1024 * 1024;
export const PDF_TYPE = 'application/pdf';

const REQUIRED = ['name', 'phone', 'email', 'degreeLevel', 'universityName', 'discipline', 'graduationYear'] as const;

/** "4.2 MB": the size said the way the limit is. */
export const formatMegabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The file's first bytes: a PDF starts with `%PDF-` whatever its name says. */
async function looksLikePdf(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
  return String.fromCharCode(...head) === '%PDF-';
}

/**
 * Every answer missing or wrong at once, before anything is sent: on a phone, one round trip per
 * mistake is slow. The CV's kind is read from its first bytes here too, so a renamed file is turned
 * away before it is uploaded; storage checks the same again.
 */
export async function applyDraftProblems(draft: ApplyDraft, cv: File | undefined, t: Translate): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  for (const path of REQUIRED) if (!String(draft[path]).trim()) errors[path] = t('field.required');
  const year = draft.graduationYear.trim();
  if (year && !/^(19|20)\d{2}$/.test(year)) errors.graduationYear = t('applying.year_invalid');
  if (!draft.consent) errors.consent = t('applying.consent_required');
  if (!cv) errors.cv = t('applying.cv_missing');
  else if (cv.size > CV_MAX_BYTES) errors.cv = t('applying.cv_too_big', { size: formatMegabytes(cv.size) });
  else if (!(cv.type === PDF_TYPE || /\.pdf$/i.test(cv.name))) errors.cv = t('applying.cv_not_pdf');
  else if (!(await looksLikePdf(cv))) errors.cv = t('applying.cv_mismatch');
  return errors;
}

export function toApplicationInput(draft: ApplyDraft): Omit<ApplicationInput, 'cvKey' | 'cvName' | 'locale'> {
  return {
    name: draft.name.trim(),
    phone: draft.phone.trim(),
    email: draft.email.trim(),
    degreeLevel: draft.degreeLevel as Degree,
    universityName: draft.universityName.trim(),
    discipline: draft.discipline.trim(),
    graduationYear: Number(draft.graduationYear.trim()),
    consent: true,
  };
}

/** Where the API's code says only that a format is wrong, the field says which sentence fits. */
const BY_PATH: Record<string, MessageKey> = {
  phone: 'field.phone',
  email: 'field.email',
  graduationYear: 'applying.year_invalid',
  consent: 'applying.consent_required',
};

export const applyFieldErrors = (error: unknown, t: Translate): FieldErrors => {
  const errors = fieldErrorsOf(error, t, BY_PATH);
  // The CV's refusals name the file, which the form shows beside the file input.
  if (error instanceof ApiError && (error.code === 'file_type_mismatch' || error.code === 'file_too_large'))
    errors.cv = applyRefusal(error, t);
  return errors;
};

/** The sentence above the form for each refusal an applicant can meet, in the form's language. */
export function applyRefusal(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return problemText(error, t);
  switch (error.code) {
    case 'already_applied':
      return t('applying.already');
    case 'rate_limited':
      return t('applying.rate_limited', { seconds: error.retryAfterSeconds ?? 60 });
    case 'registration_closed':
      return t('applying.closed');
    case 'file_type_mismatch':
      return t('applying.cv_mismatch');
    case 'file_too_large':
      return t('applying.cv_over_limit');
    case 'validation_failed':
      return t('applying.fix_fields');
    default:
      return problemText(error, t);
  }
}
