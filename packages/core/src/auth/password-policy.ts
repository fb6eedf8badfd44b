import { z } from '../schema.ts';
import { COMMON_PASSWORDS } from './common-passwords.ts';
import { rule } from '../field-errors.ts';

export const PASSWORD_MIN_LENGTH = 10;

/** The reasons a new password is refused; the web app translates them by these exact texts. */
export const PASSWORD_MESSAGES = {
  short: `Use at least ${PASSWORD_MIN_LENGTH} characters`,
  long: 'Use at most 128 characters',
  common: 'This password is too common; choose another',
  email: 'Do not use your email address as the password',
} as const;

/** One of the common passwords, alone or with digits and symbols added at the end, or one character over and over. */
export function isCommonPassword(password: string): boolean {
  const lower = password.normalize('NFKC').trim().toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  const base = lower.replace(/[\d\W_]+$/u, '');
  if (base && COMMON_PASSWORDS.has(base)) return true;
  return new Set(lower).size <= 2;
}

/** Whether the password is the email or its name part, which anyone who knows the address would try. */
export function isEmailPassword(password: string, email: string): boolean {
  const lower = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  const name = address.split('@')[0] ?? '';
  return lower === address || lower === name || lower.replace(/[\d\W_]+$/u, '') === name;
}

/**
 * A new password: long enough and not among the common ones. Only new passwords are checked; the
 * email rule needs the account, so the flows that know it apply `isEmailPassword` themselves.
 */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: PASSWORD_MESSAGES.short })
  .max(128, { error: PASSWORD_MESSAGES.long })
  .refine((value) => !isCommonPassword(value), rule('password_common', PASSWORD_MESSAGES.common));
