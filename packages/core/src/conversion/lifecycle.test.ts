import { describe, expect, it } from 'vitest';
import { allowedTransitions, newlyReached, transitionError } from './lifecycle.ts';

describe('outcome lifecycle', () => {
  it('moves forward along the main line, skipping unrecorded steps, up to onboarding', () => {
    expect(allowedTransitions('none')).toEqual([
      'interested',
      'applied',
      'offered',
      'agreement_signed',
      'onboarded',
      'declined',
    ]);
    expect(allowedTransitions('offered')).toEqual(['agreement_signed', 'onboarded', 'declined']);
    expect(transitionError('offered', 'agreement_signed')).toBeNull();
  });

  it('reaches retained only after onboarding and left only from employment', () => {
    expect(transitionError('offered', 'retained')?.code).toBe('invalid_transition');
    expect(transitionError('applied', 'left')?.code).toBe('invalid_transition');
    expect(allowedTransitions('onboarded')).toEqual(['retained', 'left']);
    expect(allowedTransitions('retained')).toEqual(['left']);
  });

  it('never moves backwards or out of a final stage, and lists what is allowed', () => {
    const error = transitionError('agreement_signed', 'applied');
    expect(error?.code).toBe('invalid_transition');
    expect(error?.extra.allowed).toEqual(['onboarded', 'declined']);
    expect(allowedTransitions('declined')).toEqual([]);
    expect(allowedTransitions('left')).toEqual([]);
  });

  it('counts every skipped stage once as reached', () => {
    expect(newlyReached([], 'offered')).toEqual(['interested', 'applied', 'offered']);
    expect(newlyReached(['interested', 'applied', 'offered'], 'onboarded')).toEqual(['agreement_signed', 'onboarded']);
    expect(newlyReached(['interested'], 'declined')).toEqual([]);
  });
});
