import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Benchmark, Row } from '../../scripts/bench/benchmark.ts';
import { measureInit, type InitCase, type InitTiming } from '../../scripts/bench/init-time.ts';
import { linkExternals, packageName } from '../../scripts/bench/runtime-modules.ts';
import { bundleLikeSst, sstEsbuild } from '../../scripts/bench/sst-esbuild.ts';
import { round, toKB } from '../../scripts/bench/stats.ts';
import { sized } from '../../scripts/bench/quick.ts';
import { functionDefaults } from '../../stacks/lib/function-defaults.ts';
import {
  CLASS_LIMITS,
  classEnvironment,
  classNodejs,
  EXPORTS_ONLY_PACKAGES,
  TRAFFIC_CLASSES,
  type TrafficClass,
} from '../../stacks/lib/traffic-classes.ts';

// Issue 15's cold-start floor: the median of at least 15 fresh processes per case, all in one run.
// A quick run takes 5: its ratios are labelled quick, not the measurement the target names.
const RUNS = sized(15, 5);
const root = fileURLToPath(new URL('../../', import.meta.url));
const MINIMAL = 'scripts/bench/minimal-handler.ts';
const LIBRARY_FLOOR = 'scripts/bench/library-floor.mjs';
const LIBRARY_FLOOR_HANDLER = 'scripts/bench/library-floor-handler.mjs';
const OBSERVABILITY_FLOOR_HANDLER = 'scripts/bench/observability-floor-handler.mjs';

/** Issue 15's targets per class: bundle size for the two hot classes, init against the bare handler. */
const TARGETS: Record<TrafficClass, { maxKB?: number; maxInitRatio?: number; exceljs: boolean }> = {
  public: { maxKB: 400, maxInitRatio: 1.5, exceljs: false },
  phone: { maxKB: 400, maxInitRatio: 1.5, exceljs: false },
  api: { maxInitRatio: 2, exceljs: false },
  exports: { exceljs: true },
};

/**
 * The first request each class gets in the probe: one of its everyday routes that needs no table
 * (refused by validation or for want of a token), and the status it must answer. Its route module
 * is loaded on that request, not at init (lambda.ts), so the first request's time is part of what
 * a cold start costs and is printed beside init.
 */
const FIRST_REQUEST: Record<TrafficClass, { path: string; status: number }> = {
  public: { path: '/v1/public/events/not-an-event-id', status: 400 },
  phone: { path: '/v1/check-ins', status: 401 },
  api: { path: '/v1/universities', status: 401 },
  exports: { path: '/v1/leads.xlsx', status: 401 },
};

/**
 * What the deployed function sees at cold start, minus AWS: the stack's environment, the bound
 * secret as SST passes it once fetched (`SST_<construct>_<prop>_<id>`, see sst/node/util; the value
 * must not be `__FETCH_FROM_SSM__`), and a region so SDK clients can be constructed. No
 * credentials: nothing may call AWS during init.
 */
