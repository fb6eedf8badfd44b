import { describe, expect, it } from 'vitest';
import { idPattern, newId, ulid } from './ids.ts';

describe('ids', () => {
  it('orders by creation time', () => {
    expect(ulid(1_000) < ulid(2_000)).toBe(true);
  });
  it('produces ids that match their own path pattern and no other kind', () => {
    const id = newId('university');
    expect(idPattern('university').test(id)).toBe(true);
    expect(idPattern('user').test(id)).toBe(false);
  });
  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId('user')));
    expect(ids.size).toBe(1000);
  });
});
