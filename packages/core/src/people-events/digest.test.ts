import { describe, expect, it } from 'vitest';
import { decisionsByUniversity } from './digest.ts';

describe('a review request as coordinators receive it', () => {
  it('is split by university, each keeping the order of the request', () => {
    const groups = decisionsByUniversity([
      { registrationId: 'r1', universityId: 'uA', name: '甲' },
      { registrationId: 'r2', universityId: 'uB', name: '乙' },
      { registrationId: 'r3', universityId: 'uA', name: '丙' },
    ]);
    expect([...groups.keys()]).toEqual(['uA', 'uB']);
    expect(groups.get('uA')!.map((d) => d.name)).toEqual(['甲', '丙']);
    expect(groups.get('uB')!.map((d) => d.name)).toEqual(['乙']);
  });

  it('is empty when nothing was decided', () => {
    expect(decisionsByUniversity([]).size).toBe(0);
  });
});
