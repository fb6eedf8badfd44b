import { describe, expect, it } from 'vitest';
import { isConditionFailure } from './condition.ts';

const named = (name: string, cause?: unknown) => Object.assign(new Error('any wording'), { name, cause });

describe('isConditionFailure', () => {
  it('knows the refusal by its name, on the error or on the cause ElectroDB wraps', () => {
    expect(isConditionFailure(named('ConditionalCheckFailedException'))).toBe(true);
    expect(isConditionFailure(named('ElectroError', named('ConditionalCheckFailedException')))).toBe(true);
  });

  it('does not take a message that merely mentions a condition for a refusal', () => {
    expect(isConditionFailure(new Error('The conditional request failed'))).toBe(false);
    expect(isConditionFailure(named('ElectroError', named('ProvisionedThroughputExceededException')))).toBe(false);
    expect(isConditionFailure(undefined)).toBe(false);
  });
});
