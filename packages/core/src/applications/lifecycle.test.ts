import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.ts';
import { ApplicationTransitionInput } from './applications.schema.ts';
import { allowedApplicationMoves, APPLICATION_STATUSES, assertApplicationMove } from './lifecycle.ts';

describe('the application lifecycle', () => {
  it('goes submitted → shortlisted → interview → offered → accepted, an interview skippable', () => {
    for (const [from, to] of [
      ['submitted', 'shortlisted'],
      ['shortlisted', 'interview'],
      ['shortlisted', 'offered'],
      ['interview', 'offered'],
      ['offered', 'accepted'],
    ] as const)
      expect(() => assertApplicationMove(from, to)).not.toThrow();
  });

  it('lets the office reject before an offer, the applicant decline an offer, and withdraw until it is answered', () => {
    expect(allowedApplicationMoves('interview')).toContain('rejected');
    expect(allowedApplicationMoves('offered')).not.toContain('rejected');
    expect(allowedApplicationMoves('offered')).toContain('declined');
    for (const from of ['submitted', 'shortlisted', 'interview', 'offered'] as const)
      expect(allowedApplicationMoves(from)).toContain('withdrawn');
  });

  it('ends in four final states, and names the allowed moves when refusing one', () => {
    for (const end of ['accepted', 'declined', 'rejected', 'withdrawn'] as const)
      expect(allowedApplicationMoves(end)).toEqual([]);
    expect(APPLICATION_STATUSES).toHaveLength(8);
    try {
      assertApplicationMove('submitted', 'accepted');
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as DomainError).code).toBe('invalid_transition');
      expect((error as DomainError).extra).toEqual({
        from: 'submitted',
        to: 'accepted',
        allowed: ['shortlisted', 'rejected', 'withdrawn'],
      });
    }
  });

  it('wants a reason with each refusal and with nothing else', () => {
    expect(ApplicationTransitionInput.safeParse({ to: 'rejected', version: 1 }).success).toBe(false);
    expect(ApplicationTransitionInput.safeParse({ to: 'declined', version: 1, reason: ' ' }).success).toBe(false);
    expect(ApplicationTransitionInput.safeParse({ to: 'rejected', version: 1, reason: '专业不符' }).success).toBe(true);
    expect(ApplicationTransitionInput.safeParse({ to: 'shortlisted', version: 1 }).success).toBe(true);
  });
});
