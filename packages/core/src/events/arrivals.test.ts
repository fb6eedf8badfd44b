import { describe, expect, it } from 'vitest';
import { extraForNewcomers, withinSeats } from './arrivals.ts';

describe('arrival order', () => {
  it('seats arrivals up to the seat line and waitlists the rest, by number alone', () => {
    const seated = Array.from({ length: 12 }, (_, i) => withinSeats({ number: i + 1, seatLine: 10 }));
    expect(seated).toEqual([...Array(10).fill(true), false, false]);
  });

  it('moves the seat line to the next newcomers when seats are free and nobody waits', () => {
    // 10 seats, 14 numbers taken (the 4 waiting were all served or left), 2 seats free: numbers 15 and 16 get them.
    const extra = extraForNewcomers(14, 0, 10, 2);
    expect(extra).toBe(6);
    expect([15, 16, 17].map((number) => withinSeats({ number, seatLine: 10 + extra! }))).toEqual([true, true, false]);
  });

  it('never moves the seat line back', () => {
    // Numbers 1–10 not all taken yet: the seats still free are theirs already.
    expect(extraForNewcomers(7, 0, 10, 3)).toBeUndefined();
    expect(extraForNewcomers(20, 12, 10, 1)).toBeUndefined();
    expect(extraForNewcomers(20, 12, 10, 3)).toBe(13);
  });
});
