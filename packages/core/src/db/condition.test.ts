import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity } from 'electrodb';
import { describe, expect, it } from 'vitest';
import { isConditionFailure, isInvalidRequest, isLocalLockTimeout } from './condition.ts';

/**
 * The error a real ElectroDB entity rejects with when DynamoDB answers with `type`: the SDK parses
 * DynamoDB's JSON error body into its exception and ElectroDB wraps that as its own error's cause,
 * exactly as on the wire. Only the HTTP exchange is replaced.
 */
async function failureFromDynamo(type: string, message: string): Promise<unknown> {
  const body = JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message });
  const client = new DynamoDBClient({
    region: 'local',
    endpoint: 'http://127.0.0.1:1',
    credentials: { accessKeyId: 'unit', secretAccessKey: 'unit' },
    maxAttempts: 1,
    requestHandler: {
      handle: async () => ({
        response: {
          statusCode: 400,
          headers: { 'content-type': 'application/x-amz-json-1.0' },
          body: new TextEncoder().encode(body),
        },
      }),
    },
  });
  const thing = new Entity(
    {
      model: { entity: 'thing', version: '1', service: 'unit' },
      attributes: { id: { type: 'string', required: true }, count: { type: 'number' } },
      indexes: { primary: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } } },
    },
    { table: 'unit', client: DynamoDBDocumentClient.from(client) },
  );
  try {
    await thing.patch({ id: 'a' }).add({ count: 1 }).go();
  } catch (error) {
    return error;
  } finally {
    client.destroy();
  }
  throw new Error('the write did not fail');
}

const named = (name: string, cause?: unknown) => Object.assign(new Error('any wording'), { name, cause });

describe('isConditionFailure', () => {
  it('knows the refusal as ElectroDB reports it, by the name of the SDK error it wraps', async () => {
    const error = await failureFromDynamo('ConditionalCheckFailedException', 'The conditional request failed');
    expect((error as Error).name).toBe('ElectroError');
    expect(isConditionFailure(error)).toBe(true);
    expect(isConditionFailure((error as Error).cause)).toBe(true);
    expect(isInvalidRequest(error)).toBe(false);
  });

  it('does not take another failure for a refusal, whatever its message says', async () => {
    const refusalText = 'The conditional request failed';
    const throttled = await failureFromDynamo('ProvisionedThroughputExceededException', refusalText);
    expect(isConditionFailure(throttled)).toBe(false);
    expect(isConditionFailure(new Error('The conditional request failed'))).toBe(false);
    expect(isConditionFailure(undefined)).toBe(false);
  });
});

describe('isInvalidRequest', () => {
  it('knows a request DynamoDB refused as malformed, and nothing else', async () => {
    const invalid = await failureFromDynamo('ValidationException', 'The provided starting key is invalid');
    expect(isInvalidRequest(invalid)).toBe(true);
    expect(isConditionFailure(invalid)).toBe(false);
    expect(isInvalidRequest(await failureFromDynamo('InternalServerError', 'Invalid key'))).toBe(false);
    expect(isInvalidRequest(new Error('ExclusiveStartKey is invalid'))).toBe(false);
  });
});

describe('isLocalLockTimeout', () => {
  it('knows DynamoDB Local giving up on its item locks, on the error or its cause', () => {
    const local = new Error(
      'This action timed out because it too long waiting for a lock. This request will succeed in actual DynamoDB API',
    );
    expect(isLocalLockTimeout(local)).toBe(true);
    expect(isLocalLockTimeout(named('ElectroError', local))).toBe(true);
  });

  it('leaves every other failure alone', async () => {
    const refused = await failureFromDynamo('ConditionalCheckFailedException', 'The conditional request failed');
    expect(isLocalLockTimeout(refused)).toBe(false);
    expect(isLocalLockTimeout(new Error('Throughput exceeds the current capacity'))).toBe(false);
    expect(isLocalLockTimeout(undefined)).toBe(false);
  });
});
