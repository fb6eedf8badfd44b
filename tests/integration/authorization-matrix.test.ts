import { beforeAll, describe, expect, it } from 'vitest';
import { CALLERS, buildWorld, type Caller, type World } from '../support/authz/fixtures.ts';
import { EXPECTATIONS, VARIANTS, type RouteExpectation, type Target } from '../support/authz/expectations.ts';
import { call, testApp } from '../support/http.ts';
import { useLocalS3 } from '../support/local-s3.ts';

/**
 * Every operation in the app's OpenAPI document × every caller × every target, each with the exact
 * status it must get. An operation without an expectation fails; so does any deviation, naming the
 * route, caller and target.
 */
const document = (await (await testApp().request('/openapi.json')).json()) as {
  paths: Record<string, Record<string, { operationId?: string }>>;
};
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({
    path,
    method: method.toUpperCase(),
    operationId: op.operationId ?? `${method} ${path}`,
  })),
);

/** Phone and national-id numbers in full; only organisers may receive them. */
const UNMASKED_PII = /(?<![\d*])(1[3-9]\d{9}|\d{17}[\dXx])(?!\d)/;
/**
 * A signed link's signature is random hex: about one in two hundred holds a run of digits shaped
 * like a mobile number by chance. It carries no data, so it is left out of the search.
 */
const SIGNATURE = /X-Amz-Signature=[\da-f]+/gi;
const carriesUnmaskedPii = (body: unknown) => UNMASKED_PII.test((JSON.stringify(body) ?? '').replace(SIGNATURE, ''));

interface Case {
  name: string;
  caller: Caller;
  target: Target;
  spec: RouteExpectation;
}

const cases: Case[] = [];
for (const [name, spec] of [...Object.entries(EXPECTATIONS), ...Object.entries(VARIANTS)]) {
  for (const caller of CALLERS) for (const target of spec.targets) cases.push({ name, caller, target, spec });
}

// Applying uploads CVs, and an organiser's read of one signs a link to it: files in a local S3 server.
useLocalS3();

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

describe('authorization matrix', () => {
  it('has an expectation for every operation the API declares', () => {
    const missing = operations
      .filter((op) => !EXPECTATIONS[op.operationId])
      .map((op) => `${op.method} ${op.path} (${op.operationId})`);
    expect(missing, 'routes without an authorization expectation').toEqual([]);
    const stale = Object.keys(EXPECTATIONS).filter((id) => !operations.some((op) => op.operationId === id));
    expect(stale, 'expectations for routes that no longer exist').toEqual([]);
  });

  it('gives every caller exactly the declared outcome on every target', async () => {
    const failures: string[] = [];
    let allowed = 0;
    let denied = 0;
    // A few cases at a time: enough to keep the run short, few enough to keep DynamoDB Local calm.
    const run = async (queue: Case[]) => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const expected = c.spec.expect(c.caller, c.target);
        const request = await c.spec.request(world, c.target, c.caller);
        const token = request.token ?? (c.caller === 'anonymous' ? undefined : world.accounts[c.caller].token);
        const res = await call(request.method, request.path, { token, body: request.body });
        const label = `${c.name} ${request.method} ${request.path} as ${c.caller} on ${c.target}`;
        if (res.status !== expected)
          failures.push(`${label}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
        if (expected >= 400 && res.status < 300) failures.push(`${label}: denied access answered ${res.status}`);
        if (res.status < 300 && !c.caller.startsWith('organiser') && carriesUnmaskedPii(res.body)) {
          failures.push(`${label}: response carries an unmasked phone or national id`);
        }
        if (expected < 300) allowed++;
        else denied++;
      }
    };
    const parallel = cases.filter((c) => !c.spec.serial);
    await Promise.all(Array.from({ length: 6 }, () => run(parallel)));
    await run(cases.filter((c) => c.spec.serial));
    console.log(
      `authorization matrix: ${cases.length} cases (${allowed} allowed, ${denied} ` +
        `denied) over ${operations.length} operations and ${CALLERS.length} callers`,
    );
    expect(failures).toEqual([]);
    // Thousands of cases, many building fresh records first: far more than one ordinary test.
  });

  it('finds a full number in the data but not in a signed link by chance', () => {
    const link = (signature: string) => ({ url: `http://127.0.0.1/b/k?X-Amz-Signature=${signature}` });
    expect(carriesUnmaskedPii(link('ab13812345678cd0'))).toBe(false);
    expect(carriesUnmaskedPii({ phone: '13812345678', ...link('ab') })).toBe(true);
    expect(carriesUnmaskedPii({ nationalId: '65310119900101123X' })).toBe(true);
    expect(carriesUnmaskedPii({ phone: '138****5678' })).toBe(false);
  });

  it('gives a coordinator only their own university in lists', async () => {
    const list = await call('GET', '/v1/universities?limit=100', { token: world.accounts.coordinatorB.token });
    expect(list.body.items.map((u: { universityId: string }) => u.universityId)).toEqual([world.uniB.universityId]);
  });
});
