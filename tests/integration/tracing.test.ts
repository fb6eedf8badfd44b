import { createSocket, type Socket } from 'node:dgram';
import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@aksu/core';
import { instrumented } from '../../packages/functions/src/observability/lambda.ts';

/*
 * The tracer as it runs in Lambda: the X-Ray SDK sends subsegments over UDP to the daemon at
 * AWS_XRAY_DAEMON_ADDRESS, here a socket of this test on the loopback. The DynamoDB call goes to
 * DynamoDB Local through the client core uses, so what is checked is that core's calls are traced
 * without core knowing anything of X-Ray.
 */

const TRACE_ROOT = '1-67a1b2c3-89abcdef0123456789abcdef';
const PARENT = '53995c3f42cd8ad8';
const HANDLER = 'packages/functions/src/lambda-phone.handler';

let daemon: Socket;
const documents: Array<Record<string, any>> = [];
const saved = { ...process.env };

beforeAll(async () => {
  daemon = createSocket('udp4');
  // Each datagram is a header line and one segment document.
  daemon.on('message', (message) => documents.push(JSON.parse(message.toString().split('\n')[1]!)));
  await new Promise<void>((resolve) => daemon.bind(0, '127.0.0.1', resolve));
  // What Lambda sets for a traced, on-demand invocation (the SDK reads some of it when first loaded).
  Object.assign(process.env, {
    AWS_XRAY_DAEMON_ADDRESS: `127.0.0.1:${daemon.address().port}`,
    AWS_LAMBDA_FUNCTION_NAME: 'aksu-test-phone',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    LAMBDA_TASK_ROOT: process.cwd(),
    _HANDLER: HANDLER,
    _X_AMZN_TRACE_ID: `Root=${TRACE_ROOT};Parent=${PARENT};Sampled=1`,
    POWERTOOLS_SERVICE_NAME: 'aksu-phone',
  });
});

afterAll(async () => {
  process.env = saved;
  await new Promise<void>((resolve) => daemon.close(() => resolve()));
});

describe('X-Ray tracing of an instrumented handler', () => {
  it('sends the handler and each DynamoDB call core makes as subsegments of the invocation', async () => {
    const handler = instrumented(
      async (key: string, _context: { awsRequestId: string }) => {
        const { config, client } = db();
        const found = await client.send(new GetCommand({ TableName: config.tableName, Key: { pk: key, sk: key } }));
        return found.Item ?? null;
      },
      { trafficClass: 'phone' },
    );
    await expect(handler(randomUUID(), { awsRequestId: randomUUID() })).resolves.toBeNull();

    const named = (name: string) => documents.find((d) => d.name === name);
    await vi.waitFor(() => expect(named('DynamoDB') && named(`## ${HANDLER}`)).toBeTruthy(), { timeout: 10_000 });
    const handlerSegment = named(`## ${HANDLER}`)!;
    expect(handlerSegment).toMatchObject({
      type: 'subsegment',
      trace_id: TRACE_ROOT,
      parent_id: PARENT,
      annotations: { ColdStart: true, Service: 'aksu-phone' },
    });
    expect(named('DynamoDB')).toMatchObject({
      namespace: 'aws',
      aws: { operation: 'GetItem', table_name: db().config.tableName },
      trace_id: TRACE_ROOT,
      parent_id: handlerSegment.id,
    });
    expect(named('DynamoDB')!.fault).toBeUndefined();
  });
});
