import { describe, expect, it } from 'vitest';
import { reminderDue, reviewable } from './rules.ts';

describe('when the check-in reminder is due', () => {
  const window = { start: '08:00', end: '10:30' };
  it('from half an hour before the window closes until it closes', () => {
    expect(reminderDue('09:59', window)).toBe(false);
    expect(reminderDue('10:00', window)).toBe(true);
    expect(reminderDue('10:29', window)).toBe(true);
    expect(reminderDue('10:30', window)).toBe(false);
  });
  it('never before the window opens, even when the window is shorter than half an hour', () => {
    const short = { start: '08:00', end: '08:20' };
    expect(reminderDue('07:55', short)).toBe(false);
    expect(reminderDue('08:00', short)).toBe(true);
  });
});

describe('which weeks a mentor can review', () => {
  it('pending weeks whose Sunday has passed', () => {
    expect(reviewable({ weekStart: '2030-08-05', status: 'pending' }, '2030-08-31', '2030-08-12')).toBe(true);
    expect(reviewable({ weekStart: '2030-08-05', status: 'pending' }, '2030-08-31', '2030-08-11')).toBe(false);
    expect(reviewable({ weekStart: '2030-08-05', status: 'approved' }, '2030-08-31', '2030-08-12')).toBe(false);
    expect(reviewable({ weekStart: '2030-08-05', status: 'returned' }, '2030-08-31', '2030-08-12')).toBe(false);
  });
  it('a week cut short by the cohort’s end, from the day after that end', () => {
    expect(reviewable({ weekStart: '2030-08-26', status: 'pending' }, '2030-08-28', '2030-08-29')).toBe(true);
  });
});
