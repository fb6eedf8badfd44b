import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { AppEnv } from '../env.ts';
import { requestLog } from '../middleware/request-log.ts';
import { instrumented } from './lambda.ts';
import { log } from './logger.ts';
import { countMetric, METRIC } from './metrics.ts';

/*
 * The wrapper as Lambda runs it: the function's environment (name, trace header) and a context per
 * invocation. Logs and EMF metrics both go to stdout, which is where CloudWatch reads them, so the
 * test reads stdout too.
 */

const TRACE_ROOT = '1-67a1b2c3-0123456789abcdef01234567';
const saved = { ...process.env };

// Before any wrapper is made: an entry wraps its handler at import, when its logger is created.
process.env.AWS_LAMBDA_FUNCTION_NAME = 'aksu-test-phone';
process.env.LOG_LEVEL = 'info';
// X-Ray has its own test; this one is about the lines on stdout.
process.env.POWERTOOLS_TRACE_ENABLED = 'false';
delete process.env.POWERTOOLS_SERVICE_NAME;
delete process.env.POWERTOOLS_METRICS_NAMESPACE;

afterAll(() => {
  process.env = saved;
});
afterEach(() => vi.restoreAllMocks());

function lambdaContext(): Context {
  const awsRequestId = randomUUID();
  return {
    awsRequestId,
    functionName: 'aksu-test-phone',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:ap-northeast-1:123456789012:function:aksu-test-phone',
    memoryLimitInMB: '1024',
    logGroupName: '/aws/lambda/aksu-test-phone',
    logStreamName: 'stream',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => 10_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

type EmfBlock = {
  CloudWatchMetrics: Array<{ Namespace: string; Dimensions: string[][]; Metrics: Array<{ Name: string }> }>;
};
type LogLine = Record<string, unknown> & { msg?: string; function_request_id?: string; _aws?: EmfBlock };
type EmfLine = LogLine & { _aws: EmfBlock };

/** Every JSON line written to stdout or stderr while `work` runs (vitest's own output is not JSON). */
async function stdoutDuring(work: () => Promise<unknown>): Promise<LogLine[]> {
  const lines: string[] = [];
  // Errors go to stderr, which Lambda sends to CloudWatch as well.
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(...String(chunk).split('\n'));
      return true;
    });
  }
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  await work().catch(() => undefined);
  vi.restoreAllMocks();
  return lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
}

const emfOf = (lines: LogLine[]) => lines.filter((l): l is EmfLine => l._aws?.CloudWatchMetrics !== undefined);
const metricNames = (emf: EmfLine) => (emf._aws.CloudWatchMetrics[0]?.Metrics ?? []).map((m) => m.Name);

const phone = instrumented(
  async (event: { fail?: boolean }, _context: Context) => {
    log.info('check-in handled', { items: 1 });
    countMetric(METRIC.checkIns);
    if (event.fail) throw new Error('boom');
    return 'ok';
  },
  { trafficClass: 'phone', failureMetric: METRIC.handlerFailures },
);

describe('an instrumented Lambda handler', () => {
  it("logs with the invocation's request id and X-Ray trace id, and flushes its metrics as one EMF line", async () => {
    const context = lambdaContext();
    process.env._X_AMZN_TRACE_ID = `Root=${TRACE_ROOT};Parent=53995c3f42cd8ad8;Sampled=1`;
    const lines = await stdoutDuring(() => phone({}, context));
    const line = lines.find((l) => l.msg === 'check-in handled');
    expect(line).toMatchObject({
      level: 'info',
      service: 'aksu-phone',
      traffic_class: 'phone',
      function_request_id: context.awsRequestId,
      xray_trace_id: TRACE_ROOT,
      items: 1,
    });
    const [emf, ...more] = emfOf(lines);
    expect(more).toHaveLength(0);
    expect(emf!._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: 'Aksu', Dimensions: [['service']] });
    expect(metricNames(emf!)).toEqual(['CheckIns']);
    expect(emf).toMatchObject({ service: 'aksu-phone', CheckIns: 1 });
  });

  it('starts each invocation with its own ids and metrics, and counts a throw in the failure metric', async () => {
    const first = lambdaContext();
    const second = lambdaContext();
    process.env._X_AMZN_TRACE_ID = `Root=${TRACE_ROOT};Sampled=1`;
    await stdoutDuring(() => phone({}, first));
    const lines = await stdoutDuring(() => expect(phone({ fail: true }, second)).rejects.toThrow('boom'));
    expect(lines.find((l) => l.msg === 'check-in handled')?.function_request_id).toBe(second.awsRequestId);
    const emf = emfOf(lines);
    expect(emf).toHaveLength(1);
    expect(metricNames(emf[0]!).sort()).toEqual(['CheckIns', 'HandlerFailures']);
    expect(emf[0]).toMatchObject({ CheckIns: 1, HandlerFailures: 1 });
  });

  it("gives the API's request log line the Lambda ids, and counts a 5xx answer as ServerErrors", async () => {
    const app = new Hono<AppEnv>();
    app.use('*', requestLog);
    app.get('/v1/boom', (c) => c.json({ code: 'internal_error' }, 500));
    const api = instrumented(handle(app), { trafficClass: 'phone' });
    const context = lambdaContext();
    process.env._X_AMZN_TRACE_ID = `Root=${TRACE_ROOT};Sampled=0`;
    const event = {
      version: '2.0',
      routeKey: '$default',
      rawPath: '/v1/boom',
      rawQueryString: '',
      headers: { host: 'api.example.com' },
      requestContext: {
        http: { method: 'GET', path: '/v1/boom', sourceIp: '127.0.0.1' },
        requestId: 'gw',
        stage: '$default',
      },
      isBase64Encoded: false,
    };
    const lines = await stdoutDuring(() => api(event as never, context as never));
    expect(lines.find((l) => l.msg === 'request')).toMatchObject({
      level: 'error',
      route: '/v1/boom',
      status: 500,
      function_request_id: context.awsRequestId,
      xray_trace_id: TRACE_ROOT,
    });
    expect(emfOf(lines).map(metricNames)).toEqual([['ServerErrors']]);
  });
});
