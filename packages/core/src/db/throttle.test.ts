import { ProvisionedThroughputExceededException, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { isThrottled, tableBusy } from './throttle.ts';

const metadata = { $metadata: { httpStatusCode: 400 } };

describe('isThrottled', () => {
  it('knows DynamoDB refusing for throughput, directly or as the cause ElectroDB wraps', () => {
    const refused = new ProvisionedThroughputExceededException({ message: 'Rate of requests exceeds', ...metadata });
    expect(isThrottled(refused)).toBe(true);
    expect(isThrottled(new Error('Error thrown by DynamoDB client', { cause: refused }))).toBe(true);
    expect(
      isThrottled(Object.assign(new Error('Throughput exceeds the account limit'), { name: 'RequestLimitExceeded' })),
    ).toBe(true);
  });

  it('leaves every other failure to be reported as the error it is', () => {
    const missing = new ResourceNotFoundException({ message: 'Requested resource not found', ...metadata });
    expect(isThrottled(missing)).toBe(false);
    expect(isThrottled(new Error('Error thrown by DynamoDB client', { cause: missing }))).toBe(false);
    expect(isThrottled(new TypeError('x is undefined'))).toBe(false);
    expect(isThrottled('ProvisionedThroughputExceededException')).toBe(false);
  });

  it('turns into a busy problem that says when to try again', () => {
    expect(tableBusy()).toMatchObject({ code: 'busy', extra: { retryAfterSeconds: 1 } });
  });
});
