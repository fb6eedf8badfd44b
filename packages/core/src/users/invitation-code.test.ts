import { describe, expect, it } from 'vitest';
import { hashInvitationCode, newInvitationCode } from './invitation-code.ts';

describe('invitation codes', () => {
  it('look like XXXX-XXXX without ambiguous characters', () => {
    for (let i = 0; i < 200; i++) expect(newInvitationCode()).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  });
  it('hash the same however the person types them', () => {
    expect(hashInvitationCode('abcd-efgh')).toBe(hashInvitationCode(' ABCD EFGH '));
    expect(hashInvitationCode('ABCD-EFGH')).not.toBe(hashInvitationCode('ABCD-EFGJ'));
  });
});
