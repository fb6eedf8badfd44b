import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateIn, formatYuan, today } from './format';

afterEach(() => {
  vi.useRealTimers();
});

describe('dates on Beijing time', () => {
  it("takes today from Beijing's calendar when UTC is still on yesterday", () => {
    // 01:30 on 2 December in Beijing is 17:30 on 1 December in UTC.
    vi.useFakeTimers({ now: new Date('2026-12-01T17:30:00Z') });
    expect(today()).toBe('2026-12-02');
  });

  it('agrees with UTC once both are on the same day', () => {
    vi.useFakeTimers({ now: new Date('2026-12-02T03:00:00Z') });
    expect(today()).toBe('2026-12-02');
  });

  it('gives the date of an instant in the zone asked for', () => {
    expect(dateIn('2026-12-01T17:30:00Z', 'Asia/Shanghai')).toBe('2026-12-02');
    expect(dateIn('2026-12-01T17:30:00Z', 'Asia/Urumqi')).toBe('2026-12-01');
  });
});

describe('money', () => {
  it('reads fen as yuan with two decimals and 元, whatever the amount', () => {
    expect([0, 5, 120_000, 123_456_789, -1_050].map((fen) => formatYuan(fen))).toEqual([
      '0.00 元',
      '0.05 元',
      '1,200.00 元',
      '1,234,567.89 元',
      '-10.50 元',
    ]);
    expect(formatYuan(null)).toBe('—');
  });
});
