import { describe, expect, it } from 'vitest';
import { isStalled, STALL_MS } from './worker.ts';

describe('isStalled', () => {
  const now = Date.parse('2030-08-01T10:00:00Z');
  const old = new Date(now - STALL_MS - 1).toISOString();
  const recent = new Date(now - STALL_MS + 1_000).toISOString();

  it('takes up an unfinished job without a live lease that has not moved for a while', () => {
    expect(isStalled({ status: 'processing', updatedAt: old }, now)).toBe(true);
    expect(isStalled({ status: 'pending', updatedAt: old }, now)).toBe(true);
    expect(isStalled({ status: 'processing', leaseUntil: now - 1, updatedAt: old }, now)).toBe(true);
  });

  it('leaves a job whose runner still holds the lease, one that moved lately, and a finished one', () => {
    expect(isStalled({ status: 'processing', leaseUntil: now + 1, updatedAt: old }, now)).toBe(false);
    expect(isStalled({ status: 'processing', updatedAt: recent }, now)).toBe(false);
    expect(isStalled({ status: 'completed', updatedAt: old }, now)).toBe(false);
  });
});
