import { describe, expect, it } from 'vitest';
import { idFor, idPattern, newId, ulid } from './ids.ts';

describe('ids', () => {
  it('orders by creation time', () => {
    expect(ulid(1_000) < ulid(2_000)).toBe(true);
  });
  it('produces ids that match their own path pattern and no other kind', () => {
    const id = newId('university');
    expect(idPattern('university').test(id)).toBe(true);
    expect(idPattern('user').test(id)).toBe(false);
  });
  it('matches an id of any of several kinds, and nothing else', () => {
    const either = idPattern('hostUnit', 'employer');
    expect(either.test(newId('hostUnit')) && either.test(newId('employer'))).toBe(true);
    expect(either.test(newId('position'))).toBe(false);
    expect(either.source).toBe('^(hst|emp)_[0-9A-HJKMNP-TV-Z]{26}$');
  });
  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId('user')));
    expect(ids.size).toBe(1000);
  });
  it('derives the same valid id from the same key and different ids from different keys', () => {
    const id = idFor('cohortRegistration', 'coh_1#hash-a');
    expect(idPattern('cohortRegistration').test(id)).toBe(true);
    expect(idFor('cohortRegistration', 'coh_1#hash-a')).toBe(id);
    expect(idFor('cohortRegistration', 'coh_2#hash-a')).not.toBe(id);
    expect(idFor('cohortRegistration', 'coh_1#hash-b')).not.toBe(id);
    expect(idFor('user', 'coh_1#hash-a').slice(4)).not.toBe(id.slice(4));
  });
  it('spreads derived ids over the whole alphabet', () => {
    const chars = new Set(
      Array.from({ length: 200 }, (_, i) => idFor('cohortRegistration', `k${i}`).slice(4)).join(''),
    );
    expect(chars.size).toBe(32);
  });
});
