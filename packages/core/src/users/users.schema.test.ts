import { describe, expect, it } from 'vitest';
import { CreateUserInput } from './users.schema.ts';

const base = { email: 'someone@example.com', name: '某人' };
const UNI = 'uni_01J0000000000000000000000Z';
const EMP = 'emp_01J0000000000000000000000Z';
const HST = 'hst_01J0000000000000000000000Z';

/** The rule codes the invitation is refused with, by field. */
function refusals(input: object): Record<string, string> {
  const result = CreateUserInput.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((i) => [i.path.join('.'), String((i as { params?: { rule?: string } }).params?.rule)]),
  );
}

describe('inviting an account bound to its record', () => {
  it('binds a coordinator to a university and a reviewer to an employing unit of either kind', () => {
    expect(refusals({ ...base, role: 'coordinator', universityId: UNI })).toEqual({});
    expect(refusals({ ...base, role: 'reviewer', unitId: EMP })).toEqual({});
    expect(refusals({ ...base, role: 'reviewer', unitId: HST })).toEqual({});
  });

  it('refuses a missing binding and one the role has no use for, naming the field', () => {
    expect(refusals({ ...base, role: 'reviewer' })).toEqual({ unitId: 'unit_required' });
    expect(refusals({ ...base, role: 'coordinator' })).toEqual({ universityId: 'university_required' });
    expect(refusals({ ...base, role: 'organiser', unitId: EMP })).toEqual({ unitId: 'unit_not_allowed' });
    expect(refusals({ ...base, role: 'reviewer', unitId: EMP, universityId: UNI })).toEqual({
      universityId: 'university_not_allowed',
    });
  });

  it('takes only a host unit or an employer as the unit, and admins only among organisers', () => {
    expect(CreateUserInput.safeParse({ ...base, role: 'reviewer', unitId: UNI }).success).toBe(false);
    expect(refusals({ ...base, role: 'reviewer', unitId: EMP, isAdmin: true })).toEqual({
      isAdmin: 'admin_not_allowed',
    });
  });
});
