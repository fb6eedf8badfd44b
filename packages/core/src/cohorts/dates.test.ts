import { describe, expect, it } from 'vitest';
import { CreateCohortInput, cohortDateProblems, UpdateCohortInput } from './cohorts.schema.ts';

const summer = {
  startsOn: '2027-08-01',
  endsOn: '2027-08-31',
  timeZone: 'Asia/Shanghai',
  registrationOpensAt: '2027-05-01T09:00:00+08:00',
  registrationClosesAt: '2027-07-20T18:00:00+08:00',
};
const codes = (v: Parameters<typeof cohortDateProblems>[0]) => cohortDateProblems(v).map((p) => `${p.path}:${p.code}`);

describe('a cohort’s dates', () => {
  it('accept registration closing before the start, or during the programme for late joiners', () => {
    expect(codes(summer)).toEqual([]);
    expect(codes({ ...summer, registrationClosesAt: '2027-08-10T18:00:00+08:00' })).toEqual([]);
    // The last day itself, to its last minute in the cohort's zone.
    expect(codes({ ...summer, registrationClosesAt: '2027-08-31T23:59:00+08:00' })).toEqual([]);
  });

  it('refuse registration still open after the programme’s last day, in the cohort’s time zone', () => {
    expect(codes({ ...summer, registrationClosesAt: '2027-09-01T00:00:00+08:00' })).toEqual([
      'registrationClosesAt:closes_after_end',
    ]);
    // 31 August 20:00 in London is 1 September in Shanghai, but still the last day for a London cohort.
    const late = '2027-08-31T20:00:00+01:00';
    expect(codes({ ...summer, registrationClosesAt: late })).toEqual(['registrationClosesAt:closes_after_end']);
    expect(codes({ ...summer, timeZone: 'Europe/London', registrationClosesAt: late })).toEqual([]);
  });

  it('leave a value that is no instant to its own field’s check', () => {
    expect(codes({ ...summer, registrationClosesAt: 'ꕺ𝂽⍺' })).toEqual([]);
    const parsed = CreateCohortInput.safeParse({
      name: '2027年百名硕博社会实践活动',
      ...summer,
      registrationClosesAt: 'ꕺ𝂽⍺',
    });
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['registrationClosesAt']);
  });

  it('refuse ends before starts, with each field named', () => {
    expect(
      codes({
        ...summer,
        endsOn: '2027-07-31',
        registrationClosesAt: '2027-05-01T09:00:00+08:00',
        checkInWindow: { start: '10:00', end: '09:00' },
      }),
    ).toEqual([
      'endsOn:end_before_start',
      'registrationClosesAt:end_before_start',
      'checkInWindow.end:end_before_start',
    ]);
  });

  it('are checked when a cohort is created, and on an edit as far as it sends them', () => {
    const created = CreateCohortInput.safeParse({
      name: '2027年百名硕博社会实践活动',
      ...summer,
      registrationClosesAt: '2027-09-02T09:00:00+08:00',
    });
    expect(created.success).toBe(false);
    expect(
      created.error?.issues.map((i) => [i.path.join('.'), (i as { params?: { rule?: string } }).params?.rule]),
    ).toEqual([['registrationClosesAt', 'closes_after_end']]);
    // An edit without the time zone leaves the comparison to the whole cohort as the edit would leave it.
    expect(
      UpdateCohortInput.safeParse({
        version: 1,
        ...summer,
        timeZone: undefined,
        registrationClosesAt: '2027-09-02T09:00:00+08:00',
      }).success,
    ).toBe(true);
  });
});
