import { describe, expect, it } from 'vitest';
import {
  cohortDay,
  datesBetween,
  distanceM,
  insideWindow,
  judgeHappenedAt,
  LATE_SYNC_GRACE_MS,
  windowClosed,
} from './check-in-rules.ts';
import { localTimeOfDay } from '../time.ts';

describe('cohort day', () => {
  it('is the cohort-local date: 23:30 UTC is already the next day in Asia/Shanghai', () => {
    const at = new Date('2030-08-01T23:30:00Z');
    expect(cohortDay(at, 'Asia/Shanghai')).toBe('2030-08-02');
    expect(cohortDay(at, 'UTC')).toBe('2030-08-01');
    expect(localTimeOfDay(at, 'Asia/Shanghai')).toBe('07:30');
  });

  it('follows Urumqi time when the cohort runs on it', () => {
    expect(cohortDay(new Date('2030-08-01T17:30:00Z'), 'Asia/Urumqi')).toBe('2030-08-01');
    expect(cohortDay(new Date('2030-08-01T18:30:00Z'), 'Asia/Urumqi')).toBe('2030-08-02');
  });
});

describe('check-in window', () => {
  const window = { start: '08:00', end: '10:30' };
  it('includes both ends in local time', () => {
    expect(insideWindow(new Date('2030-08-02T00:00:00Z'), 'Asia/Shanghai', window)).toBe(true);
    expect(insideWindow(new Date('2030-08-02T02:30:00Z'), 'Asia/Shanghai', window)).toBe(true);
    expect(insideWindow(new Date('2030-08-02T02:31:00Z'), 'Asia/Shanghai', window)).toBe(false);
    expect(insideWindow(new Date('2030-08-01T23:59:00Z'), 'Asia/Shanghai', window)).toBe(false);
  });
  it('is closed after its end, local time', () => {
    expect(windowClosed(new Date('2030-08-02T02:31:00Z'), 'Asia/Shanghai', window)).toBe(true);
    expect(windowClosed(new Date('2030-08-02T01:00:00Z'), 'Asia/Shanghai', window)).toBe(false);
  });
});

describe('distance', () => {
  it('measures metres between two points', () => {
    const aksu = { lat: 41.1681, lng: 80.2606 };
    expect(distanceM(aksu, aksu)).toBe(0);
    // One thousandth of a degree of latitude is about 111 m.
    expect(distanceM(aksu, { lat: 41.1691, lng: 80.2606 })).toBe(111);
    expect(distanceM(aksu, { lat: 41.1681, lng: 80.2706 })).toBeGreaterThan(830);
  });
});

describe('late sync', () => {
  const now = new Date('2030-08-03T04:00:00Z');
  it('takes a live tap at the server time', () => {
    expect(judgeHappenedAt(now, undefined)).toEqual({ ok: true, at: now, syncedLate: false });
    expect(judgeHappenedAt(now, new Date(now.getTime() - 10_000).toISOString())).toMatchObject({
      ok: true,
      syncedLate: false,
    });
  });
  it('accepts an offline tap inside the grace period, marked late', () => {
    const tapped = new Date(now.getTime() - 30 * 3600_000).toISOString();
    expect(judgeHappenedAt(now, tapped)).toEqual({ ok: true, at: new Date(tapped), syncedLate: true });
  });
  it('refuses older ones and ones from the future', () => {
    expect(judgeHappenedAt(now, new Date(now.getTime() - LATE_SYNC_GRACE_MS - 1000).toISOString())).toEqual({
      ok: false,
      reason: 'too_late',
    });
    expect(judgeHappenedAt(now, new Date(now.getTime() + 3600_000).toISOString())).toEqual({
      ok: false,
      reason: 'future',
    });
  });
});

describe('datesBetween', () => {
  it('lists every date, across a month end', () => {
    expect(datesBetween('2030-08-30', '2030-09-02')).toEqual(['2030-08-30', '2030-08-31', '2030-09-01', '2030-09-02']);
    expect(datesBetween('2030-08-02', '2030-08-01')).toEqual([]);
  });
});
