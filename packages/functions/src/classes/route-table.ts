import type { LoadedClass, Router, TrafficClass } from './traffic-class.ts';

/** An API Gateway HTTP API route key: `GET /v1/events/{eventId}`. */
export type RouteKey = `${string} /${string}`;

/**
 * The routes API Gateway sends to each class other than `api`, which takes `$default` (every path
 * no other route matches: its own operations, health, docs, unknown paths answered 404 by Hono).
 * Written to stacks/lib/class-routes.json by `pnpm openapi`; the stack reads that file, so the
 * CDK app loads no function code.
 */
export type ClassRouteTable = Partial<Record<Exclude<TrafficClass, 'api'>, RouteKey[]>>;

/** `/v1/interns/:registrationId/log-weeks` → `/v1/interns/{registrationId}/log-weeks`. */
export const gatewayPath = (honoPath: string) => honoPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/**
 * One route key per operation a router serves, read from the router itself (Hono lists each handler
 * and middleware of a route; `ALL` entries are middleware, not operations).
 */
export function routerKeys(router: Router): RouteKey[] {
  const keys = new Set<RouteKey>();
  for (const { method, path } of router.routes) {
    if (method === 'ALL' || path.includes('*')) continue;
    keys.add(`${method} ${gatewayPath(path)}` as RouteKey);
  }
  return [...keys].sort();
}

/** One route key per operation the class's route modules serve. */
export function routeKeysOf(routes: LoadedClass): RouteKey[] {
  return [...new Set(Object.values(routes.routers).flatMap(routerKeys))].sort();
}

export function classRouteTable(classes: readonly LoadedClass[]): ClassRouteTable {
  const table: ClassRouteTable = {};
  for (const routes of classes) {
    if (routes.trafficClass !== 'api') table[routes.trafficClass] = routeKeysOf(routes);
  }
  return table;
}

/**
 * Each class's route modules by name, with the route keys each serves: what a class's Lambda reads
 * to know which module a request needs before loading any. Written to route-groups.ts by
 * `pnpm openapi`, one constant per class so that each function carries its own.
 */
export type RouteGroups = Record<string, RouteKey[]>;

export function routeGroupTable(classes: readonly LoadedClass[]): Record<TrafficClass, RouteGroups> {
  return Object.fromEntries(
    classes.map((routes) => [
      routes.trafficClass,
      Object.fromEntries(Object.entries(routes.routers).map(([group, router]) => [group, routerKeys(router)])),
    ]),
  ) as Record<TrafficClass, RouteGroups>;
}

/**
 * Picks, for a path, the route modules of a class that serve some method at it, in the class's
 * order. The method is left to Hono once they are mounted, so a wrong method gets the same answer
 * as it does from the whole app, and HEAD is served by the GET route as Hono serves it. The
 * templates are parsed once, here, not on every request.
 */
export function groupMatcher(groups: Readonly<Record<string, readonly string[]>>): (path: string) => string[] {
  const compiled = Object.entries(groups).map(
    ([group, keys]) => [group, keys.map((key) => templateMatcher(key.slice(key.indexOf(' ') + 1)))] as const,
  );
  return (path) => {
    const got = path.split('/');
    return compiled.filter(([, matchers]) => matchers.some((matches) => matches(got))).map(([group]) => group);
  };
}

/** Whether a route key's path template matches a concrete path, as API Gateway matches it. */
export function routeMatches(key: string, method: string, path: string): boolean {
  const [routeMethod, template] = key.split(' ') as [string, string];
  if (routeMethod !== 'ANY' && routeMethod !== method) return false;
  return templateMatcher(template)(path.split('/'));
}

const PARAM = Symbol('param');
const PROXY = Symbol('proxy');

/**
 * `/v1/leave-requests/{leaveId}` as a test of a concrete path's segments; `{proxy+}` takes one
 * segment or more.
 */
function templateMatcher(template: string): (got: readonly string[]) => boolean {
  const want = template
    .split('/')
    .map((segment) => (/^\{[^}]+\+\}$/.test(segment) ? PROXY : /^\{[^}]+\}$/.test(segment) ? PARAM : segment));
  return (got) => {
    for (let i = 0; i < want.length; i++) {
      const segment = want[i]!;
      if (segment === PROXY) return got.length > i;
      if (got[i] === undefined) return false;
      if (segment === PARAM ? got[i] === '' : segment !== got[i]) return false;
    }
    return want.length === got.length;
  };
}

/**
 * The class API Gateway invokes for a request: the class of the one explicit route that matches,
 * else `api` through `$default`. More than one match is reported rather than resolved: the table
 * holds exact operation routes, so an overlap means two classes claim the same request.
 */
export function classFor(
  table: ClassRouteTable,
  method: string,
  path: string,
): TrafficClass | { ambiguous: RouteKey[] } {
  const matches = Object.entries(table).flatMap(([trafficClass, keys]) =>
    (keys ?? [])
      .filter((key) => routeMatches(key, method, path))
      .map((key) => ({ trafficClass: trafficClass as TrafficClass, key })),
  );
  if (matches.length > 1) return { ambiguous: matches.map((m) => m.key) };
  return matches[0]?.trafficClass ?? 'api';
}
