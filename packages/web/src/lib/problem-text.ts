import { ApiError } from '../api/errors';
import type { MessageKey, Translate } from '../i18n/i18n';

const CODE_MESSAGES: Record<string, MessageKey> = {
  validation_failed: 'error.validation_failed',
  invalid_cursor: 'error.invalid_cursor',
  malformed_json: 'error.bad_request',
  unsupported_media_type: 'error.bad_request',
  payload_too_large: 'error.payload_too_large',
  unauthorized: 'error.unauthorized',
  invalid_credentials: 'error.invalid_credentials',
  too_many_attempts: 'error.too_many_attempts',
  account_disabled: 'error.account_disabled',
  invalid_invitation: 'error.invalid_invitation',
  forbidden: 'error.forbidden',
  forbidden_fields: 'error.forbidden_fields',
  not_found: 'error.not_found',
  route_not_found: 'error.not_found',
  conflict: 'error.conflict',
  already_exists: 'error.already_exists',
  version_conflict: 'error.version_conflict',
  date_in_future: 'error.date_in_future',
  retention_too_early: 'error.retention_too_early',
  internal_error: 'error.internal_error',
  network_error: 'error.network_error',
  unexpected_response: 'error.unexpected_response',
};

/** The user-facing sentence for a failed call, by the problem's stable `code`. */
export function problemText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('error.unknown');
  if (error.code === 'too_many_attempts' || error.code === 'rate_limited') {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 900) / 60));
    return t(error.code === 'rate_limited' ? 'error.rate_limited' : 'error.too_many_attempts', { minutes });
  }
  const key = CODE_MESSAGES[error.code];
  return key ? t(key) : t('error.unknown');
}

/**
 * A field error's `code` is the validator's generic one (`too_small`, `custom`) or absent (the domain's own
 * field errors: a taken name, a reserved field), so it cannot tell the rules apart; the English messages
 * can, so the known ones are recognised here and anything else falls back to a generic sentence.
 */
export function fieldText(message: string, t: Translate): string {
  const known: Record<string, MessageKey> = {
    'Enter a valid email address': 'field.email',
    'Invalid email address': 'field.email',
    'Enter a mainland mobile or landline number': 'field.phone',
    'Enter the full phone number': 'field.phone_full',
    'Use at least 10 characters': 'field.password_short',
    'This password is too common; choose another': 'field.password_common',
    'Do not use your email address as the password': 'field.password_email',
    'The current password is not correct': 'field.current_password_wrong',
    'This name is already registered': 'field.name_taken',
    'This email already has an account': 'field.email_taken',
    'Reserved to organisers': 'field.reserved',
    'Unknown field': 'field.unknown',
  };
  const key = known[message];
  if (key) return t(key);
  const short = /^Too small: expected string to have >=(\d+) characters/.exec(message);
  if (short) return short[1] === '1' ? t('field.required') : t('field.too_short', { n: short[1]! });
  const long = /^Too big: expected string to have <=(\d+) characters/.exec(message);
  if (long) return t('field.too_long', { n: long[1]! });
  const many = /^Too big: expected array to have <=(\d+) items/.exec(message);
  if (many) return t('field.too_many', { n: many[1]! });
  if (/expected \w+, received undefined/.test(message)) return t('field.required');
  return t('field.invalid', { message });
}

export type FieldErrors = Record<string, string>;

/** Field errors of a failed call keyed by path (`name`, `contacts.0.phone`), translated. */
export function fieldErrorsOf(error: unknown, t: Translate): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const out: FieldErrors = {};
  for (const { path, message } of error.fieldErrors) out[path] ??= fieldText(message, t);
  return out;
}
