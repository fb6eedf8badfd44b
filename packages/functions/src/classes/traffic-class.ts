import type { Hono, Schema } from 'hono';
import type { AppEnv } from '../env.ts';

/**
 * The traffic classes of the HTTP API. Each is its own Lambda with its own concurrency and route
 * throttles, so a flood in one (public registrations for a popular event) cannot take the capacity
 * another needs (interns checking in on their phones):
 * - public: the no-login event pages and registration, and the recruitment pages;
 * - phone: what an intern does every day on a phone (check-in, activity logs, leave);
 * - exports: everything that reads or writes a spreadsheet (workbook downloads, imports), the only
 *   class that carries the spreadsheet library;
 * - api: the rest, the office's and coordinators' desk work.
 */
export const TRAFFIC_CLASSES = ['public', 'phone', 'api', 'exports'] as const;
export type TrafficClass = (typeof TRAFFIC_CLASSES)[number];

// A router's route types vary from module to module; only mounting matters here.
export type Router = Hono<AppEnv, Schema, string>;

/** Imports one route module and hands back its router. */
export type RouterLoader = () => Promise<Router>;

/**
 * The route modules one class serves, each by its file name and imported only when asked for. A
 * route module belongs to exactly one class file; the whole app (pnpm dev, the tests, the OpenAPI
 * document) loads and mounts every class, and API Gateway's route table is derived from the same
 * lists. A class's Lambda loads a module on the first request for one of its paths (lambda.ts), so
 * its cold start evaluates none of the modules' schemas and a warm function only those it has served.
 */
export interface ClassRoutes {
  readonly trafficClass: TrafficClass;
  readonly groups: Readonly<Record<string, RouterLoader>>;
  /**
   * The route keys (`GET /v1/check-ins`) each of those modules serves, from route-groups.ts (written
   * by `pnpm openapi`): what the Lambda reads to pick a module before loading any.
   */
  readonly routeKeys: Readonly<Record<string, readonly string[]>>;
}

/** A class with every route module loaded, in the class file's order. */
export interface LoadedClass {
  readonly trafficClass: TrafficClass;
  readonly routers: Readonly<Record<string, Router>>;
}

export async function loadClass(routes: ClassRoutes): Promise<LoadedClass> {
  const loaded = await Promise.all(
    Object.entries(routes.groups).map(async ([group, load]) => [group, await load()] as const),
  );
  return { trafficClass: routes.trafficClass, routers: Object.fromEntries(loaded) };
}
