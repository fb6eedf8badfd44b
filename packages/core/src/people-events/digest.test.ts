import { describe, expect, it } from 'vitest';
import { digestDueAt, digestKey, encodeEntry, GATHER_MS, nextStep, studentsOf } from './digest.ts';

const decision = (registrationId: string, name: string, position: number, decidedAt = '2026-12-02T10:00:00.000Z') => ({
  registrationId,
  name,
  position,
  decidedAt,
});

describe("a review's digest as coordinators receive it", () => {
  it('lists each student once, in the order of the request, whatever order the decisions arrived in', () => {
    const entries = [
      encodeEntry(decision('r3', '丙', 2)),
      encodeEntry(decision('r1', '甲', 0)),
      encodeEntry(decision('r2', '乙', 1)),
    ];
    expect(studentsOf(entries).map((s) => s.name)).toEqual(['甲', '乙', '丙']);
    expect(studentsOf([...entries, encodeEntry(decision('r1', '甲', 0))]).map((s) => s.registrationId)).toEqual([
      'r1',
      'r2',
      'r3',
    ]);
  });

  it('records a decision the same way every time, so adding a replayed one to the set adds nothing', () => {
    const a = encodeEntry({ decidedAt: '2026-12-02T10:00:00.000Z', position: 4, name: '甲', registrationId: 'r1' });
    const b = encodeEntry(decision('r1', '甲', 4));
    expect(a).toBe(b);
    expect(new Set([a, b]).size).toBe(1);
  });

  it('keeps no more than the student: the national ID or anything else in the event stays out', () => {
    const entry = encodeEntry({ ...decision('r1', '甲', 0), nationalId: '11010519491231002X' } as ReturnType<
      typeof decision
    >);
    expect(entry).not.toContain('11010519491231002X');
    expect(Object.keys(JSON.parse(entry)).sort()).toEqual(['decidedAt', 'name', 'position', 'registrationId']);
  });

  it('is empty when nothing was decided', () => {
    expect(studentsOf([])).toEqual([]);
  });
});

describe('where a decision goes', () => {
  it('starts the digest when there is none, joins an open one, and is added once', () => {
    expect(nextStep(null, 'r1')).toBe('create');
    expect(nextStep({ status: 'open', registrationIds: ['r2'] }, 'r1')).toBe('add');
    expect(nextStep({ status: 'open', registrationIds: ['r1', 'r2'] }, 'r1')).toBe('already-there');
  });

  it('never joins a digest already closed or sent: it goes to the next generation, unless it was in that one', () => {
    expect(nextStep({ status: 'sending', registrationIds: ['r2'] }, 'r1')).toBe('next-generation');
    expect(nextStep({ status: 'sent', registrationIds: ['r2'] }, 'r1')).toBe('next-generation');
    expect(nextStep({ status: 'sent', registrationIds: ['r1', 'r2'] }, 'r1')).toBe('already-there');
  });
});

describe('when a digest goes out and under which key', () => {
  it('is due a while after its first decision, or after it was seen when the worker catches up', () => {
    const decidedAt = '2026-12-02T10:00:00.000Z';
    expect(digestDueAt(decidedAt, new Date('2026-12-02T10:00:01.000Z'))).toBe(
      new Date(Date.parse('2026-12-02T10:00:01.000Z') + GATHER_MS).toISOString(),
    );
    expect(digestDueAt(decidedAt, new Date('2026-12-02T09:59:00.000Z'))).toBe('2026-12-02T10:02:00.000Z');
    expect(digestDueAt(decidedAt, new Date('2026-12-02T13:00:00.000Z'))).toBe('2026-12-02T13:02:00.000Z');
  });

  it('keys the first generation by review and university, later ones with their number', () => {
    expect(digestKey('rvw_1', 'uni_1', 1)).toBe('review-digest:rvw_1:uni_1');
    expect(digestKey('rvw_1', 'uni_1', 2)).toBe('review-digest:rvw_1:uni_1:2');
    expect(new Set([1, 2, 3].map((g) => digestKey('rvw_1', 'uni_1', g))).size).toBe(3);
  });
});
