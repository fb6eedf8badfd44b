import { describe, expect, it } from 'vitest';
import { configureVault } from '../personal/vault.ts';
import { EVENT_DATA_RETENTION_DAYS, eventDataExpiresAt } from './retention.ts';
import {
  ACCESS_TOKEN_MINUTES,
  checkInTokenFor,
  issueAccessToken,
  readAccessToken,
  recoveryCodeHash,
} from './tokens.ts';

configureVault('unit-test-secret-of-enough-length');

describe('check-in token', () => {
  it('is the same for a registration every time, different between registrations, and QR/API sized', () => {
    const a = checkInTokenFor('reg_A');
    expect(checkInTokenFor('reg_A')).toBe(a);
    expect(checkInTokenFor('reg_B')).not.toBe(a);
    expect(a).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('depends on the server secret, so nobody can compute it from an id alone', () => {
    const before = checkInTokenFor('reg_A');
    configureVault('another-secret-of-enough-length');
    expect(checkInTokenFor('reg_A')).not.toBe(before);
    configureVault('unit-test-secret-of-enough-length');
    expect(checkInTokenFor('reg_A')).toBe(before);
  });
});

describe('registrant access token', () => {
  const now = Date.parse('2030-03-01T10:00:00Z');

  it('opens its registration at its event until it expires', () => {
    const { accessToken, expiresAt } = issueAccessToken('evt_1', 'reg_A', now);
    expect(readAccessToken('evt_1', accessToken, now)).toBe('reg_A');
    expect(Date.parse(expiresAt) - now).toBe(ACCESS_TOKEN_MINUTES * 60_000);
    expect(readAccessToken('evt_1', accessToken, Date.parse(expiresAt))).toBeUndefined();
  });

  it('is refused for another event, another registration or a changed signature', () => {
    const { accessToken } = issueAccessToken('evt_1', 'reg_A', now);
    expect(readAccessToken('evt_2', accessToken, now)).toBeUndefined();
    expect(readAccessToken('evt_1', accessToken.replace('reg_A', 'reg_B'), now)).toBeUndefined();
    expect(
      readAccessToken('evt_1', `${accessToken.slice(0, -1)}${accessToken.endsWith('A') ? 'B' : 'A'}`, now),
    ).toBeUndefined();
    expect(readAccessToken('evt_1', 'nonsense', now)).toBeUndefined();
  });
});

describe('recovery code hash', () => {
  it('binds the code to its registration', () => {
    expect(recoveryCodeHash('reg_A', '123456')).toBe(recoveryCodeHash('reg_A', '123456'));
    expect(recoveryCodeHash('reg_B', '123456')).not.toBe(recoveryCodeHash('reg_A', '123456'));
  });
});

describe('event data retention', () => {
  it('ends the documented number of days after the event starts', () => {
    const startsAt = '2030-03-11T14:00:00+08:00';
    expect(eventDataExpiresAt(startsAt) * 1000 - Date.parse(startsAt)).toBe(
      EVENT_DATA_RETENTION_DAYS * 24 * 3600 * 1000,
    );
  });
});
