import { describe, expect, it } from 'vitest';
import { dayToMark } from './absentees.ts';

describe('the day the absentee job marks', () => {
  const cohort = { timeZone: 'Asia/Shanghai', checkInWindow: { start: '08:00', end: '10:30' } };
  it('is today once the window has closed in the cohort’s zone', () => {
    expect(dayToMark(cohort, new Date('2030-08-02T02:31:00Z'))).toBe('2030-08-02');
  });
  it('is yesterday while today’s window is still open or to come', () => {
    expect(dayToMark(cohort, new Date('2030-08-02T01:00:00Z'))).toBe('2030-08-01');
    // 23:30 UTC is 07:30 the next morning in Shanghai: the day before that is marked.
    expect(dayToMark(cohort, new Date('2030-08-01T23:30:00Z'))).toBe('2030-08-01');
  });
});
