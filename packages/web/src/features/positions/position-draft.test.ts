import { describe, expect, it } from 'vitest';
import { fenToYuanText, toDraft, toInput, toPatch, yuanTextToFen } from './position-draft';
import type { Position } from './positions';

const position: Position = {
  positionId: 'pos_1',
  unitKind: 'employer',
  unitId: 'emp_1',
  unitName: '库车市人民医院',
  title: '临床医师',
  sector: '医疗卫生',
  cluster: 'digital_economy',
  county: 'kuqa',
  inHighTechZone: false,
  degreeLevel: 'master',
  disciplines: ['医学'],
  majors: ['临床医学', '麻醉学'],
  headcount: 3,
  postKind: 'career_establishment',
  staffingPool: true,
  salaryBand: { minFen: 8_000_50, maxFen: 12_000_00, per: 'month' },
  benefits: '提供周转房',
  deadline: '2099-12-31',
  contact: { name: '人事科', phone: '0997-2123456' },
  status: 'draft',
  allowedTransitions: ['published'],
  createdBy: 'usr_1',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 4,
};

describe('the position form', () => {
  it('reads yuan as integer fen without floating point, and refuses what is not an amount', () => {
    expect(yuanTextToFen('8000')).toBe(800_000);
    expect(yuanTextToFen('8,000.5')).toBe(800_050);
    expect(yuanTextToFen('0.07')).toBe(7);
    expect(yuanTextToFen('1.234')).toBeUndefined();
    expect(yuanTextToFen('abc')).toBeUndefined();
    expect(fenToYuanText(800_050)).toBe('8000.50');
    expect(fenToYuanText(1_200_000)).toBe('12000');
  });

  it('sends back what it was given unchanged, and only the changes with the version read', () => {
    const draft = toDraft(position);
    const { unitId, ...fields } = toInput(draft);
    expect(unitId).toBe('emp_1');
    expect(fields).toMatchObject({ majors: ['临床医学', '麻醉学'], salaryBand: position.salaryBand });
    expect(toPatch(draft, position)).toEqual({ version: 4 });
    expect(toPatch({ ...draft, headcount: '5', benefits: '', salaryMax: '' }, position)).toEqual({
      version: 4,
      headcount: 5,
      benefits: '',
      // One amount alone is a fixed pay.
      salaryBand: { minFen: 8_000_50, maxFen: 8_000_50, per: 'month' },
    });
  });
});
