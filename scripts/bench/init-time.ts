import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { median, round } from './stats.ts';

const run = promisify(execFile);

const MARK = 'bench-init-result:';

/**
 * Runs in a fresh `node`: imports the bundle, as the Lambda runtime does at cold start, then calls
 * the handler once with an API Gateway v2 event so a bundle that imports but cannot serve fails here.
 */
const PROBE = `
const MARK = ${JSON.stringify(MARK)};
const started = performance.now();
const mod = await import(process.argv[1]);
const imported = performance.now();
if (typeof mod.handler !== 'function') throw new Error('bundle exports no handler');
const path = process.argv[2] || '/health';
const event = {
  version: '2.0', routeKey: '$default', rawPath: path, rawQueryString: '', headers: { host: 'bench.local' },
  requestContext: { http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
    domainName: 'bench.local', stage: '$default', requestId: 'bench', routeKey: '$default', timeEpoch: Date.now() },
  isBase64Encoded: false,
};
const response = await mod.handler(event, {
  awsRequestId: 'bench', functionName: 'bench',
  invokedFunctionArn: 'arn:aws:lambda:ap-northeast-1:000000000000:function:bench',
  memoryLimitInMB: '1024', getRemainingTimeInMillis: () => 10000,
});
const invoked = performance.now();
process.stdout.write('\\n' + MARK + JSON.stringify({
  importMs: imported - started, sinceStartMs: imported, firstInvokeMs: invoked - imported, status: response.statusCode,
}));
`;

export interface InitTiming {
  /** Median time to import the bundle (module evaluation, including top-level await). */
  importMsMedian: number;
  /** Median from process start to the handler being ready: what a cold start adds before the first request. */
  processToReadyMsMedian: number;
  firstInvokeMsMedian: number;
  status: number;
  runs: number;
}

interface Sample {
  importMs: number;
  sinceStartMs: number;
  firstInvokeMs: number;
  status: number;
}

async function sample(bundle: string, env: Record<string, string>, path?: string): Promise<Sample> {
  const { stdout } = await run(
    process.execPath,
    ['--input-type=module', '-e', PROBE, pathToFileURL(bundle).href, ...(path ? [path] : [])],
    {
      env: { PATH: process.env.PATH ?? '', ...env },
      timeout: 30_000,
    },
  );
  // The handler logs its request line to stdout too, as it does in CloudWatch.
  const line = stdout.split('\n').find((l) => l.startsWith(MARK));
  if (!line) throw new Error(`${bundle} printed no timing: ${stdout.slice(0, 300)}`);
  return JSON.parse(line.slice(MARK.length));
}

export interface InitCase {
  bundle: string;
  /** The whole environment apart from PATH, like a Lambda's. */
  env: Record<string, string>;
  /** The path of the first request (GET); `/health` unless the function serves other routes. */
  path?: string;
}

/**
 * Medians over `runs` fresh processes per case. Cases take turns run by run, so a burst of other
 * work on the machine lands on all of them alike instead of skewing their ratio.
 */
export async function measureInit<K extends string>(
  cases: Record<K, InitCase>,
  runs: number,
): Promise<Record<K, InitTiming>> {
  const keys = Object.keys(cases) as K[];
  const samples = new Map<K, Sample[]>(keys.map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const key of keys) samples.get(key)!.push(await sample(cases[key].bundle, cases[key].env, cases[key].path));
  }
  const timings = {} as Record<K, InitTiming>;
  for (const key of keys) {
    const list = samples.get(key)!;
    const status = list[0]!.status;
    if (list.some((s) => s.status !== status))
      throw new Error(`${cases[key].bundle} answered inconsistently across runs`);
    timings[key] = {
      importMsMedian: round(median(list.map((s) => s.importMs))),
      processToReadyMsMedian: round(median(list.map((s) => s.sinceStartMs))),
      firstInvokeMsMedian: round(median(list.map((s) => s.firstInvokeMs))),
      status,
      runs,
    };
  }
  return timings;
}
