import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@aksu/core';
import { linkExternals, packageName } from '../../scripts/bench/runtime-modules.ts';
import { bundleLikeSst } from '../../scripts/bench/sst-esbuild.ts';
import { functionDefaults } from '../../stacks/lib/function-defaults.ts';
import {
  classEnvironment,
  classNodejs,
  EXPORTS_ONLY_PACKAGES,
  type TrafficClass,
} from '../../stacks/lib/traffic-classes.ts';
import { newUniversity } from '../support/accounts.ts';
import { dailyWorld } from '../support/daily.ts';
import { newEvent, newTrip, person } from '../support/events.ts';

/**
 * The hot classes' functions exactly as `sst deploy` bundles them, serving real requests against
 * DynamoDB Local. The bundles differ from the code every other test runs: the build replaces
 * ElectroDB's model schema check and zod's locales, and leaves out whatever core modules the class
 * does not use. A class whose bundle cannot build its entities, query or commit a transaction
 * fails here, not in AWS.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
let outDir: string;
const bundles = {} as Record<'public' | 'phone', string>;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'bundled-classes-'));
  for (const trafficClass of ['public', 'phone'] as const satisfies TrafficClass[]) {
    const dir = join(outDir, trafficClass);
    const bundle = await bundleLikeSst(
      root,
      join(root, `packages/functions/src/lambda-${trafficClass}.ts`),
      dir,
      classNodejs(trafficClass, functionDefaults('test').nodejs),
    );
    // What the runtime provides (the SDK), linked beside the bundle; nothing the class left out.
    const provided = Object.entries(bundle.externals).filter(
      ([specifier]) => !(EXPORTS_ONLY_PACKAGES as readonly string[]).includes(packageName(specifier)),
    );
    await linkExternals(dir, Object.fromEntries(provided));
    bundles[trafficClass] = bundle.file;
  }
});

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

interface Request {
  method: 'GET' | 'POST';
  path: string;
  token?: string;
  body?: unknown;
}

/**
 * Imports the bundle in a fresh Node process, as the Lambda runtime does, and sends it API Gateway v2 events one after
 * another.
 */
const INVOKE = `
const mod = await import(process.argv[1]);
const out = [];
for (const r of JSON.parse(process.argv[2])) {
  const headers = {
    host: 'bundled.test', 'content-type': 'application/json',
    ...(r.token ? { authorization: 'Bearer ' + r.token } : {}),
  };
  const event = { version: '2.0', routeKey: '$default', rawPath: r.path, rawQueryString: '', headers,
    requestContext: {
      http: { method: r.method, path: r.path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      domainName: 'bundled.test', stage: '$default', requestId: 'req-' + out.length, routeKey: '$default',
      timeEpoch: Date.now(),
    },
    body: r.body === undefined ? undefined : JSON.stringify(r.body), isBase64Encoded: false };
  const res = await mod.handler(event, {
    awsRequestId: 'req-' + out.length, functionName: 'bundled',
    invokedFunctionArn: 'arn:aws:lambda:ap-northeast-1:000000000000:function:bundled',
    memoryLimitInMB: '1024', getRemainingTimeInMillis: () => 10000,
  });
  out.push({ status: res.statusCode, body: res.body });
}
process.stdout.write('\\nRESULT:' + JSON.stringify(out));
`;

async function invoke(
  trafficClass: 'public' | 'phone',
  requests: Request[],
): Promise<Array<{ status: number; body: any }>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', INVOKE, pathToFileURL(bundles[trafficClass]).href, JSON.stringify(requests)],
    {
      env: {
        PATH: process.env.PATH ?? '',
        ...functionDefaults('test').environment,
        ...classEnvironment(trafficClass),
        TABLE_NAME: process.env.TABLE_NAME!,
        DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT!,
        AWS_REGION: 'local',
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_LAMBDA_FUNCTION_NAME: `bundled-${trafficClass}`,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        POWERTOOLS_TRACE_ENABLED: 'false',
        SST_APP: 'aksu-talent',
        SST_STAGE: 'test',
        // Bound secrets as SST passes them once known (see packages/functions/src/secrets.ts).
        SST_Secret_value_JWT_SECRET: process.env.JWT_SECRET!,
        SST_Secret_value_PII_KEY: process.env.PII_KEY!,
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT:'));
  if (!line) throw new Error(`the bundle printed no result: ${stdout.slice(-500)}`);
  return (JSON.parse(line.slice('RESULT:'.length)) as Array<{ status: number; body: string }>).map((r) => ({
    status: r.status,
    body: r.body ? JSON.parse(r.body) : undefined,
  }));
}

describe('the bundled hot classes against DynamoDB Local', () => {
  it('public: shows an event, registers one person and waitlists the next once the seat is gone', async () => {
    const event = await newEvent(await newTrip([(await newUniversity()).universityId]), { capacity: 1 });
    const path = `/v1/public/events/${event.eventId}`;
    const [shown, first, second, after] = await invoke('public', [
      { method: 'GET', path },
      {
        method: 'POST',
        path: `${path}/registrations`,
        body: person({ phone: '13900000001', email: 'bundled.1@example.com' }),
      },
      {
        method: 'POST',
        path: `${path}/registrations`,
        body: person({ phone: '13900000002', email: 'bundled.2@example.com' }),
      },
      { method: 'GET', path },
    ]);
    expect(shown!.status).toBe(200);
    expect([first!.status, second!.status]).toEqual([201, 201]);
    expect([first!.body.status, second!.body.status]).toEqual(['registered', 'waitlisted']);
    expect(after!.body.seatsLeft).toBe(0);
    const stored = (
      await db()
        .service.entities.registration.query.byEvent({ eventId: event.eventId })
        .go({ pages: 'all', consistent: true })
    ).data;
    expect(stored.map((r) => r.status).sort()).toEqual(['registered', 'waitlisted']);
  });

  it('phone: an intern checks in once, a second tap is refused as already done, and the day shows it', async () => {
    const world = await dailyWorld({ interns: 1, universities: [(await newUniversity()).universityId] });
    const intern = world.interns[0]!;
    const [first, again, mine] = await invoke('phone', [
      { method: 'POST', path: '/v1/check-ins', token: intern.token, body: {} },
      { method: 'POST', path: '/v1/check-ins', token: intern.token, body: {} },
      { method: 'GET', path: '/v1/check-ins', token: intern.token },
    ]);
    expect(first!.status).toBe(201);
    expect(first!.body.registrationId).toBe(intern.registrationId);
    expect([again!.status, again!.body.code]).toEqual([409, 'already_checked_in']);
    expect(mine!.status).toBe(200);
    expect(JSON.stringify(mine!.body)).toContain(world.today);
  });
});
