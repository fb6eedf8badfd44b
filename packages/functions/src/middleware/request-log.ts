import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';

/**
 * One JSON line per request. Only the route pattern is logged, never the URL, query or body: ids
 * in paths are opaque, but queries and bodies can carry names, phones and national ids.
 */
export const requestLog: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = performance.now();
  await next();
  if (process.env.LOG_LEVEL === 'silent') return;
  const actor = c.get('actor');
  const line = {
    level: c.res.status >= 500 ? 'error' : 'info',
    msg: 'request',
    requestId: c.get('requestId'),
    method: c.req.method,
    route: c.req.routePath,
    status: c.res.status,
    ms: Math.round(performance.now() - started),
    ...(actor ? { userId: actor.userId, role: actor.role } : {}),
  };
  console.log(JSON.stringify(line));
};
