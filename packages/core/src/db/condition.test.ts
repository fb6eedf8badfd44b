import { describe, expect, it } from 'vitest';
import { isConditionFailure, isLocalLockTimeout } from './condition.ts';

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

describe('isLocalLockTimeout', () => {
  it('knows DynamoDB Local giving up on its item locks, on the error or its cause', () => {
    const local = new Error('This action timed out because it too long waiting for a lock. This request will succeed in actual DynamoDB API');
    expect(isLocalLockTimeout(local)).toBe(true);
    expect(isLocalLockTimeout(named('ElectroError', local))).toBe(true);
  });

  it('leaves every other failure alone', () => {
    expect(isLocalLockTimeout(named('ConditionalCheckFailedException'))).toBe(false);
    expect(isLocalLockTimeout(new Error('Throughput exceeds the current capacity'))).toBe(false);
    expect(isLocalLockTimeout(undefined)).toBe(false);
  });
});
