import { describe, expect, it } from 'vitest';
import { absentWithoutRecord, dayToMark } from './absentees.ts';

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

describe('a practice day without a record', () => {
  const cohort = {
    timeZone: 'Asia/Shanghai',
    checkInWindow: { start: '08:00', end: '10:30' },
    startsOn: '2030-07-01',
    endsOn: '2030-08-31',
  };
  const intern = { cohort, startDate: '2030-07-10', endDate: '2030-08-20' } as Parameters<
    typeof absentWithoutRecord
  >[0];
  const afterWindow = new Date('2030-08-02T02:31:00Z');
  it('is absent once its window has closed', () => {
    expect(absentWithoutRecord(intern, '2030-08-02', afterWindow)).toBe(true);
    expect(absentWithoutRecord(intern, '2030-07-10', afterWindow)).toBe(true);
  });
  it('is not absent while its window is open or to come', () => {
    expect(absentWithoutRecord(intern, '2030-08-02', new Date('2030-08-02T01:00:00Z'))).toBe(false);
    expect(absentWithoutRecord(intern, '2030-08-03', afterWindow)).toBe(false);
  });
  it('is not absent outside the intern’s placement, even inside the cohort', () => {
    expect(absentWithoutRecord(intern, '2030-07-09', afterWindow)).toBe(false);
    expect(absentWithoutRecord(intern, '2030-08-21', new Date('2030-08-25T03:00:00Z'))).toBe(false);
  });
});
