import { readFileSync } from 'node:fs';
import type { FunctionProps } from 'sst/constructs';

/** The HTTP API's traffic classes; the same names as the functions package's class files. */
export type TrafficClass = 'public' | 'phone' | 'api' | 'exports';
export const TRAFFIC_CLASSES: readonly TrafficClass[] = ['public', 'phone', 'api', 'exports'];

/**
 * The routes of every class but `api`, which takes `$default`. Generated from the class files by
 * `pnpm openapi` (a unit test keeps it current), and read as data so the CDK app loads no function code.
 */
export const CLASS_ROUTES: Readonly<Record<Exclude<TrafficClass, 'api'>, readonly string[]>> = JSON.parse(
  readFileSync(new URL('./class-routes.json', import.meta.url), 'utf8'),
);

export interface ClassLimits {
  /** Path of the class's Lambda entry and its export, as SST takes it. */
  handler: string;
  memorySize: number;
  timeout: number;
  /**
   * Concurrent executions reserved for the class and, equally, the most it may use: a flood in
   * one class is refused by its own cap instead of spending the account's concurrency that the
   * others run on.
   */
  reservedConcurrency: number;
  /** API Gateway's per-route limit for each of the class's routes: steady requests per second and burst. */
  throttle: { rate: number; burst: number };
  /**
   * Whether Node maps stack traces through the bundle's source map (`--enable-source-maps`). Node
   * reads and parses the whole map while it loads the bundle, about 90 ms of every cold start
   * (`pnpm bench lambda-bundle`). The two classes whose cold starts meet a crowd (a registration
   * opening, the morning check-in) go without: their traces point into the bundle, and the map
   * ships beside it to read them (README, Runbook). They also go without esbuild's `keepNames`,
   * which SST turns on: it wraps each of the bundle's two thousand functions and classes in a
   * call that sets its name, all run at import (about 10 ms of the public function's init). Their
   * traces then show minified names, and the map gives the source name with the line.
   */
  sourceMaps: boolean;
}

/**
 * Sized for the national scale in docs/scale.md. Check-ins and registrations are the two floods:
 * 100,000 interns checking in around 09:00 peak near 200/s; 50,000 registrants for one event day,
 * 2,000 in ten seconds when registration opens. A request takes tens of milliseconds, so 200/s
 * keeps about ten executions busy; the caps leave room for slow moments without letting one class
 * take the account's default 1,000. Exports build workbooks of up to tens of thousands of rows in
 * memory, so they get more memory, the longest time API Gateway waits (30 s), and few slots.
 */
export const CLASS_LIMITS: Readonly<Record<TrafficClass, ClassLimits>> = {
  public: {
    handler: 'packages/functions/src/lambda-public.handler',
    memorySize: 1024,
    timeout: 10,
    reservedConcurrency: 60,
    throttle: { rate: 300, burst: 600 },
    sourceMaps: false,
  },
  phone: {
    handler: 'packages/functions/src/lambda-phone.handler',
    memorySize: 1024,
    timeout: 10,
    reservedConcurrency: 60,
    throttle: { rate: 300, burst: 600 },
    sourceMaps: false,
  },
  api: {
    handler: 'packages/functions/src/lambda-api.handler',
    memorySize: 1024,
    timeout: 10,
    reservedConcurrency: 30,
    throttle: { rate: 100, burst: 200 },
    sourceMaps: true,
  },
  exports: {
    handler: 'packages/functions/src/lambda-exports.handler',
    memorySize: 2048,
    timeout: 29,
    reservedConcurrency: 5,
    throttle: { rate: 5, burst: 10 },
    sourceMaps: true,
  },
};

/**
 * Reserved concurrency is on unless the deploy says `RESERVED_CONCURRENCY=off`. An account whose
 * Lambda concurrency AWS has left at a new account's 10 cannot reserve anything (100 must stay
 * unreserved), and the deploy would fail; there the route throttles remain the only fence until
 * a quota increase, which is what production must have.
 */
export function reservesConcurrency(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.RESERVED_CONCURRENCY ?? '').trim().toLowerCase() !== 'off';
}

/** The construct id of a class's function: `PhoneFunction`. */
export const classFunctionId = (trafficClass: TrafficClass) =>
  `${trafficClass[0]!.toUpperCase()}${trafficClass.slice(1)}Function`;

/** The construct id SST gives a route's `HttpRoute` (`Route_GET_--v1--check-ins`; CDK turns `/` into `--`). */
export function routeConstructId(routeKey: string): string {
  if (routeKey === '$default') return 'Route_default';
  const [method, path] = routeKey.split(' ') as [string, string];
  return `Route_${method}_${path}`.replaceAll('/', '--');
}

/**
 * A class's own environment on top of the project defaults: the defaults turn source-mapped stack
 * traces on, and a class without them clears NODE_OPTIONS (SST merges the two environments).
 */
export function classEnvironment(trafficClass: TrafficClass): Record<string, string> {
  return CLASS_LIMITS[trafficClass].sourceMaps ? {} : { NODE_OPTIONS: '' };
}

/** What only the exports class may load: the spreadsheet library and, with it, its dependency tree. */
export const EXPORTS_ONLY_PACKAGES = ['exceljs'] as const;

/**
 * A class's bundling options: the project defaults (SST replaces `nodejs` as a whole, so they are
 * repeated here), and for every class but exports the spreadsheet library left out of the bundle.
 * Core reaches it only through the one dynamic import that starts a workbook, which those classes'
 * routes never call; left external and absent from their artifacts, it cannot load there even by
 * mistake, and their bundles do not carry its half megabyte. A class without source maps is also
 * bundled without kept names (see `sourceMaps`).
 */
export function classNodejs(trafficClass: TrafficClass, base: FunctionProps['nodejs'] = {}): FunctionProps['nodejs'] {
  if (trafficClass === 'exports') return base;
  const esbuild = base.esbuild ?? {};
  return {
    ...base,
    esbuild: {
      ...esbuild,
      external: [...(esbuild.external ?? []), ...EXPORTS_ONLY_PACKAGES],
      ...(CLASS_LIMITS[trafficClass].sourceMaps ? {} : { keepNames: false }),
    },
  };
}
