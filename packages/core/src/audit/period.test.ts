import { describe, expect, it } from 'vitest';
import { daysNewestFirst } from './period.ts';

describe('daysNewestFirst', () => {
  it('lists the UTC days a period touches, newest first, its exclusive end at midnight touching no day', () => {
    expect(daysNewestFirst('2026-11-30T16:00:00.000Z', '2026-12-03T00:00:00.000Z')).toEqual([
      '2026-12-02',
      '2026-12-01',
      '2026-11-30',
    ]);
    expect(daysNewestFirst('2026-12-02T23:59:00.000Z', '2026-12-03T00:00:01.000Z')).toEqual([
      '2026-12-03',
      '2026-12-02',
    ]);
  });

  it('crosses a month and a year end', () => {
    expect(daysNewestFirst('2025-12-31T10:00:00.000Z', '2026-01-01T10:00:00.000Z')).toEqual([
      '2026-01-01',
      '2025-12-31',
    ]);
  });
});
