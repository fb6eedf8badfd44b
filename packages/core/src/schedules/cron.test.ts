import { describe, expect, it } from 'vitest';
import { CronError, cronMatches, parseCron, previousFire } from './cron.ts';
import { SCHEDULES } from './schedules.ts';

const at = (iso: string) => new Date(iso);

describe('AWS cron expressions', () => {
  it('daily at 01:00 UTC fires at that minute only', () => {
    const daily = 'cron(0 1 * * ? *)';
    expect(cronMatches(daily, at('2026-12-02T01:00:00Z'))).toBe(true);
    expect(cronMatches(daily, at('2026-12-02T01:00:59Z'))).toBe(true);
    expect(cronMatches(daily, at('2026-12-02T01:01:00Z'))).toBe(false);
    expect(cronMatches(daily, at('2026-12-02T09:00:00+08:00'))).toBe(true);
    expect(cronMatches(daily, at('2026-12-02T02:00:00Z'))).toBe(false);
  });

  it('hourly at :05', () => {
    const hourly = 'cron(5 * * * ? *)';
    expect(cronMatches(hourly, at('2026-12-02T00:05:00Z'))).toBe(true);
    expect(cronMatches(hourly, at('2026-12-02T17:05:00Z'))).toBe(true);
    expect(cronMatches(hourly, at('2026-12-02T17:06:00Z'))).toBe(false);
  });

  it('weekdays by name and by number, with 1 = Sunday', () => {
    // 2026-12-06 is a Sunday, 2026-12-07 a Monday, 2026-12-05 a Saturday.
    for (const cron of ['cron(30 0 ? * MON-FRI *)', 'cron(30 0 ? * 2-6 *)']) {
      expect(cronMatches(cron, at('2026-12-07T00:30:00Z'))).toBe(true);
      expect(cronMatches(cron, at('2026-12-11T00:30:00Z'))).toBe(true);
      expect(cronMatches(cron, at('2026-12-06T00:30:00Z'))).toBe(false);
      expect(cronMatches(cron, at('2026-12-05T00:30:00Z'))).toBe(false);
    }
    expect(cronMatches('cron(0 0 ? * 1 *)', at('2026-12-06T00:00:00Z'))).toBe(true);
    expect(cronMatches('cron(0 0 ? * SUN,SAT *)', at('2026-12-05T00:00:00Z'))).toBe(true);
  });

  it('steps, lists, ranges, months and years', () => {
    expect(
      [0, 15, 30, 45].every((m) =>
        cronMatches('cron(*/15 * * * ? *)', at(`2026-12-02T03:${String(m).padStart(2, '0')}:00Z`)),
      ),
    ).toBe(true);
    expect(cronMatches('cron(*/15 * * * ? *)', at('2026-12-02T03:10:00Z'))).toBe(false);
    expect(cronMatches('cron(10/20 * * * ? *)', at('2026-12-02T03:50:00Z'))).toBe(true);
    expect(cronMatches('cron(10/20 * * * ? *)', at('2026-12-02T03:00:00Z'))).toBe(false);
    expect(cronMatches('cron(0 8-18/2 * * ? *)', at('2026-12-02T14:00:00Z'))).toBe(true);
    expect(cronMatches('cron(0 8-18/2 * * ? *)', at('2026-12-02T15:00:00Z'))).toBe(false);
    expect(cronMatches('cron(0 0 1,15 JUN-AUG ? *)', at('2026-07-15T00:00:00Z'))).toBe(true);
    expect(cronMatches('cron(0 0 1,15 JUN-AUG ? *)', at('2026-09-15T00:00:00Z'))).toBe(false);
    expect(cronMatches('cron(0 0 1 1 ? 2027)', at('2027-01-01T00:00:00Z'))).toBe(true);
    expect(cronMatches('cron(0 0 1 1 ? 2027)', at('2026-01-01T00:00:00Z'))).toBe(false);
  });

  it('refuses what it cannot read, naming the problem', () => {
    expect(() => parseCron('cron(0 1 * * *)')).toThrow(CronError);
    expect(() => parseCron('cron(0 1 * * * *)')).toThrow(/one of day-of-month and day-of-week/);
    expect(() => parseCron('cron(60 1 * * ? *)')).toThrow(/minutes/);
    expect(() => parseCron('cron(0 1 L * ? *)')).toThrow(/not supported/);
    expect(() => parseCron('cron(0 1 ? * MON#2 *)')).toThrow(/not supported/);
    expect(() => parseCron('cron(0 5-1 * * ? *)')).toThrow(/backwards/);
    expect(() => parseCron('cron(*/0 * * * ? *)')).toThrow(/step/);
  });

  it('finds the latest firing at or before a moment', () => {
    expect(previousFire('cron(0 1 * * ? *)', at('2026-12-02T00:30:00Z'))).toEqual(at('2026-12-01T01:00:00Z'));
    expect(previousFire('cron(0 1 * * ? *)', at('2026-12-02T01:00:30Z'))).toEqual(at('2026-12-02T01:00:00Z'));
    expect(previousFire('cron(5 * * * ? *)', at('2026-12-02T10:04:00Z'))).toEqual(at('2026-12-02T09:05:00Z'));
    expect(previousFire('cron(0 0 1 1 ? 2020)', at('2026-12-02T10:04:00Z'))).toBeUndefined();
  });

  it('reads every schedule in the list', () => {
    for (const { cron } of SCHEDULES) expect(() => parseCron(cron)).not.toThrow();
  });
});
