import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { allowedTransitions, assertTransition, expiryBucket, isOverdue, PARTNERSHIP_STATUSES } from './lifecycle.ts';

describe('partnership lifecycle', () => {
  it('moves forward one step at a time', () => {
    expect(() => assertTransition('prospect', 'negotiating')).not.toThrow();
    expect(() => assertTransition('negotiating', 'signed')).not.toThrow();
    expect(() => assertTransition('signed', 'active')).not.toThrow();
    expect(() => assertTransition('active', 'expired')).not.toThrow();
  });
  it('refuses skipping or going back, listing what is allowed', () => {
    try {
      assertTransition('prospect', 'active');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('invalid_transition');
      expect((error as DomainError).extra.allowed).toEqual(['negotiating', 'terminated']);
    }
    expect(() => assertTransition('active', 'negotiating')).toThrow(DomainError);
  });
  it('can terminate any open partnership and nothing after the end', () => {
    for (const from of ['prospect', 'negotiating', 'signed', 'active'] as const)
      expect(allowedTransitions(from)).toContain('terminated');
    for (const to of PARTNERSHIP_STATUSES) {
      expect(() => assertTransition('expired', to)).toThrow(DomainError);
      expect(() => assertTransition('terminated', to)).toThrow(DomainError);
    }
  });
  it('watches only signed and active agreements with an end date for expiry', () => {
    expect(expiryBucket('active', '2026-01-01')).toBe('open');
    expect(expiryBucket('signed', '2026-01-01')).toBe('open');
    expect(expiryBucket('active', undefined)).toBe('none');
    expect(expiryBucket('negotiating', '2026-01-01')).toBe('none');
    expect(expiryBucket('expired', '2026-01-01')).toBe('none');
  });
  it('calls a signed or active agreement overdue from the day after its end date', () => {
    expect(isOverdue({ status: 'active', expiresOn: '2026-12-01' }, '2026-12-02')).toBe(true);
    expect(isOverdue({ status: 'signed', expiresOn: '2026-12-02' }, '2026-12-02')).toBe(false);
    expect(isOverdue({ status: 'expired', expiresOn: '2026-12-01' }, '2026-12-02')).toBe(false);
    expect(isOverdue({ status: 'active' }, '2026-12-02')).toBe(false);
  });
});
