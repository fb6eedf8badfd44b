import { describe, expect, it } from 'vitest';
import { reasonFor } from './reasons.ts';

describe('reasonFor', () => {
  it('turns the write path’s refusals into sentences a coordinator can act on', () => {
    expect(reasonFor('duplicate_person')).toMatchObject({
      reason: 'duplicate_person',
      message: expect.stringContaining('无需重复导入'),
    });
    expect(reasonFor('quota_exceeded').message).toContain('名额');
    expect(reasonFor('not_eligible', [{ path: 'universityId', message: 'x' }]).message).toBe(
      '本校未参加本批次，不能报名',
    );
    expect(reasonFor('not_eligible', [{ path: 'degreeLevel', message: 'x' }]).message).toContain('学历层次');
  });

  it('names the template columns of the fields that failed', () => {
    const result = reasonFor('validation_failed', [
      { path: 'emergencyContact.phone', message: 'x' },
      { path: 'major', message: 'y' },
    ]);
    expect(result).toEqual({ reason: 'invalid_value', message: '请核对：紧急联系电话、专业' });
  });
});
