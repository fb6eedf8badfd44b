import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { issueToken, TOKEN_TTL_SECONDS, verifySession, verifyToken } from './token.ts';

const actor = { userId: 'usr_1', role: 'coordinator' as const, universityId: 'uni_1' };

describe('tokens', () => {
  it('round-trips the actor', () => {
    const token = issueToken(actor, 'secret');
    expect(verifyToken(token, 'secret')).toEqual({
      ...actor,
      mentorId: undefined,
      internId: undefined,
      isAdmin: false,
    });
  });
  it('carries the record a scoped account is bound to, and only that', () => {
    const reviewer = { userId: 'usr_2', role: 'reviewer' as const, unitId: 'emp_1' };
    const actor = verifyToken(issueToken(reviewer, 'secret'), 'secret');
    expect(actor).toEqual({ ...reviewer, isAdmin: false });
    expect(Object.keys(actor)).not.toContain('universityId');
  });
  it('rejects a token signed with another secret', () => {
    const token = issueToken(actor, 'other');
    expect(() => verifyToken(token, 'secret')).toThrow(DomainError);
  });
  it('rejects an expired token', () => {
    const issuedAt = Date.now() - (TOKEN_TTL_SECONDS + 1) * 1000;
    const token = issueToken(actor, 'secret', issuedAt);
    expect(() => verifyToken(token, 'secret')).toThrow(/expired/);
  });
  it('rejects a token whose claims were edited', () => {
    const [h, , s] = issueToken(actor, 'secret').split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'usr_1', role: 'organiser', exp: 9e9 })).toString('base64url');
    expect(() => verifyToken(`${h}.${forged}.${s}`, 'secret')).toThrow(DomainError);
  });
  it('rejects garbage', () => {
    for (const bad of ['', 'a.b', 'a.b.c', '...']) expect(() => verifyToken(bad, 'secret')).toThrow(DomainError);
  });
  it('carries the account generation it was issued under', () => {
    expect(verifySession(issueToken(actor, 'secret', Date.now(), 3), 'secret').generation).toBe(3);
    expect(verifySession(issueToken(actor, 'secret'), 'secret').generation).toBe(0);
  });
  it('accepts the signature only in its one canonical spelling', () => {
    const [h, p, s] = issueToken(actor, 'secret').split('.') as [string, string, string];
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // The last of 43 characters holds 4 signature bits and 2 unused ones; flipping an unused one decodes the same.
    const flipped = alphabet[alphabet.indexOf(s.at(-1)!) ^ 1]!;
    for (const variant of [`${s}=`, `${s.slice(0, -1)}${flipped}`]) {
      expect(() => verifyToken(`${h}.${p}.${variant}`, 'secret')).toThrow(DomainError);
    }
    expect(verifyToken(`${h}.${p}.${s}`, 'secret').userId).toBe('usr_1');
  });
});
