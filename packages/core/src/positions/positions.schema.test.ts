import { describe, expect, it } from 'vitest';
import { newId } from '../ids.ts';
import { CreateAnnouncementInput } from './announcements.schema.ts';
import { CreatePositionInput } from './positions.schema.ts';

const position = {
  unitId: newId('hostUnit'),
  title: '工艺工程师',
  sector: '石油化工',
  cluster: 'petrochemical',
  county: 'kuqa',
  degreeLevel: 'master',
  headcount: 2,
  postKind: 'state_enterprise',
  deadline: '2030-06-30',
  contact: { name: '人事部', phone: '0997-7123456' },
};
const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  result.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('position rules', () => {
  it('takes a host unit or an employer as the unit, and nothing else', () => {
    expect(CreatePositionInput.safeParse(position).success).toBe(true);
    expect(CreatePositionInput.safeParse({ ...position, unitId: newId('employer') }).success).toBe(true);
    expect(issues(CreatePositionInput.safeParse({ ...position, unitId: newId('university') }))).toEqual(['unitId']);
  });
  it('fills the optional lists and flags, leaving the salary negotiable', () => {
    const parsed = CreatePositionInput.parse(position);
    expect(parsed).toMatchObject({ disciplines: [], majors: [], inHighTechZone: false, staffingPool: false });
    expect(parsed).not.toHaveProperty('salaryBand');
  });
  it('refuses a salary band whose top is below its bottom', () => {
    const band = { minFen: 10_000_00, maxFen: 9_000_00, per: 'month' };
    expect(issues(CreatePositionInput.safeParse({ ...position, salaryBand: band }))).toEqual(['salaryBand.maxFen']);
  });
});

describe('announcement rules', () => {
  it('lists each position once', () => {
    const id = newId('position');
    const twice = CreateAnnouncementInput.safeParse({ title: '公告', body: '正文', positionIds: [id, id] });
    expect(issues(twice)).toEqual(['positionIds.1']);
  });
  it('takes a link name of lower-case letters, digits and inner hyphens', () => {
    const withSlug = (slug: string) => CreateAnnouncementInput.safeParse({ title: '公告', body: '正文', slug }).success;
    expect(withSlug('2026-spring')).toBe(true);
    for (const bad of ['-spring', 'spring-', 'Spring', 'ab', '春季', 'a/b', 'x'.repeat(41)]) {
      expect(withSlug(bad), bad).toBe(false);
    }
  });
});
