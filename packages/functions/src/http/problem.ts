import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '@aksu/core/errors';
import { isFieldErrorCode, type FieldError } from '@aksu/core/field-errors';

/** Codes the transport adds to the domain's own. */
export type ProblemCode =
  | ErrorCode
  | 'malformed_json'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'method_not_allowed'
  | 'route_not_found'
  | 'internal_error';

const STATUS: Record<ProblemCode, ContentfulStatusCode> = {
  validation_failed: 400,
  invalid_cursor: 400,
  malformed_json: 400,
  invalid_invitation: 400,
  invalid_code: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  forbidden: 403,
  forbidden_fields: 403,
  account_disabled: 403,
  not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  week_reviewed: 409,
  week_not_over: 409,
  leave_overlaps: 409,
  statement_approved: 409,
  statement_changed: 409,
  nothing_to_pay: 409,
  already_paid: 409,
  already_exists: 409,
  version_conflict: 409,
  idempotency_in_progress: 409,
  invalid_transition: 409,
  already_registered: 409,
  already_checked_in: 409,
  registration_closed: 409,
  rate_limited: 429,
  quota_exceeded: 409,
  duplicate_person: 409,
  no_seats_left: 409,
  mentor_full: 409,
  not_eligible: 422,
  outside_check_in_window: 422,
  sync_too_late: 422,
  date_in_future: 422,
  retention_too_early: 422,
  not_in_session: 409,
  no_published_positions: 409,
  idempotency_key_reused: 422,
  payload_too_large: 413,
  upload_too_large: 413,
  file_too_large: 413,
  file_type_mismatch: 415,
  already_applied: 409,
  headcount_reached: 409,
  unsupported_media_type: 415,
  too_many_attempts: 429,
  busy: 503,
  internal_error: 500,
};

const TITLE: Record<ProblemCode, string> = {
  validation_failed: 'The request is not valid',
  invalid_cursor: 'The cursor is not valid',
  malformed_json: 'The body is not valid JSON',
  invalid_invitation: 'The invitation is not valid',
  invalid_code: 'The code is not valid or has expired',
  unauthorized: 'Sign-in required',
  invalid_credentials: 'Wrong email or password',
  forbidden: 'Not allowed',
  forbidden_fields: 'Some fields may not be changed by you',
  account_disabled: 'The account is disabled',
  not_found: 'Not found',
  route_not_found: 'No such endpoint',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflict',
  week_reviewed: 'The mentor has approved this week; its logs are locked',
  week_not_over: 'The week is not over yet',
  leave_overlaps: 'Leave already asked for some of these days',
  statement_approved: 'The stipend statement is approved and frozen',
  statement_changed: 'The stipend statement changed since it was read',
  nothing_to_pay: 'No approved statements are waiting for a payout batch',
  already_paid: 'The payout batch is already paid',
  already_exists: 'Already exists',
  version_conflict: 'The record has changed',
  idempotency_in_progress: 'The first request is still running',
  invalid_transition: 'That status change is not allowed',
  already_registered: 'Already registered for this event',
  already_checked_in: 'Already checked in',
  registration_closed: 'Registration is closed',
  rate_limited: 'Too many requests; slow down',
  quota_exceeded: "The university's quota for this cohort is used up",
  duplicate_person: 'This person is already registered in this cohort',
  no_seats_left: 'The project has no free seats',
  mentor_full: 'The mentor has as many mentees as allowed',
  not_eligible: 'Not eligible for this cohort',
  outside_check_in_window: 'Outside the check-in window',
  sync_too_late: 'Too late to upload this check-in',
  date_in_future: 'The date is still to come',
  retention_too_early: 'Too early to confirm that year of retention',
  not_in_session: 'Not taking part in a running cohort on that day',
  no_published_positions: 'None of its positions is published',
  idempotency_key_reused: 'Idempotency-Key reused for a different request',
  payload_too_large: 'The body is too large',
  upload_too_large: 'The file unzips to more than allowed',
  file_too_large: 'The file is larger than allowed',
  file_type_mismatch: 'The file is not of a kind accepted here',
  already_applied: 'Already applied to this position',
  headcount_reached: 'Every place of the position is taken',
  unsupported_media_type: 'Unsupported content type',
  too_many_attempts: 'Too many attempts',
  busy: 'The service is busy; try again shortly',
  internal_error: 'Something went wrong on our side',
};

/** Every code a problem document may carry, for the OpenAPI document (clients check they can say each). */
export const PROBLEM_CODES = Object.keys(STATUS) as [ProblemCode, ...ProblemCode[]];

/** A field error whose rule named no listed code goes out as `invalid`: clients never meet a code they cannot say. */
const withKnownCode = (error: FieldError): FieldError =>
  isFieldErrorCode(error.code) ? error : { ...error, code: 'invalid' };

export function statusOf(code: ProblemCode): ContentfulStatusCode {
  return STATUS[code];
}

/** An RFC 9457 problem document with the platform's stable `code`. */
export function problem(
  c: Context,
  code: ProblemCode,
  detail: string,
  extra: { errors?: FieldError[]; [key: string]: unknown } = {},
) {
  const status = STATUS[code];
  const errors = extra.errors && { errors: extra.errors.map(withKnownCode) };
  return c.body(
    JSON.stringify({ type: `urn:aksu:problem:${code}`, title: TITLE[code], status, code, detail, ...extra, ...errors }),
    status,
    { 'content-type': 'application/problem+json; charset=utf-8' },
  );
}
