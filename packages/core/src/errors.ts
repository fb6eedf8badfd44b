import type { FieldError } from './field-errors.ts';

export type { FieldError };

/**
 * Stable error codes. Clients branch on `code`, never on messages, so a code is never renamed.
 * The HTTP status for each lives in the functions package; the domain only says what went wrong.
 */
export type ErrorCode =
  | 'validation_failed'
  | 'invalid_cursor'
  | 'unauthorized'
  | 'invalid_credentials'
  | 'too_many_attempts'
  | 'account_disabled'
  | 'invalid_invitation'
  | 'invalid_code'
  | 'forbidden'
  | 'forbidden_fields'
  | 'not_found'
  | 'conflict'
  | 'already_exists'
  | 'version_conflict'
  | 'idempotency_key_reused'
  | 'week_reviewed'
  | 'week_not_over'
  | 'leave_overlaps'
  | 'statement_approved'
  | 'statement_changed'
  | 'nothing_to_pay'
  | 'already_paid'
  | 'idempotency_in_progress'
  | 'invalid_transition'
  | 'already_registered'
  | 'already_checked_in'
  | 'registration_closed'
  | 'rate_limited'
  | 'quota_exceeded'
  | 'duplicate_person'
  | 'no_seats_left'
  | 'mentor_full'
  | 'not_eligible'
  | 'outside_check_in_window'
  | 'sync_too_late'
  | 'date_in_future'
  | 'retention_too_early'
  | 'not_in_session'
  | 'no_published_positions'
  | 'upload_too_large'
  | 'file_too_large'
  | 'file_type_mismatch'
  | 'already_applied'
  | 'headcount_reached'
  | 'busy';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { errors?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} was not found`);
export const forbidden = (message = 'This action is not allowed for your role') =>
  new DomainError('forbidden', message);
