import { randomBytes } from 'node:crypto';
import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClass } from './classes/api.ts';
import { phoneClass } from './classes/phone.ts';
import { publicClass } from './classes/public.ts';
import type { ClassRoutes } from './classes/traffic-class.ts';
import { classHandler } from './lambda.ts';

/*
 * A class's function as API Gateway calls it: each request is an HTTP API (payload 2.0) event, and
 * only the route modules it needs are loaded. Nothing here reads the table: every request is one the
 * app answers before that (a failed validation, a missing token, no such route).
 */

beforeAll(() => {
  // The secrets as SST binds them once fetched (see secrets.ts).
  process.env.SST_Secret_value_JWT_SECRET = randomBytes(32).toString('base64');
  process.env.SST_Secret_value_PII_KEY = randomBytes(32).toString('base64');
});

/** The class with each module's loader counting its calls. */
function counted(routes: ClassRoutes) {
  const loads: string[] = [];
  const groups = Object.fromEntries(
    Object.entries(routes.groups).map(([group, load]) => [
      group,
      () => {
        loads.push(group);
        return load();
      },
    ]),
  );
  return { routes: { ...routes, groups }, loads };
}

const context = { awsRequestId: 'lambda-test', functionName: 'lambda-test' } as LambdaContext;

async function call(handler: ReturnType<typeof classHandler>, method: string, path: string, body?: unknown) {
  const event = {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'api.example.test', 'content-type': 'application/json' },
    requestContext: {
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'lambda-test' },
      domainName: 'api.example.test',
      stage: '$default',
      requestId: 'lambda-test',
      routeKey: '$default',
      timeEpoch: Date.now(),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    isBase64Encoded: false,
  } as unknown as LambdaEvent;
  const response = (await handler(event, context)) as { statusCode: number; body: string };
  const code = response.body ? (JSON.parse(response.body) as { code?: string }).code : undefined;
  return { status: response.statusCode, code };
}

describe("a class's Lambda", () => {
  it('loads a route module on the first request for one of its paths, and only that one, once', async () => {
    const { routes, loads } = counted(publicClass);
    const handler = classHandler(routes);
    const register = '/v1/public/events/evt_1/registrations';

    expect(await call(handler, 'POST', register, {})).toEqual({ status: 400, code: 'validation_failed' });
    expect(loads).toEqual(['public-events']);
    // Spelt another way, the same route: Hono resolves the dot segment, and so does the choice of module.
    expect(await call(handler, 'POST', '/v1/public/positions/../events/evt_1/registrations', {})).toEqual({
      status: 400,
      code: 'validation_failed',
    });
    expect(await call(handler, 'POST', register, {})).toEqual({ status: 400, code: 'validation_failed' });
    expect(loads).toEqual(['public-events']);

    // Another module's path loads that module.
    expect(await call(handler, 'POST', '/v1/public/positions/pos_1/applications', {})).toMatchObject({
      status: 400,
      code: 'validation_failed',
    });
    expect(loads).toEqual(['public-events', 'public-applications']);
  });

  it('answers a path no module serves, or a method its route lacks, as the whole app does, loading nothing', async () => {
    const { routes, loads } = counted(publicClass);
    const handler = classHandler(routes);
    expect(await call(handler, 'POST', '/v1/auth/login', {})).toEqual({ status: 404, code: 'route_not_found' });
    expect(loads).toEqual([]);
    expect(await call(handler, 'DELETE', '/v1/public/events/evt_1/registrations')).toEqual({
      status: 404,
      code: 'route_not_found',
    });
    expect(loads).toEqual(['public-events']);
  });

  it('keeps authentication in front of every module', async () => {
    const { routes, loads } = counted(phoneClass);
    const handler = classHandler(routes);
    expect(await call(handler, 'GET', '/v1/check-ins')).toEqual({ status: 401, code: 'unauthorized' });
    expect(loads).toEqual(['check-ins']);
  });

  it("serves the api class's health and its additions without loading its other modules", async () => {
    const { routes, loads } = counted(apiClass);
    const handler = classHandler(routes, (app) => app.get('/extra', (c) => c.json({ code: 'extra' })));
    expect(await call(handler, 'GET', '/health')).toMatchObject({ status: 200 });
    expect(loads).toEqual(['system']);
    expect(await call(handler, 'GET', '/extra')).toEqual({ status: 200, code: 'extra' });
    expect(await call(handler, 'POST', '/v1/auth/login', {})).toEqual({ status: 400, code: 'validation_failed' });
    expect(loads).toEqual(['system', 'auth']);
  });
});
