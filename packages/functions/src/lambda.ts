import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { handle } from 'hono/aws-lambda';
import { getPath } from 'hono/utils/url';
import { configureVault } from '@aksu/core/personal/vault';
import { groupMatcher } from './classes/route-table.ts';
import type { ClassRoutes } from './classes/traffic-class.ts';
import { composeApp } from './compose.ts';
import { instrumented } from './observability/lambda.ts';
import { readBoundSecrets } from './secrets.ts';

type App = ReturnType<typeof composeApp>;
type Handler = ReturnType<typeof handle>;

/**
 * The path of an API Gateway request (HTTP API payload 2.0, or 1.0 / ALB) as Hono will route it:
 * the adapter builds a URL from it (which resolves dot segments) and Hono decodes that, so a path
 * spelt another way still picks the modules that serve it.
 */
function requestPath(event: LambdaEvent): string {
  const e = event as { rawPath?: string; path?: string };
  const raw = e.rawPath ?? e.path ?? '/';
  try {
    // Hono reads only the URL of the request it is given.
    return getPath({ url: new URL(`https://lambda.invalid${raw}`).href } as Request);
  } catch {
    // Not a URL path at all: Hono's adapter fails on it the same way, in whichever app gets it.
    return raw;
  }
}

/**
 * The Lambda handler of one traffic class: its routes only, behind the middleware every class
 * shares.
 *
 * Nothing of the app is built at import. The secrets are read on the first request (see
 * secrets.ts): the SSM client and the fetch would otherwise sit inside every cold start's init,
 * before the runtime can take a request. And a route module is loaded, and its schemas built, on
 * the first request for one of its paths: the class's route keys (route-groups.ts) say which
 * module serves which paths without loading any. Each set of modules a request needs gets its own
 * app, built once and kept while the function lives; the api class has some thirty modules, of
 * which one cold request needs one. The modules are picked by path alone: Hono, with them mounted, decides the rest (a method
 * the path lacks, HEAD by the GET route, 404), so the function answers as the whole app does.
 *
 * `extend` adds what only the deployed function serves (the api class's stored OpenAPI document).
 */
export function classHandler(routes: ClassRoutes, extend?: (app: App) => void): Handler {
  // The secrets are read once for every app; a failed read (SSM unreachable) is tried again.
  const secrets = keptUntilFailure<Awaited<ReturnType<typeof readSecrets>>>();
  const apps = keptUntilFailure<Handler>();
  // Built on the first request, not at init: the api class has some two hundred route keys.
  let groupsFor: ((path: string) => string[]) | undefined;

  const start = async (groups: readonly string[]): Promise<Handler> => {
    const [{ JWT_SECRET }, routers] = await Promise.all([
      secrets('secrets', readSecrets),
      Promise.all(groups.map((group) => routes.groups[group]!())),
    ]);
    const app = composeApp(
      {
        jwtSecret: JWT_SECRET,
        // API Gateway's view of the caller, which no request header can change.
        peerAddress: (c) =>
          (c.env as { requestContext?: { http?: { sourceIp?: string } } }).requestContext?.http?.sourceIp,
      },
      routers,
    );
    extend?.(app);
    return handle(app);
  };

  const handler = (async (event: LambdaEvent, context?: LambdaContext) => {
    groupsFor ??= groupMatcher(routes.routeKeys);
    const groups = groupsFor(requestPath(event));
    return (await apps(groups.join(' '), () => start(groups)))(event, context);
  }) as Handler;
  // Logs with the request and trace ids, the invocation's metrics, and X-Ray when tracing is on.
  return instrumented(handler, { trafficClass: routes.trafficClass });
}

/**
 * What `make` gave for a key, kept while the function lives, so concurrent first requests share one
 * start. One that fails is dropped, so the next request tries again rather than failing for good.
 */
function keptUntilFailure<T>(): (key: string, make: () => Promise<T>) => Promise<T> {
  const kept = new Map<string, Promise<T>>();
  return (key, make) => {
    let value = kept.get(key);
    if (!value) {
      value = make().catch((error: unknown) => {
        kept.delete(key);
        throw error;
      });
      kept.set(key, value);
    }
    return value;
  };
}

async function readSecrets() {
  const secrets = await readBoundSecrets(['JWT_SECRET', 'PII_KEY']);
  configureVault(secrets.PII_KEY);
  return secrets;
}
