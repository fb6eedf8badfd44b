import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { isThrottled, tableBusy } from '@aksu/core/db/throttle';
import { DomainError } from '@aksu/core/errors';
import type { Router } from './classes/traffic-class.ts';
import type { AppConfig, AppEnv } from './env.ts';
import { API_CONTENT_SECURITY_POLICY } from './http/content-security.ts';
import { problem, type ProblemCode } from './http/problem.ts';
import { validationHook } from './http/validation.ts';
import { requireAuth } from './middleware/auth.ts';
import { requestLog } from './middleware/request-log.ts';
import { log } from './observability/logger.ts';

/** Routes anyone may call; everything else under /v1 needs a bearer token. */
const PUBLIC_PATHS: readonly RegExp[] = [
  /^\/v1\/auth\/(login|activate|reset)$/,
  /^\/v1\/public\/events\/[^/]+(\/registrations|\/recovery|\/recovery\/verify|\/my|\/my\/cancel)?$/,
  /^\/v1\/public\/positions(\/[^/]+)?$/,
  /^\/v1\/public\/positions\/[^/]+\/(cv-uploads|applications(\/my|\/my\/withdraw|\/my\/interview-reply|\/recovery|\/recovery\/verify)?)$/,
  /^\/v1\/public\/announcements\/[^/]+$/,
  /^\/v1\/public\/service-cards\/[^/]+$/,
];
const isPublic = (path: string) => PUBLIC_PATHS.some((pattern) => pattern.test(path));

/**
 * The one route whose body is a file (an import upload): the app-wide JSON limit would refuse an ordinary class list.
 */
const IMPORT_UPLOAD_PATH = /^\/v1\/cohorts\/[^/]+\/imports$/;

const HTTP_CODES: Record<number, ProblemCode> = {
  400: 'malformed_json',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'route_not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/**
 * An app serving the given routers, with the middleware, error mapping and 404 every class shares.
 * The whole app (`createApp`) passes every class's routers; a class's Lambda passes the route
 * modules a request needs (lambda.ts).
 */
export function composeApp(config: AppConfig, routers: readonly Router[]) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    c.set('config', config);
    await next();
  });
  app.use('*', requestLog);
  app.use('*', secureHeaders({ crossOriginResourcePolicy: false }));
  app.use('*', async (c, next) => {
    await next();
    // Pages that run code (the docs, the web app) set their own policy; anything else runs nothing.
    if (!c.res.headers.has('content-security-policy'))
      c.res.headers.set('content-security-policy', API_CONTENT_SECURITY_POLICY);
    // API answers carry personal data (a full national ID, phones, attendance): never kept by a
    // browser or a shared cache. Only a public page's answer may say otherwise for itself.
    if (c.req.path.startsWith('/v1/') && !(isPublic(c.req.path) && c.res.headers.has('cache-control')))
      c.res.headers.set('cache-control', 'no-store');
  });
  const jsonLimit = bodyLimit({
    maxSize: config.bodyLimitBytes ?? 64 * 1024,
    onError: (c) => problem(c, 'payload_too_large', 'The request body is larger than allowed'),
  });
  // The import upload carries a file and sets its own, larger limit.
  app.use('/v1/*', (c, next) =>
    c.req.method === 'POST' && IMPORT_UPLOAD_PATH.test(c.req.path) ? next() : jsonLimit(c, next),
  );
  app.use('/v1/*', (c, next) => (isPublic(c.req.path) ? next() : requireAuth(c, next)));

  // Mounted one by one: a chained .route() builds one type of every route and outgrows the checker.
  for (const routes of routers) app.route('/', routes);

  app.notFound((c) => problem(c, 'route_not_found', `No endpoint ${c.req.method} ${c.req.path}`));

  app.onError((thrown, c) => {
    let error = thrown;
    if (isThrottled(error)) {
      // Over the table's throughput after the SDK's own retries: a capacity problem, not a bug. The
      // person is told to try again shortly; the table's throttle alarm tells whoever is on call.
      log.warn('throttled', { requestId: c.get('requestId'), error: error.name, reason: error.message });
      error = tableBusy();
    }
    if (error instanceof DomainError) {
      const response = problem(c, error.code, error.message, error.extra);
      const retry = error.extra.retryAfterSeconds;
      if (typeof retry === 'number') response.headers.set('retry-after', String(retry));
      return response;
    }
    if (error instanceof HTTPException && error.status < 500) {
      const code = HTTP_CODES[error.status] ?? 'validation_failed';
      return problem(c, code, error.message || 'The request could not be processed');
    }
    // Through the one logger, so in Lambda the line carries the request and trace ids too.
    log.error('unhandled', {
      requestId: c.get('requestId'),
      error: error.name,
      // Not `message`: the logger keeps that key for the line's own message and drops it here.
      reason: error.message,
      stack: error.stack,
    });
    return problem(c, 'internal_error', `Unexpected error; quote request id ${c.get('requestId')} when reporting it`);
  });

  return app;
}