function lambdaEnv(bundleDir: string, trafficClass?: TrafficClass): Record<string, string> {
  return {
    ...(functionDefaults('bench').environment ?? {}),
    ...(trafficClass ? classEnvironment(trafficClass) : {}),
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
    // The runtime is Node 24 in AWS (nodejs24.x); on an older local Node the SDK warns, as it never does there.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

async function build(name: string, entry: string, nodejs = functionDefaults('bench').nodejs) {
  const outDir = `${root}bench/lambda/${name}`;
  await rm(outDir, { recursive: true, force: true });
  const bundle = await bundleLikeSst(root, `${root}${entry}`, outDir, nodejs);
  // Only what the Lambda runtime provides is linked beside the bundle; a class's own exclusions
  // (the spreadsheet library) are absent from its artifact in AWS and so here.
  const provided = Object.entries(bundle.externals).filter(
    ([specifier]) => !(EXPORTS_ONLY_PACKAGES as readonly string[]).includes(packageName(specifier)),
  );
  const externalPackages = await linkExternals(outDir, Object.fromEntries(provided));
  const gzipBytes = gzipSync(await readFile(bundle.file), { level: 9 }).length;
  const spreadsheetInputs = bundle.inputs.filter((input) =>
    EXPORTS_ONLY_PACKAGES.some((pkg) => input.includes(`node_modules/${pkg}/`)),
  );
  return {
    entry,
    outDir,
    file: bundle.file,
    bytes: bundle.bytes,
    gzipBytes,
    sourcemapBytes: bundle.sourcemapBytes,
    externalPackages,
    spreadsheetInputs: spreadsheetInputs.length,
  };
}

type Built = Awaited<ReturnType<typeof build>>;
const timing = ({ status: _status, ...t }: InitTiming) => t;

/**
 * Every traffic class's Lambda as `sst deploy` bundles it (the stack's own bundling options per
 * class), beside a minimal Hono + lib-dynamodb handler, with init timed in fresh processes taking
 * turns so machine noise lands on all of them alike.
 */
export const benchmark: Benchmark = {
  name: 'lambda-bundle',
  async run() {
    const minimal = await build('minimal', MINIMAL);
    const publicNodejs = classNodejs('public', functionDefaults('bench').nodejs)!;
    // The libraries resolve from the packages that depend on them (the workspace keeps each package's own).
    const floorNodejs = {
      ...publicNodejs,
      esbuild: {
        ...publicNodejs.esbuild,
        nodePaths: ['packages/core/node_modules', 'packages/functions/node_modules'].map((dir) => `${root}${dir}`),
      },
    };
    const floor = await build('library-floor', LIBRARY_FLOOR, floorNodejs);
    const floorHandler = await build('library-floor-handler', LIBRARY_FLOOR_HANDLER, floorNodejs);
    const observabilityFloor = await build('observability-floor-handler', OBSERVABILITY_FLOOR_HANDLER, floorNodejs);
    const classes = {} as Record<TrafficClass, Built>;
    for (const trafficClass of TRAFFIC_CLASSES) {
      const entry = CLASS_LIMITS[trafficClass].handler.replace(/\.handler$/, '.ts');
      classes[trafficClass] = await build(
        trafficClass,
        entry,
        classNodejs(trafficClass, functionDefaults('bench').nodejs),
      );
    }
    const classCases = Object.fromEntries(
      TRAFFIC_CLASSES.map((c) => [
        c,
        { bundle: classes[c].file, env: lambdaEnv(classes[c].outDir, c), path: FIRST_REQUEST[c].path },
      ]),
    ) as Record<TrafficClass, InitCase>;
    const cases: Record<
      'minimal' | 'libraryFloor' | 'observabilityFloor' | 'publicWithSourceMaps' | TrafficClass,
      InitCase
    > = {
      minimal: { bundle: minimal.file, env: lambdaEnv(minimal.outDir), path: '/items/none' },
      libraryFloor: { bundle: floorHandler.file, env: lambdaEnv(floorHandler.outDir, 'public'), path: '/items/none' },
      observabilityFloor: {
        bundle: observabilityFloor.file,
        env: lambdaEnv(observabilityFloor.outDir, 'public'),
        path: '/items/none',
      },
      ...classCases,
      // The same public bundle with NODE_OPTIONS=--enable-source-maps, as the other classes run: what parsing the map
      // would cost its cold start.
      publicWithSourceMaps: {
        bundle: classes.public.file,
        env: { ...lambdaEnv(classes.public.outDir), NODE_OPTIONS: '--enable-source-maps' },
        path: FIRST_REQUEST.public.path,
      },
    };
    const t = await measureInit(cases, RUNS);
    for (const c of TRAFFIC_CLASSES) {
      const { path, status } = FIRST_REQUEST[c];
      if (t[c].status !== status)
        throw new Error(`The ${c} bundle answered ${t[c].status} to GET ${path}, not ${status}`);
    }

    const rows: Row[] = [];
    const json: Record<string, unknown> = {};
    for (const c of TRAFFIC_CLASSES) {
      const b = classes[c];
      const target = TARGETS[c];
      const ratio = round(t[c].importMsMedian / t.minimal.importMsMedian, 2);
      const kb = toKB(b.bytes);
      rows.push(
        target.maxKB === undefined
          ? { metric: `${c} bundle (raw / gzip)`, value: `${kb} / ${toKB(b.gzipBytes)}`, unit: 'KB' }
          : {
              metric: `${c} bundle minified`,
              value: kb,
              unit: 'KB',
              target: `<= ${target.maxKB}`,
              met: kb <= target.maxKB,
            },
        {
          metric: `${c} bundle carries the spreadsheet library`,
          value: b.spreadsheetInputs > 0 ? 'yes' : 'no',
          unit: '',
          target: target.exceljs ? 'yes' : 'no',
          met: b.spreadsheetInputs > 0 === target.exceljs,
        },
        { metric: `${c} init, median of ${RUNS}`, value: t[c].importMsMedian, unit: 'ms' },
        target.maxInitRatio === undefined
          ? { metric: `${c} init / minimal`, value: ratio, unit: 'ratio' }
          : {
              metric: `${c} init / minimal`,
              value: ratio,
              unit: 'ratio',
              target: `<= ${target.maxInitRatio}`,
              met: ratio <= target.maxInitRatio,
            },
        {
          metric: `${c} first request (secrets, its route module, app, tracer)`,
          value: t[c].firstInvokeMsMedian,
          unit: 'ms',
        },
        {
          metric: `${c} init + first request`,
          value: round(t[c].importMsMedian + t[c].firstInvokeMsMedian, 1),
          unit: 'ms',
        },
      );
      json[c] = { ...b, init: timing(t[c]), initRatio: ratio, targets: target };
    }
    rows.push(
      { metric: `minimal Hono bundle`, value: toKB(minimal.bytes), unit: 'KB' },
      // What no class bundle can go below while it uses the stack's libraries: compare with the 400 KB target.
      {
        metric: `zod + ElectroDB + Hono/zod-openapi alone, bundled like a class`,
        value: toKB(floor.bytes),
        unit: 'KB',
      },
      { metric: `minimal Hono init, median of ${RUNS}`, value: t.minimal.importMsMedian, unit: 'ms' },
      // What the fixed libraries alone add to the minimal handler's init: the rest of a class's ratio is the app's own.
      {
        metric: `minimal Hono + zod, ElectroDB, Hono/zod-openapi init / minimal`,
        value: round(t.libraryFloor.importMsMedian / t.minimal.importMsMedian, 2),
        unit: 'ratio',
      },
      // The same with Powertools' logger, metrics and tracer, which point 5 asks of every function: the
      // least any class can take, to read beside the 1.5 and 2 targets.
      {
        metric: `the same + Powertools logger, metrics and tracer, bundled like a class`,
        value: toKB(observabilityFloor.bytes),
        unit: 'KB',
      },
      {
        metric: `the same + Powertools logger, metrics and tracer, init / minimal`,
        value: round(t.observabilityFloor.importMsMedian / t.minimal.importMsMedian, 2),
        unit: 'ratio',
      },
      {
        metric: `public init if it ran with --enable-source-maps, median of ${RUNS}`,
        value: t.publicWithSourceMaps.importMsMedian,
        unit: 'ms',
      },
    );
    return {
      json: {
        lambdaClasses: json,
        minimalBundle: { ...minimal, init: timing(t.minimal) },
        libraryFloorBundle: floor,
        libraryFloorHandler: { ...floorHandler, init: timing(t.libraryFloor) },
        observabilityFloorHandler: { ...observabilityFloor, init: timing(t.observabilityFloor) },
        bundler: {
          esbuild: sstEsbuild().version,
          // Init is timed on this machine's Node, not the runtime the stack deploys to.
          deployedRuntime: functionDefaults('bench').runtime,
          deployedArchitecture: functionDefaults('bench').architecture,
          initMeasuredOnNode: process.version,
          options:
            'SST v2 deploy-mode esbuild options with stacks/lib/function-defaults.ts ' +
            "and each class's own (stacks/lib/traffic-classes.ts)",
          initEnv:
            "each class's stack environment (NODE_OPTIONS=--enable-source-maps except public and " +
            'phone), SST secret env, no AWS credentials; SDK packages linked beside the bundle',
        },
      },
      rows,
    };
  },
};
