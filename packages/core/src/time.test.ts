import { describe, expect, it } from 'vitest';
import { addDays, localDate, localDateTime, localTimeOfDay } from './time.ts';

describe('calendar dates', () => {
  it('uses the programme time zone, not the server one', () => {
    // 2024-08-01 17:30 UTC is already 2 August in Beijing.
    expect(localDate(Date.UTC(2024, 7, 1, 17, 30))).toBe('2024-08-02');
    expect(localDate(Date.UTC(2024, 7, 1, 17, 30), 'UTC')).toBe('2024-08-01');
  });
  it('adds days across month and year ends', () => {
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('local date and time', () => {
  it('shows an instant in Beijing time whatever offset it was written with', () => {
    expect(localDateTime('2024-03-11T14:00:00+08:00')).toBe('2024-03-11 14:00:00');
    expect(localDateTime('2024-03-11T23:30:05Z')).toBe('2024-03-12 07:30:05');
    expect(localDateTime(Date.UTC(2024, 0, 1, 0, 0), 'UTC')).toBe('2024-01-01 00:00:00');
  });
});

describe('formatters kept per time zone', () => {
  it('answers each zone in its own time, in any order, from midnight to the last minute', () => {
    const at = Date.UTC(2024, 7, 1, 16, 0); // 00:00 on 2 August in Beijing
    for (let round = 0; round < 2; round++) {
      expect(localTimeOfDay(at, 'Asia/Shanghai')).toBe('00:00');
      expect(localTimeOfDay(at, 'Asia/Urumqi')).toBe('22:00');
      expect(localTimeOfDay(at - 60_000, 'Asia/Shanghai')).toBe('23:59');
      expect(localDate(at, 'Asia/Shanghai')).toBe('2024-08-02');
      expect(localDate(at, 'Asia/Urumqi')).toBe('2024-08-01');
      expect(localDateTime(at, 'Asia/Urumqi')).toBe('2024-08-01 22:00:00');
      expect(localDateTime(at)).toBe('2024-08-02 00:00:00');
    }
  });
});
