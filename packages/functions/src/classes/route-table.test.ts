import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { composeApp } from '../compose.ts';
import {
  ALL_CLASSES,
  type ClassRoutes,
  LOADED_CLASSES,
  type LoadedClass,
  TRAFFIC_CLASSES,
  type TrafficClass,
} from './index.ts';
import {
  classFor,
  classRouteTable,
  groupMatcher,
  routeGroupTable,
  routeKeysOf,
  routeMatches,
  routerKeys,
} from './route-table.ts';

const config = { jwtSecret: 'route-table-test' };
const document = (await (await createApp(config).request('/openapi.json')).json()) as {
  paths: Record<string, Record<string, unknown>>;
};
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
);
const committed = JSON.parse(
  readFileSync(new URL('../../../../stacks/lib/class-routes.json', import.meta.url), 'utf8'),
);
const ROUTE_KEYS = Object.fromEntries(ALL_CLASSES.map((c) => [c.trafficClass, c.routeKeys])) as Record<
  TrafficClass,
  ClassRoutes['routeKeys']
>;
/** A concrete request path for an operation: each path parameter gets a value no literal segment has. */
const concrete = (path: string) => path.replace(/\{([^}]+)\}/g, (_, name: string) => `x-${name}-1`);

describe('traffic classes', () => {
  it('has one class file per class, and the whole app mounts each once', () => {
    expect(ALL_CLASSES.map((c) => c.trafficClass).sort()).toEqual([...TRAFFIC_CLASSES].sort());
    const routers = LOADED_CLASSES.flatMap((c) => Object.values(c.routers));
    expect(new Set(routers).size).toBe(routers.length);
  });

  it('serves every OpenAPI operation from exactly one class', () => {
    expect(operations.length).toBeGreaterThan(100);
    const keysByClass = LOADED_CLASSES.map((c) => ({
      trafficClass: c.trafficClass,
      keys: new Set<string>(routeKeysOf(c)),
    }));
    for (const operation of operations) {
      const owners = keysByClass.filter(({ keys }) => keys.has(operation)).map((c) => c.trafficClass);
      expect(owners, operation).toHaveLength(1);
    }
  });

  it('sends every operation through API Gateway to the function of the class that serves it', () => {
    const table = classRouteTable(LOADED_CLASSES);
    const owner = new Map<string, string>(
      LOADED_CLASSES.flatMap((c) => routeKeysOf(c).map((key) => [key, c.trafficClass] as const)),
    );
    for (const operation of operations) {
      const [method, path] = operation.split(' ') as [string, string];
      expect(classFor(table, method, concrete(path)), operation).toBe(owner.get(operation));
    }
    // The classes the issue names land where it says.
    expect(classFor(table, 'POST', '/v1/check-ins')).toBe('phone');
    expect(classFor(table, 'POST', '/v1/public/events/evt_1/registrations')).toBe('public');
    expect(classFor(table, 'GET', '/v1/leads.xlsx')).toBe('exports');
    expect(classFor(table, 'GET', '/v1/leads/lead_1')).toBe('api');
    expect(classFor(table, 'GET', '/openapi.json')).toBe('api');
  });

  it('keeps the route table the stack reads equal to the classes (run `pnpm openapi` after moving a route)', () => {
    expect(committed).toEqual(classRouteTable(LOADED_CLASSES));
  });

  it('keeps the route modules table the Lambdas read equal to the class files (run `pnpm openapi`)', () => {
    expect(Object.fromEntries(ALL_CLASSES.map((c) => [c.trafficClass, c.routeKeys]))).toEqual(
      routeGroupTable(LOADED_CLASSES),
    );
  });

  it("picks, for every operation's path, the class's module that serves it", () => {
    for (const routes of LOADED_CLASSES) {
      for (const [group, router] of Object.entries(routes.routers)) {
        for (const key of routerKeys(router)) {
          const path = concrete(key.slice(key.indexOf(' ') + 1));
          expect(groupMatcher(ROUTE_KEYS[routes.trafficClass])(path), key).toContain(group);
        }
      }
    }
    // A literal segment and a parameter at the same place: both modules, and Hono picks the route.
    const phone = groupMatcher(ROUTE_KEYS.phone);
    expect(phone('/v1/check-ins')).toEqual(['check-ins']);
    expect(phone('/v1/nowhere')).toEqual([]);
    expect(phone('/v1/check-ins/')).toEqual([]);
  });

  it('matches route keys the way API Gateway does', () => {
    expect(routeMatches('GET /v1/leave-requests/{leaveId}', 'GET', '/v1/leave-requests/l1')).toBe(true);
    expect(routeMatches('GET /v1/leave-requests/{leaveId}', 'POST', '/v1/leave-requests/l1')).toBe(false);
    expect(routeMatches('GET /v1/leave-requests/{leaveId}', 'GET', '/v1/leave-requests/l1/decision')).toBe(false);
    expect(routeMatches('GET /v1/leave-requests/{leaveId}', 'GET', '/v1/leave-requests')).toBe(false);
    expect(routeMatches('ANY /v1/public/{proxy+}', 'POST', '/v1/public/events/e1/my')).toBe(true);
    expect(routeMatches('ANY /v1/public/{proxy+}', 'GET', '/v1/public')).toBe(false);
  });

  it("answers only its own class's routes in a class's app", async () => {
    // Two open routes whose empty body fails validation before anything reads the table: 400 where
    // the route is mounted, route_not_found where it is not.
    const post = async (routes: LoadedClass, path: string) => {
      const res = await composeApp(config, Object.values(routes.routers)).request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      return ((await res.json()) as { code: string }).code;
    };
    const register = '/v1/public/events/evt_1/registrations';
    const loaded = Object.fromEntries(LOADED_CLASSES.map((c) => [c.trafficClass, c])) as Record<
      TrafficClass,
      LoadedClass
    >;
    expect(await post(loaded.public, register)).toBe('validation_failed');
    for (const other of [loaded.phone, loaded.api, loaded.exports])
      expect(await post(other, register)).toBe('route_not_found');
    expect(await post(loaded.api, '/v1/auth/login')).toBe('validation_failed');
    for (const other of [loaded.phone, loaded.public, loaded.exports])
      expect(await post(other, '/v1/auth/login')).toBe('route_not_found');
  });
});
