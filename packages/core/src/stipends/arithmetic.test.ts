import { describe, expect, it } from 'vitest';
import {
  countedDays,
  fenText,
  internStatement,
  mentorStatement,
  sumFen,
  times,
  type AttendanceDay,
  type StipendRules,
} from './arithmetic.ts';

const rules = (overrides: Partial<StipendRules> = {}): StipendRules => ({
  dailyAllowanceFen: 8_333,
  countedDays: 'checked_in',
  travelCapFen: 150_000,
  projectAwardFen: 200_000,
  mentorAllowancePerMenteeFen: 100_000,
  ...overrides,
});

/** Days from 2026-08-03 (a Monday) with the given statuses. */
function days(...statuses: AttendanceDay['status'][]): AttendanceDay[] {
  return statuses.map((status, i) => {
    const d = new Date(Date.UTC(2026, 7, 3 + i));
    return { date: d.toISOString().slice(0, 10), status };
  });
}

describe('stipend arithmetic in fen', () => {
  it('23 days × 8,333 fen is exactly 191,659 fen (1,916.59 yuan)', () => {
    const statement = internStatement(
      rules(),
      days(...Array<AttendanceDay['status']>(23).fill('present')),
      0,
      '2026-09-01',
    );
    expect(statement.lines[0]).toMatchObject({ kind: 'daily', quantity: 23, unitFen: 8_333, amountFen: 191_659 });
    expect(statement.lines[0]!.label).toBe('签到天数 23 天 × 日补贴 83.33 元');
    // What a screen in another language needs to say the same: which days counted, leave or not.
    expect(statement.lines[0]).toMatchObject({ basis: 'checked_in', withLeave: false });
    expect(statement.totalFen).toBe(191_659 + 0 + 200_000);
    // Adding yuan day by day in floating point drifts (1916.5899999999995); fen never go there.
    let yuanDaily = 0;
    for (let i = 0; i < 23; i++) yuanDaily += 83.33;
    expect(yuanDaily).not.toBe(1916.59);
    expect(fenText(statement.lines[0]!.amountFen)).toBe('1916.59');
  });

  it('sums many odd amounts without drift', () => {
    const amounts = Array.from({ length: 1000 }, () => 10);
    expect(sumFen(amounts)).toBe(10_000);
    expect(times(31, 3_333)).toBe(103_323);
    expect(() => times(1.5, 100)).toThrow(RangeError);
    expect(() => sumFen([1, 0.1])).toThrow(RangeError);
  });

  it('caps travel at the policy cap and explains it', () => {
    const over = internStatement(rules(), [], 180_050, '2026-09-01');
    expect(over.lines[1]).toMatchObject({ kind: 'travel', claimedFen: 180_050, amountFen: 150_000 });
    expect(over.lines[1]!.label).toContain('按上限 1500.00 元');
    expect(over.lines[1]!.capFen).toBe(150_000);
    const under = internStatement(rules(), [], 98_765, '2026-09-01');
    expect(under.lines[1]!.amountFen).toBe(98_765);
    expect(under.totalFen).toBe(98_765 + 200_000);
  });

  it('formats fen as yuan text', () => {
    expect(fenText(0)).toBe('0.00');
    expect(fenText(5)).toBe('0.05');
    expect(fenText(100_000_01)).toBe('100000.01');
  });
});

describe('counted days', () => {
  const week = days('present', 'late_synced', 'leave', 'absent', 'present', 'present', 'leave', 'future');
  /** The last day of `week`, before its check-in window has closed. */
  const TODAY = '2026-08-10';

  it('checked_in counts present and late-synced days, leave only when the policy says so', () => {
    expect(countedDays(week, { countedDays: 'checked_in' }, TODAY)).toBe(4);
    expect(countedDays(week, { countedDays: 'checked_in', countApprovedLeave: true }, TODAY)).toBe(6);
  });

  it('weekdays leaves out Saturday and Sunday', () => {
    // Mon present, Tue late, Wed leave, Thu absent, Fri present, Sat present, Sun leave.
    expect(countedDays(week, { countedDays: 'weekdays' }, TODAY)).toBe(3);
    expect(countedDays(week, { countedDays: 'weekdays', countApprovedLeave: true }, TODAY)).toBe(4);
  });

  it('calendar counts every elapsed day but leave only when counted, never future days', () => {
    expect(countedDays(week, { countedDays: 'calendar' }, TODAY)).toBe(5);
    expect(countedDays(week, { countedDays: 'calendar', countApprovedLeave: true }, TODAY)).toBe(7);
  });

  it('counts approved leave only once its day has passed, a check-in on its own day', () => {
    // Today is Monday 3 August, checked in; leave is approved for Tuesday and Wednesday.
    const ahead = days('present', 'leave', 'leave');
    expect(countedDays(ahead, { countedDays: 'checked_in', countApprovedLeave: true }, '2026-08-03')).toBe(1);
    expect(countedDays(ahead, { countedDays: 'calendar', countApprovedLeave: true }, '2026-08-04')).toBe(1);
    expect(countedDays(ahead, { countedDays: 'weekdays', countApprovedLeave: true }, '2026-08-05')).toBe(2);
    expect(countedDays(ahead, { countedDays: 'checked_in', countApprovedLeave: true }, '2026-08-06')).toBe(3);
  });
});

describe('mentor allowance', () => {
  it('is one line per mentee at the rate', () => {
    const s = mentorStatement(rules(), [
      { registrationId: 'crg_a', name: '甲' },
      { registrationId: 'crg_b', name: '乙' },
    ]);
    expect(s.lines.map((l) => l.amountFen)).toEqual([100_000, 100_000]);
    expect(s.totalFen).toBe(200_000);
    expect(s.lines[0]!.label).toBe('帮带 甲：导师补贴 1000.00 元');
    expect(s.lines[1]).toMatchObject({ menteeName: '乙', refId: 'crg_b' });
  });
});
