import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Benchmark, Row } from '../../scripts/bench/benchmark.ts';
import { measureInit, type InitTiming } from '../../scripts/bench/init-time.ts';
import { linkExternals } from '../../scripts/bench/runtime-modules.ts';
import { bundleLikeSst, sstEsbuild } from '../../scripts/bench/sst-esbuild.ts';
import { round, toKB } from '../../scripts/bench/stats.ts';
import { functionDefaults } from '../../stacks/lib/function-defaults.ts';

const RUNS = 15;
const root = fileURLToPath(new URL('../../', import.meta.url));
const OURS = 'packages/functions/src/lambda.ts';
const MINIMAL = 'scripts/bench/minimal-handler.ts';

/**
 * What the deployed function sees at cold start, minus AWS: the stack's environment, the bound
 * secret as SST passes it once fetched (`SST_<construct>_<prop>_<id>`, see sst/node/util; the value
 * must not be `__FETCH_FROM_SSM__`), and a region so SDK clients can be constructed. No
 * credentials: nothing may call AWS during init.
 */
function lambdaEnv(bundleDir: string, withSourceMaps: boolean): Record<string, string> {
  const environment = { ...(functionDefaults('bench').environment ?? {}) };
  if (!withSourceMaps) delete environment.NODE_OPTIONS;
  return {
    ...environment,
    AWS_REGION: 'ap-northeast-1',
    AWS_LAMBDA_FUNCTION_NAME: 'bench',
    LAMBDA_TASK_ROOT: bundleDir,
    TABLE_NAME: 'bench-table',
    DOCS_ASSETS_DIR: 'swagger-ui',
    SST_APP: 'aksu-talent',
    SST_STAGE: 'bench',
    SST_REGION: 'ap-northeast-1',
    SST_SSM_PREFIX: '/sst/aksu-talent/bench/',
    SST_Secret_value_JWT_SECRET: randomBytes(32).toString('base64'),
    SST_Secret_value_PII_KEY: randomBytes(32).toString('base64'),
    // The runtime is Node 22 in AWS; on this Node 20 the SDK would print a warning it never prints there.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

async function build(name: string, entry: string) {
  const outDir = `${root}bench/lambda/${name}`;
  await rm(outDir, { recursive: true, force: true });
  const bundle = await bundleLikeSst(root, `${root}${entry}`, outDir);
  const externalPackages = await linkExternals(outDir, bundle.externals);
  const gzipBytes = gzipSync(await readFile(bundle.file), { level: 9 }).length;
  return { entry, outDir, file: bundle.file, bytes: bundle.bytes, gzipBytes, sourcemapBytes: bundle.sourcemapBytes, externalPackages };
}

type Built = Awaited<ReturnType<typeof build>>;

function asJson(b: Built, deployed: InitTiming, noMaps: InitTiming) {
  const timing = ({ status: _status, ...t }: InitTiming) => t;
  return {
    entry: b.entry,
    bytes: b.bytes,
    gzipBytes: b.gzipBytes,
    sourcemapBytes: b.sourcemapBytes,
    externalPackages: b.externalPackages,
    initMsMedian: deployed.importMsMedian,
    init: { withStackNodeOptions: timing(deployed), withoutSourceMaps: timing(noMaps) },
    healthStatus: deployed.status,
  };
}

/** Our API Lambda as `sst deploy` bundles it, beside a minimal Hono + lib-dynamodb handler. */
export const benchmark: Benchmark = {
  name: 'lambda-bundle',
  async run() {
    const ours = await build('api', OURS);
    const minimal = await build('minimal', MINIMAL);
    const t = await measureInit(
      {
        ours: { bundle: ours.file, env: lambdaEnv(ours.outDir, true) },
        minimal: { bundle: minimal.file, env: lambdaEnv(minimal.outDir, true) },
        oursNoMaps: { bundle: ours.file, env: lambdaEnv(ours.outDir, false) },
        minimalNoMaps: { bundle: minimal.file, env: lambdaEnv(minimal.outDir, false) },
      },
      RUNS,
    );
    if (t.ours.status !== 200) throw new Error(`The API bundle answered ${t.ours.status} to GET /health`);
    const initRatio = round(t.ours.importMsMedian / t.minimal.importMsMedian, 2);
    const sizeRatio = round(ours.bytes / minimal.bytes, 2);
    const rows = (label: string, b: Built, deployed: InitTiming, noMaps: InitTiming): Row[] => [
      { metric: `${label} bundle (raw / gzip)`, value: `${toKB(b.bytes)} / ${toKB(b.gzipBytes)}`, unit: 'KB' },
      { metric: `${label} source map`, value: toKB(b.sourcemapBytes), unit: 'KB' },
      { metric: `${label} init, median of ${RUNS}`, value: deployed.importMsMedian, unit: 'ms' },
      { metric: `${label} init without source maps`, value: noMaps.importMsMedian, unit: 'ms' },
      { metric: `${label} process start to ready`, value: deployed.processToReadyMsMedian, unit: 'ms' },
    ];
    return {
      json: {
        lambdaBundle: asJson(ours, t.ours, t.oursNoMaps),
        minimalBundle: asJson(minimal, t.minimal, t.minimalNoMaps),
        bundleInitRatio: initRatio,
        bundleSizeRatio: sizeRatio,
        bundler: {
          esbuild: sstEsbuild().version,
          // Init is timed on this machine's Node, not the runtime the stack deploys to.
          deployedRuntime: functionDefaults('bench').runtime,
          deployedArchitecture: functionDefaults('bench').architecture,
          initMeasuredOnNode: process.version,
          options: 'SST v2 deploy-mode esbuild options with stacks/lib/function-defaults.ts',
          initEnv: 'stack environment (NODE_OPTIONS=--enable-source-maps), SST secret env, no AWS credentials; SDK packages linked beside the bundle',
        },
      },
      rows: [
        ...rows('API Lambda', ours, t.ours, t.oursNoMaps),
        ...rows('minimal Hono', minimal, t.minimal, t.minimalNoMaps),
        { metric: 'init ratio (ours / minimal)', value: initRatio, unit: 'ratio' },
        { metric: 'size ratio (ours / minimal)', value: sizeRatio, unit: 'ratio' },
      ],
    };
  },
};
