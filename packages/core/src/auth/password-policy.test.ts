import { describe, expect, it } from 'vitest';
import { isCommonPassword, isEmailPassword, newPasswordSchema, PASSWORD_MESSAGES } from './password-policy.ts';

const refusal = (password: string) => newPasswordSchema.safeParse(password).error?.issues.map((i) => i.message);

describe('new passwords', () => {
  it('need at least 10 characters', () => {
    expect(refusal('12345678')).toContain(PASSWORD_MESSAGES.short);
    expect(refusal('nine-char')).toContain(PASSWORD_MESSAGES.short);
    expect(refusal('ten-chars!')).toBeUndefined();
  });

  it('refuse common passwords, also with digits or symbols added', () => {
    for (const common of [
      '1234567890',
      'Password123',
      'qwerty123456',
      'woaini1314',
      'dragon2026!!',
      'aaaaaaaaaaaa',
      'abababababab',
    ]) {
      expect(isCommonPassword(common), common).toBe(true);
      expect(refusal(common), common).toContain(PASSWORD_MESSAGES.common);
    }
    for (const fine of ['correct-horse-42', 'aksu-demo-2026', 'a-fine-passphrase', '塔里木河的胡杨林'])
      expect(isCommonPassword(fine), fine).toBe(false);
  });

  it('refuse the email or its name part', () => {
    expect(isEmailPassword('Zhang.Wei@Example.com', 'zhang.wei@example.com')).toBe(true);
    expect(isEmailPassword('zhang.wei2026', 'zhang.wei@example.com')).toBe(true);
    expect(isEmailPassword('zhang.wei-at-aksu', 'zhang.wei@example.com')).toBe(false);
  });
});
