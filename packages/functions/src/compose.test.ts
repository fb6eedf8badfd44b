import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
const app = composeApp({ jwtSecret: 'compose-test' }, [router as Router]);

/** The JSON lines the app logs while `work` runs (outside Lambda the logger writes to the console). */
async function logged(work: () => Promise<unknown>): Promise<Array<Record<string, unknown>>> {
  const lines: string[] = [];
  const saved = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = 'info';
  for (const method of ['log', 'error'] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  try {
    await work();
  } finally {
    vi.restoreAllMocks();
    process.env.LOG_LEVEL = saved;
  }
  return lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
}

afterEach(() => vi.restoreAllMocks());

describe('the error mapping every class shares', () => {
  it('answers a request DynamoDB throttled past the SDK retries with 503 busy and when to try again', async () => {
    const response = await app.request('/probe/throttled');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({ code: 'busy', status: 503 });
  });

  it('logs a throttle as a warning apart from the bugs, and a bug with what went wrong', async () => {
    const lines = await logged(async () => {
      await app.request('/probe/throttled');
      await app.request('/probe/broken');
    });
    expect(lines.find((l) => l.msg === 'throttled')).toMatchObject({
      level: 'warn',
      reason: expect.stringContaining('provisioned throughput for the table was exceeded'),
    });
    expect(lines.find((l) => l.msg === 'unhandled')).toMatchObject({
      level: 'error',
      error: 'TypeError',
      reason: "Cannot read properties of undefined (reading 'name')",
    });
    expect(lines.filter((l) => l.msg === 'unhandled')).toHaveLength(1);
  });

  it('still answers any other failure as an unexpected error with the request id to quote', async () => {
    const response = await app.request('/probe/broken');
    expect(response.status).toBe(500);
    const body = (await response.json()) as { code: string; detail: string };
    expect(body.code).toBe('internal_error');
    expect(body.detail).toContain(response.headers.get('x-request-id') ?? 'missing request id');
  });
});
