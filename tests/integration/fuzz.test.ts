import fc from 'fast-check';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyJson, nastyString, valueFor, type Schema } from '../support/fuzz/arbitraries.ts';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { call, testApp } from '../support/http.ts';
import { newEmployer } from '../support/positions.ts';
import { useLocalS3 } from '../support/local-s3.ts';

/**
 * Property-based fuzzing of every route in the OpenAPI document: inputs derived from each route's
 * schemas and broken in every way we know. Every answer must be a status the route declares, 4xx
 * answers must be problem+json without internals, and 2xx bodies must match the declared schema.
 * FUZZ_SEED replays a run; FUZZ_RUNS raises the count.
 */
type Operation = {
  operationId: string;
  parameters?: Array<{ name: string; in: 'path' | 'query' | 'header'; schema: Schema; required?: boolean }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
  security?: unknown[];
};

const document = (await (await testApp().request('/openapi.json')).json()) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};
const resolve = (schema: Schema): Schema =>
  schema?.$ref ? resolve(document.components.schemas[String(schema.$ref).split('/').pop()!]!) : schema;

const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SECRET = process.env.JWT_SECRET!;

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: 'openapi', components: document.components });
const rewriteRefs = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(rewriteRefs)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value).map(([k, v]) => [
            k,
            k === '$ref' && typeof v === 'string' ? `openapi${v}` : rewriteRefs(v),
          ]),
        )
      : value;

/**
 * The declared body schema of one answer, compiled once. Ajv caches what it compiled by the schema
 * object, and the rewritten copy is a new object on every call: compiling it per answer recompiled
 * the same schema thousands of times and kept every copy.
 */
const validators = new Map<object, ValidateFunction>();
function validatorFor(op: Operation, status: number): ValidateFunction | undefined {
  const schema = op.responses[String(status)]?.content?.['application/json']?.schema;
  if (!schema) return undefined;
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(rewriteRefs(schema) as object);
    validators.set(schema, validate);
  }
  return validate;
}

// Routes that sign upload and download links reach for the files bucket: a local S3 server.
useLocalS3();

let organiser: Account;
let coordinator: Account;
let reviewer: Account;
let contact: Account;
let talent: Account;
const signInFuzzers = async () => {
  organiser = await newAccount('organiser', { isAdmin: true });
  coordinator = await newAccount('coordinator', { universityId: (await newUniversity()).universityId });
  reviewer = await newAccount('reviewer', { unitId: (await newEmployer()).employerId });
  contact = await newAccount('contact');
  // Bound to an outcome of no one: the person's own routes must still answer as declared.
  talent = await newAccount('talent', { outcomeId: 'out_01FUZZ0000000000000000000' });
};
beforeAll(signInFuzzers);

interface FuzzRequest {
  path: string;
  query: string;
  auth: 'organiser' | 'coordinator' | 'reviewer' | 'contact' | 'talent' | 'none' | 'garbage';
  body?: { raw: string; type: string };
}

/** Query and path values as text; generated objects may lack a prototype, so no String(). */
const asText = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

