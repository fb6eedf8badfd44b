import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Router } from './classes/traffic-class.ts';
import { composeApp } from './compose.ts';
import type { AppEnv } from './env.ts';

/** DynamoDB's refusal as ElectroDB rethrows it: its own error, with the client's as the cause. */
function throttledByDynamoDb(): Error {
  const refusal = Object.assign(
    new Error('The level of configured provisioned throughput for the table was exceeded'),
    {
      name: 'ProvisionedThroughputExceededException',
      $metadata: { httpStatusCode: 400 },
    },
  );
  return Object.assign(new Error(`Error thrown by DynamoDB client: "${refusal.message}"`, { cause: refusal }), {
    name: 'ElectroError',
  });
}

// Outside /v1, so no session is asked for: the mapping is the same for every route.
const router = new Hono<AppEnv>();
router.get('/probe/throttled', () => {
  throw throttledByDynamoDb();
});
router.get('/probe/broken', () => {
  throw new TypeError("Cannot read properties of undefined (reading 'name')");
});
const app = composeApp({ jwtSecret: 'compose-test' }, [{ trafficClass: 'public', routers: [router as Router] }]);

describe('the error mapping every class shares', () => {
  it('answers a request DynamoDB throttled past the SDK retries with 503 busy and when to try again', async () => {
    const response = await app.request('/probe/throttled');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({ code: 'busy', status: 503 });
  });

  it('still answers any other failure as an unexpected error with the request id to quote', async () => {
    const response = await app.request('/probe/broken');
    expect(response.status).toBe(500);
    const body = (await response.json()) as { code: string; detail: string };
    expect(body.code).toBe('internal_error');
    expect(body.detail).toContain(response.headers.get('x-request-id') ?? 'missing request id');
  });
});
