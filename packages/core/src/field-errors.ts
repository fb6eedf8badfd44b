/**
 * Stable codes of the entries in a problem's `errors`, one per rule a field can break. Clients show a
 * sentence per code in their own language, so a rule that needs its own wording needs its own code;
 * a code is never renamed. The validator's codes keep their names; the others are the domain's rules.
 */
export const FIELD_ERROR_CODES = [
  // What the validator finds (zod's issue codes), plus `required` for a value left out.
  'required',
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'not_multiple_of',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'unknown_field',
  // Ranges and dates.
  'end_before_start',
  'closes_after_end',
  'leave_too_long',
  'out_of_range',
  'after_today',
  'in_future',
  'too_early',
  'before_agreement',
  'confirmed_before_signed',
  'invalid_date',
  'unknown_time_zone',
  'wrong_year',
  // Something named does not exist or does not belong here.
  'not_found',
  'not_at_stop',
  'not_your_university',
  'not_participating',
  'not_an_intern',
  'not_invited',
  'not_placeable',
  'mentor_not_eligible',
  'unknown_tier',
  'not_organiser',
  'not_contact',
  'tier_not_eligible',
  // Already taken or already done.
  'duplicate_email',
  'duplicate_phone',
  'lead_email_taken',
  'lead_phone_taken',
  'email_taken',
  'name_taken',
  'listed_twice',
  'duplicate_date',
  'duplicate_person',
  'already_logged',
  'already_placed',
  'has_registrations',
  // Limits.
  'below_in_use',
  'quota_exceeded',
  'no_seats_left',
  'mentor_full',
  'not_eligible',
  // Fields that depend on each other.
  'one_of_required',
  'choose_one',
  'university_required',
  'university_not_allowed',
  'unit_required',
  'unit_not_allowed',
  'admin_not_allowed',
  'reason_required',
  'receipt_required',
  // People and credentials.
  'gender_mismatch',
  'national_id_format',
  'national_id_checksum',
  'national_id_birth_date',
  'phone_masked',
  'password_common',
  'password_is_email',
  'current_password_wrong',
  'invalid_code',
  'essential',
  'reserved',
  // A spreadsheet upload.
  'file_too_large',
  'unreadable_file',
  'xls_not_supported',
  'no_header_row',
  'missing_columns',
  'no_rows',
  'too_many_rows',
  // A rule that names no code of its own: the message says it in English only.
  'invalid',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];
export type FieldParams = Record<string, string | number>;

const KNOWN = new Set<string>(FIELD_ERROR_CODES);
export const isFieldErrorCode = (code: unknown): code is FieldErrorCode => typeof code === 'string' && KNOWN.has(code);

/**
 * A domain rule for a zod custom issue or refinement: `{ code: 'custom', path, ...rule(...) }`. The
 * API sends `params.rule` as the field error's code, and the other params for the sentence.
 */
export function rule(code: FieldErrorCode, message: string, params: FieldParams = {}) {
  return { message, params: { ...params, rule: code } };
}

interface Issue {
  code: string;
  message: string;
  params?: Record<string, unknown>;
}

/** The parameters a client needs to say what the validator wanted, e.g. the longest length allowed. */
function issueParams(issue: Issue): FieldParams {
  const out: FieldParams = {};
  const fields = issue as unknown as Record<string, unknown>;
  for (const key of ['origin', 'minimum', 'maximum', 'format', 'expected', 'divisor'] as const) {
    const value = fields[key];
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
    else if (typeof value === 'bigint') out[key] = String(value);
  }
  if (Array.isArray(fields.values)) out.values = fields.values.map(String).join(', ');
  for (const [key, value] of Object.entries(issue.params ?? {})) {
    if (key !== 'rule' && (typeof value === 'string' || typeof value === 'number')) out[key] = value;
  }
  return out;
}

/**
 * A validator issue as a field error. `input` is the value sent at the issue's path, when known: a
 * value of the wrong type that was not sent at all is `required`, which reads differently.
 */
export function fieldErrorOf(issue: Issue, path: string, input?: { value: unknown }): FieldError {
  const params = issueParams(issue);
  let code: FieldErrorCode;
  if (issue.code === 'custom') code = isFieldErrorCode(issue.params?.rule) ? issue.params.rule : 'invalid';
  else if (issue.code === 'invalid_type' && input && input.value == null) code = 'required';
  else code = isFieldErrorCode(issue.code) ? issue.code : 'invalid';
  const error: FieldError = { path, message: issue.message, code };
  return Object.keys(params).length ? { ...error, params } : error;
}

export interface FieldError {
  path: string;
  message: string;
  /** One of FIELD_ERROR_CODES; a code outside them is sent as `invalid`. */
  code?: FieldErrorCode | (string & {});
  /** What the sentence for the code needs, e.g. `maximum` for `too_big`. */
  params?: FieldParams;
}