function requestFor(path: string, op: Operation): fc.Arbitrary<FuzzRequest> {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const pathArb = fc
    .tuple(
      ...pathParams.map((p) =>
        fc
          .oneof({ weight: 4, arbitrary: valueFor(p.schema, resolve, 'valid') }, { weight: 1, arbitrary: nastyString })
          .map(asText)
          .filter((s) => s.length > 0),
      ),
    )
    .map((values) =>
      pathParams.reduce((acc, p, i) => acc.replace(`{${p.name}}`, encodeURIComponent(values[i]!)), path),
    );
  const queryArb = fc
    .tuple(
      fc.tuple(
        ...queryParams.map((p) =>
          fc.option(
            fc.oneof(
              { weight: 4, arbitrary: valueFor(p.schema, resolve, 'valid') },
              { weight: 1, arbitrary: nastyString },
            ),
            {
              nil: undefined,
            },
          ),
        ),
      ),
      fc.option(fc.dictionary(fc.constantFrom('extra', 'role', 'limit'), nastyString, { maxKeys: 2 }), {
        nil: undefined,
        freq: 4,
      }),
    )
    .map(([values, extra]) => {
      const search = new URLSearchParams();
      queryParams.forEach((p, i) => {
        if (values[i] !== undefined) search.append(p.name, asText(values[i]));
      });
      for (const [k, v] of Object.entries(extra ?? {})) search.append(k, v);
      const text = search.toString();
      return text ? `?${text}` : '';
    });
  const jsonSchema = op.requestBody?.content['application/json']?.schema;
  const bodyArb = jsonSchema
    ? fc.oneof(
        {
          weight: 5,
          arbitrary: valueFor(jsonSchema, resolve, 'valid').map((v) => ({
            raw: JSON.stringify(v) ?? 'null',
            type: 'application/json',
          })),
        },
        {
          weight: 4,
          arbitrary: valueFor(jsonSchema, resolve, 'wild').map((v) => ({
            raw: JSON.stringify(v) ?? 'null',
            type: 'application/json',
          })),
        },
        { weight: 1, arbitrary: fc.string().map((raw) => ({ raw: `{${raw}`, type: 'application/json' })) },
        {
          weight: 1,
          arbitrary: fc
            .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml')
            .map((type) => ({ raw: 'a=b', type })),
        },
      )
    : fc.option(
        anyJson.map((v) => ({ raw: JSON.stringify(v) ?? 'null', type: 'application/json' })),
        { nil: undefined, freq: 4 },
      );
  const authArb = fc.oneof(
    { weight: 14, arbitrary: fc.constant('organiser' as const) },
    { weight: 2, arbitrary: fc.constant('coordinator' as const) },
    { weight: 2, arbitrary: fc.constant('reviewer' as const) },
    { weight: 2, arbitrary: fc.constant('contact' as const) },
    { weight: 2, arbitrary: fc.constant('talent' as const) },
    { weight: 1, arbitrary: fc.constant('none' as const) },
    { weight: 1, arbitrary: fc.constant('garbage' as const) },
  );
  return fc.record(
    { path: pathArb, query: queryArb, auth: authArb, body: bodyArb },
    { requiredKeys: ['path', 'query', 'auth'] },
  );
}

console.log(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED}), ${RUNS} runs per route`);

describe.each(operations)('fuzzing $method $path', ({ path, method, op }) => {
  const declared = Object.keys(op.responses).map(Number);

  // A password change or sign out everywhere ends the fuzzing accounts' sessions: the routes after it
  // get signed-in callers again.
  afterAll(async () => {
    const ended = await Promise.all(
      [organiser, coordinator, reviewer, contact, talent].map(
        async (a) => (await call('GET', '/v1/me', { token: a.token })).status === 401,
      ),
    );
    if (ended.some(Boolean)) await signInFuzzers();
  });

  const seen = new Map<number, number>();

  it(`answers only declared statuses, problem+json on errors, and schema-valid bodies (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(requestFor(path, op), async (req) => {
        const token =
          req.auth === 'organiser'
            ? organiser.token
            : req.auth === 'coordinator'
              ? coordinator.token
              : req.auth === 'reviewer'
                ? reviewer.token
                : req.auth === 'contact'
                  ? contact.token
                  : req.auth === 'talent'
                    ? talent.token
                    : req.auth === 'garbage'
                      ? 'x.y.z'
                      : undefined;
        const res = await call(method, req.path + req.query, {
          token,
          rawBody: method === 'GET' ? undefined : req.body?.raw,
          headers: req.body && method !== 'GET' ? { 'content-type': req.body.type } : {},
        });
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        // A 204 has no body at all.
        const text = typeof res.body === 'string' ? res.body : (JSON.stringify(res.body) ?? '');
        expect(res.status, text).toBeLessThan(500);
        expect(declared, `undeclared status ${res.status}: ${text.slice(0, 200)}`).toContain(res.status);
        expect(text).not.toContain(SECRET);
        expect(text).not.toMatch(/scrypt\$|passwordHash|\bat .+\.(ts|js):\d+/);
        if (res.status >= 400) {
          expect(res.headers.get('content-type')).toContain('application/problem+json');
          expect(res.body.code).toEqual(expect.any(String));
          return;
        }
        const validate = validatorFor(op, res.status);
        if (validate) expect(validate(res.body), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    const histogram = [...seen.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`);
    console.log(`fuzz ${method} ${path}: ${histogram.join(' ')}`);
  });
});
