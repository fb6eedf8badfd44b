import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { issueToken, TOKEN_TTL_SECONDS, verifyToken } from './token.ts';

const actor = { userId: 'usr_1', role: 'coordinator' as const, universityId: 'uni_1' };

describe('tokens', () => {
  it('round-trips the actor', () => {
    const token = issueToken(actor, 'secret');
    expect(verifyToken(token, 'secret')).toEqual({ ...actor, mentorId: undefined, internId: undefined, isAdmin: false });
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
});
