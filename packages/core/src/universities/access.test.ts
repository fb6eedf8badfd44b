import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.ts';
import { assertCanRead, assertCanUpdate, forViewer, restoreMaskedPhones } from './access.ts';
import type { UniversityView } from './universities.schema.ts';

const organiser = { userId: 'usr_o', role: 'organiser' as const };
const coordinatorA = { userId: 'usr_a', role: 'coordinator' as const, universityId: 'uni_A' };
const intern = { userId: 'usr_i', role: 'intern' as const };

function code(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as DomainError).code;
  }
}

describe('university access', () => {
  it('lets organisers read any university', () => {
    expect(code(() => assertCanRead(organiser, 'uni_B'))).toBeUndefined();
  });
  it('hides other universities from a coordinator as not found', () => {
    expect(code(() => assertCanRead(coordinatorA, 'uni_A'))).toBeUndefined();
    expect(code(() => assertCanRead(coordinatorA, 'uni_B'))).toBe('not_found');
  });
  it('forbids roles without university screens', () => {
    expect(code(() => assertCanRead(intern, 'uni_A'))).toBe('forbidden');
  });
  it('lets a coordinator change only contacts', () => {
    expect(code(() => assertCanUpdate(coordinatorA, 'uni_A', ['contacts']))).toBeUndefined();
    expect(code(() => assertCanUpdate(coordinatorA, 'uni_A', ['contacts', 'name']))).toBe('forbidden_fields');
    expect(code(() => assertCanUpdate(coordinatorA, 'uni_B', ['contacts']))).toBe('not_found');
    expect(code(() => assertCanUpdate(organiser, 'uni_B', ['name', 'tags']))).toBeUndefined();
  });
  it('shows contact phones in full only to organisers', () => {
    const university = { contacts: [{ name: '王', phone: '13812345678' }] } as UniversityView;
    expect(forViewer(coordinatorA, university).contacts[0]?.phone).toBe('138****5678');
    expect(forViewer(organiser, university).contacts[0]?.phone).toBe('13812345678');
  });
});

describe('editing masked phones', () => {
  const onFile = [{ name: '王', phone: '13812345678' }];
  it('keeps the number on file when the masked phone comes back unchanged', () => {
    expect(restoreMaskedPhones(onFile, [{ name: '王老师', phone: '138****5678' }])).toEqual([
      { name: '王老师', phone: '13812345678' },
    ]);
  });
  it('resolves masked landlines and +86 numbers too', () => {
    const numbers = [
      { name: '座机', phone: '0997-1234567' },
      { name: '国际', phone: '+86 13912345678' },
    ];
    const masked = [
      { name: '座机', phone: '099*****4567' },
      { name: '国际', phone: '+86*******5678' },
    ];
    expect(restoreMaskedPhones(numbers, masked)).toEqual(numbers);
  });
  it('takes a new full number as given', () => {
    expect(restoreMaskedPhones(onFile, [{ name: '王', phone: '13987654321' }])).toEqual([
      { name: '王', phone: '13987654321' },
    ]);
  });
  it('refuses a masked phone that matches nothing on file', () => {
    expect(code(() => restoreMaskedPhones(onFile, [{ name: '王', phone: '139****0000' }]))).toBe('validation_failed');
  });
});
