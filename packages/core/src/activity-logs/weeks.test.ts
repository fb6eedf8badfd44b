import { describe, expect, it } from 'vitest';
import { approvableFrom, isWeekday, localWeekStart, weekDates, weekStartOf } from './weeks.ts';

describe('weekStartOf', () => {
  it('is the Monday of the ISO week, Sunday belonging to the week before', () => {
    expect(weekStartOf('2026-08-03')).toBe('2026-08-03'); // Monday
    expect(weekStartOf('2026-08-05')).toBe('2026-08-03');
    expect(weekStartOf('2026-08-09')).toBe('2026-08-03'); // Sunday
    expect(weekStartOf('2026-08-10')).toBe('2026-08-10');
  });

  it('crosses month and year ends', () => {
    expect(weekStartOf('2026-09-02')).toBe('2026-08-31');
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
  });
});

describe('localWeekStart in Asia/Shanghai', () => {
  it('starts the week at Monday 00:00 Beijing time, which is Sunday 16:00 UTC', () => {
    expect(localWeekStart(Date.parse('2026-08-09T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-08-03');
    expect(localWeekStart(Date.parse('2026-08-09T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-08-10');
  });

  it('differs from the UTC week near the boundary', () => {
    const sundayNightUtc = Date.parse('2026-08-09T20:00:00Z');
    expect(localWeekStart(sundayNightUtc, 'UTC')).toBe('2026-08-03');
    expect(localWeekStart(sundayNightUtc, 'Asia/Shanghai')).toBe('2026-08-10');
  });
});

describe('weekDates and isWeekday', () => {
  it('lists Monday to Sunday', () => {
    expect(weekDates('2026-08-03')).toEqual([
      '2026-08-03',
      '2026-08-04',
      '2026-08-05',
      '2026-08-06',
      '2026-08-07',
      '2026-08-08',
      '2026-08-09',
    ]);
    expect(weekDates('2026-08-03').map(isWeekday)).toEqual([true, true, true, true, true, false, false]);
  });
});

describe('approvableFrom', () => {
  it('is the Monday after the week, or the day after the cohort ends mid-week', () => {
    expect(approvableFrom('2026-08-03', '2026-08-31')).toBe('2026-08-10');
    expect(approvableFrom('2026-08-03', '2026-08-09')).toBe('2026-08-10');
    expect(approvableFrom('2026-08-03', '2026-08-05')).toBe('2026-08-06');
  });
});
