import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { allowedCohortTransitions, assertCohortTransition, registrationRefusal } from './lifecycle.ts';

describe('the cohort lifecycle', () => {
  it('moves forward one step at a time', () => {
    expect(() => assertCohortTransition('planning', 'registration_open')).not.toThrow();
    expect(() => assertCohortTransition('registration_open', 'review')).not.toThrow();
    expect(() => assertCohortTransition('review', 'running')).not.toThrow();
    expect(() => assertCohortTransition('running', 'closed')).not.toThrow();
  });

  it('refuses skipping steps and says what is allowed', () => {
    try {
      assertCohortTransition('planning', 'running');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('invalid_transition');
      expect((error as DomainError).extra.allowed).toEqual(['registration_open']);
    }
  });

  it('can reopen registration from review but never leaves running or closed backwards', () => {
    expect(allowedCohortTransitions('review')).toContain('registration_open');
    expect(allowedCohortTransitions('running')).toEqual(['closed']);
    expect(allowedCohortTransitions('closed')).toEqual([]);
  });
});

describe('who may register when', () => {
  const open = {
    status: 'registration_open' as const,
    registrationOpensAt: '2026-05-01T00:00:00+08:00',
    registrationClosesAt: '2026-06-01T00:00:00+08:00',
  };
  const during = new Date('2026-05-15T00:00:00Z');

  it('lets coordinators register only while open and inside the window', () => {
    expect(registrationRefusal(open, 'coordinator', during)).toBeUndefined();
    expect(registrationRefusal(open, 'coordinator', new Date('2026-04-30T15:59:59Z'))).toMatch(/not opened/);
    expect(registrationRefusal(open, 'coordinator', new Date('2026-05-31T16:00:00Z'))).toMatch(/closed/);
    expect(registrationRefusal({ ...open, status: 'review' }, 'coordinator', during)).toMatch(/not open/);
  });

  it('lets organisers add late nominations during review, whatever the window', () => {
    expect(
      registrationRefusal({ ...open, status: 'review' }, 'organiser', new Date('2026-07-01T00:00:00Z')),
    ).toBeUndefined();
    expect(registrationRefusal({ ...open, status: 'planning' }, 'organiser', during)).toBeDefined();
    expect(registrationRefusal({ ...open, status: 'running' }, 'organiser', during)).toBeDefined();
  });
});
