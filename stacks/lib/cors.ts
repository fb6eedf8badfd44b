import type { ApiCorsProps } from 'sst/constructs';

/**
 * CORS for the browser app on another origin.
 *
 * The site's CloudFront domain cannot be named here: the Web stack is created after the Api (it
 * needs the API URL at build time), so referring back to it would be a dependency cycle. Origins
 * are therefore given at deploy time in `WEB_ORIGINS` (comma-separated; `sst deploy` reads it from
 * `.env.<stage>`). Without it any origin may call: tokens travel in the Authorization header and
 * never in cookies, so a foreign page has no credentials a browser would attach for it.
 */
export function apiCors(env: NodeJS.ProcessEnv = process.env): ApiCorsProps {
  const origins = webOrigins(env);
  return {
    allowOrigins: origins.length > 0 ? origins : ['*'],
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id'],
    // Without these the browser hides them from the app: request ids for support, Retry-After for
    // throttled logins, Location after creating a resource.
    exposeHeaders: ['x-request-id', 'retry-after', 'location'],
    allowCredentials: false,
    maxAge: '1 day',
  };
}

/** The site's origins from `WEB_ORIGINS`, trimmed and without a trailing slash; the files bucket's CORS reads them too. */
export function webOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.WEB_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}
