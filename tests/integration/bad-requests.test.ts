import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, type Account } from '../support/accounts.ts';
import { call, testApp, type CallResult } from '../support/http.ts';

/**
 * Every route in the app's own OpenAPI document gets malformed, mistyped, over-posted and oversized
 * input. A route added later is swept the moment it is declared.
 */
type Operation = {
  requestBody?: { content: Record<string, { schema: any }> };
  parameters?: Array<{ in: string; name: string }>;
  security?: unknown[];
};

const document = (await (await testApp().request('/openapi.json')).json()) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, any> };
};

const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

function resolveSchema(schema: any): any {
  if (schema?.$ref) return resolveSchema(document.components.schemas[schema.$ref.split('/').pop()]);
  return schema;
}

/** Path with every parameter filled by a well-formed id (from the parameter's declared pattern), or a bad one. */
function concretePath(path: string, bad = false, op?: Operation): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    // Only ids are broken: another parameter (a notice's link name) may well accept 'not-an-id'.
    if (bad && name.endsWith('Id')) return 'not-an-id';
    const schema = (
      op?.parameters?.find((p) => p.name === name) as { schema?: { pattern?: string; example?: unknown } } | undefined
    )?.schema;
    // Dates and other non-id parameters declare a well-formed example.
    if (typeof schema?.example === 'string') return schema.example;
    const pattern = schema?.pattern;
    const prefix = /^\^([a-z]{3})_/.exec(pattern ?? '')?.[1] ?? 'xxx';
    return `${prefix}_00000000000000000000000000`;
  });
}

function expectProblem(result: CallResult, statuses: number[], label: string) {
  expect(statuses, `${label}: got ${result.status} ${JSON.stringify(result.body)}`).toContain(result.status);
  expect(result.headers.get('content-type'), label).toContain('application/problem+json');
  expect(result.body.code, label).toEqual(expect.any(String));
  expect(JSON.stringify(result.body), label).not.toMatch(/\bat .+\.(ts|js):\d+|stack/i);
}

let organiser: Account;
beforeAll(async () => {
  organiser = await newAccount('organiser', { isAdmin: true });
});

const withBody = operations.filter((o) => o.op.requestBody?.content['application/json']);
const withPathIds = operations.filter((o) => /\{\w+Id\}/.test(o.path));
const protectedOps = operations.filter((o) => o.path.startsWith('/v1/') && (o.op.security?.length ?? 1) > 0);
const paged = operations.filter((o) => o.op.parameters?.some((p) => p.name === 'limit'));

describe('the sweep covers the API', () => {
  it('finds the routes it is meant to cover', () => {
    expect(withBody.length).toBeGreaterThanOrEqual(6);
    expect(withPathIds.length).toBeGreaterThanOrEqual(6);
    expect(paged.length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(withBody)('$method $path body', ({ method, path, op }) => {
  const token = () => (op.security?.length === 0 ? undefined : organiser.token);
  const schema = resolveSchema(op.requestBody!.content['application/json']!.schema);
  const properties: Record<string, any> = schema.properties ?? {};

  it('answers malformed JSON with 400 malformed_json', async () => {
    const res = await call(method, concretePath(path, false, op), {
      token: token(),
      rawBody: '{"name": "北京',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(res, [400], 'malformed');
    expect(res.body.code).toBe('malformed_json');
  });

  it('answers a non-JSON content type with 415', async () => {
    const res = await call(method, concretePath(path, false, op), {
      token: token(),
      rawBody: 'name=x',
      headers: { 'content-type': 'text/plain' },
    });
    expectProblem(res, [415], 'content type');
  });

  it('answers a JSON array, a string and null with 400', async () => {
    for (const rawBody of ['[]', '"text"', 'null', '']) {
      const res = await call(method, concretePath(path, false, op), {
        token: token(),
        rawBody,
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(res, [400], `body ${rawBody || '(empty)'}`);
    }
  });

  it('answers every field of the wrong type with 400 naming the field', async () => {
    for (const [field, fieldSchema] of Object.entries(properties)) {
      const wrong = resolveSchema(fieldSchema).type === 'string' ? { nested: true } : 'not-the-right-type';
      const res = await call(method, concretePath(path, false, op), { token: token(), body: { [field]: wrong } });
      expectProblem(res, [400], `${field} mistyped`);
      expect(
        res.body.errors.map((e: any) => e.path),
        field,
      ).toContain(field);
    }
  });

  it('refuses over-posted fields such as role, version or universityId', async () => {
    const extras = ['role', 'version', 'universityId', 'isAdmin', 'status', 'passwordHash', '__proto__x'].filter(
      (f) => !(f in properties),
    );
    for (const extra of extras) {
      const res = await call(method, concretePath(path, false, op), { token: token(), body: { [extra]: 'organiser' } });
      expectProblem(res, [400], `extra ${extra}`);
      expect(res.body.errors, extra).toContainEqual({ path: extra, message: 'Unknown field', code: 'unknown_field' });
    }
  });

  it('answers a body over the size limit with 413', async () => {
    // A route that takes a file declares its own, larger limit.
    const limit = (op as { 'x-body-limit-bytes'?: number })['x-body-limit-bytes'] ?? 64 * 1024;
    const res = await call(method, concretePath(path, false, op), {
      token: token(),
      body: { name: 'x'.repeat(limit + 6 * 1024) },
    });
    expectProblem(res, [413], 'oversized');
  });
});

describe.each(withPathIds)('$method $path path ids', ({ method, path, op }) => {
  it('answers a malformed id with 400 naming the parameter', async () => {
    const body = op.requestBody ? {} : undefined;
    const res = await call(method, concretePath(path, true, op), { token: organiser.token, body });
    expectProblem(res, [400], 'bad id');
    expect(res.body.errors.some((e: any) => /Id$/.test(e.path))).toBe(true);
  });
});

describe.each(paged)('$method $path paging', ({ path, op }) => {
  it('refuses limits out of range and non-numbers', async () => {
    for (const limit of ['0', '101', 'abc', '-1', '1.5']) {
      const res = await call(
        'GET',
        `${concretePath(path, false, op)}?limit=${limit}&entityType=university&entityId=uni_00000000000000000000000000`,
        {
          token: organiser.token,
        },
      );
      expectProblem(res, [400], `limit=${limit}`);
    }
  });
});

describe.each(protectedOps)('$method $path without a token', ({ method, path, op }) => {
  it('answers 401', async () => {
    const res = await call(method, concretePath(path, false, op), { body: method === 'GET' ? undefined : {} });
    expectProblem(res, [401], 'anonymous');
  });
});

describe('outside the declared API', () => {
  it('answers unknown routes with problem+json 404', async () => {
    const res = await call('GET', '/v1/nothing-here', { token: organiser.token });
    expectProblem(res, [404], 'unknown route');
  });
  it('tags every response with a request id', async () => {
    const res = await call('GET', '/health');
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
  });
});
