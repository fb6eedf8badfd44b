import { ApiError, type ApiFieldError } from '../api/errors';
import type { MessageKey, Translate } from '../i18n/i18n';
import { zhCN } from '../i18n/zh-cn';
import type { FieldVariant } from '../i18n/problem-codes';

/** Every language has the same keys (the compiler checks), so the source language's say which exist. */
const isKey = (key: string): key is MessageKey => Object.hasOwn(zhCN, key);

/**
 * The user-facing sentence for a failed call, by the problem's stable `code`. A code this build does
 * not know (a newer API) says the API's English detail in English and an honest general sentence in Chinese.
 */
export function problemText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('error.unknown');
  const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 900) / 60));
  const key = `code.${error.code}`;
  return isKey(key) ? t(key, { minutes }) : t('code.unknown', { detail: error.message });
}

/** The sentence for the kind of value checked, where the code alone reads wrong (a count, not a length). */
function variantOf({ code, params }: ApiFieldError): FieldVariant | undefined {
  const origin = params?.origin;
  if (code === 'too_small' || code === 'too_big') {
    if (origin === 'array' || origin === 'set') return `${code}.array`;
    if (origin === 'number' || origin === 'bigint' || origin === 'int') return `${code}.number`;
  }
  if (code === 'invalid_format') {
    const format = params?.format;
    const named = format === 'email' || format === 'url' || format === 'datetime' || format === 'date';
    if (named) return `${code}.${format}`;
  }
  return undefined;
}

/**
 * One field error as a sentence, by its `code` and the params the code needs; the English message is
 * only a stand-in for a code this build does not know.
 */
export function fieldText(error: ApiFieldError, t: Translate): string {
  const params = { ...error.params, message: error.message };
  if (error.code === 'too_small' && error.params?.origin === 'string' && error.params.minimum === 1) {
    return t('field_code.required');
  }
  const variant = variantOf(error);
  if (variant) return t(`field_code.${variant}`, params);
  const key = `field_code.${error.code}`;
  return isKey(key) ? t(key, params) : t('field_code.unknown', params);
}

/** Codes that name only the kind of check, so a form that knows its field may have a better sentence. */
const GENERIC = new Set<string>(['invalid_format', 'invalid_type', 'invalid_value', 'invalid_union', 'invalid']);

export type FieldErrors = Record<string, string>;

/**
 * Field errors of a failed call keyed by path (`name`, `contacts.0.phone`), translated. `byPath` gives
 * a form's own sentence for a field (a phone number's expected shape) where the code says only that
 * the format was wrong; a rule with its own code (a phone already registered) keeps its sentence.
 */
export function fieldErrorsOf(error: unknown, t: Translate, byPath: Record<string, MessageKey> = {}): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const out: FieldErrors = {};
  for (const entry of error.fieldErrors) {
    const own = byPath[entry.path];
    out[entry.path] ??= own && GENERIC.has(entry.code ?? 'invalid') ? t(own) : fieldText(entry, t);
  }
  return out;
}
