import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { handle } from 'hono/aws-lambda';
import { configureVault } from '@aksu/core';
import type { ClassRoutes } from './classes/traffic-class.ts';
import { composeApp } from './compose.ts';
import { instrumented } from './observability/lambda.ts';
import { readBoundSecrets } from './secrets.ts';

type App = ReturnType<typeof composeApp>;
type Handler = ReturnType<typeof handle>;

/**
 * The Lambda handler of one traffic class: its routes only, behind the middleware every class
 * shares. The secrets are read on the first request rather than at import (see secrets.ts): the
 * SSM client and the fetch would otherwise sit inside every cold start's init, before the runtime
 * can take a request.
 * `extend` adds what only the deployed function serves (the api class's stored OpenAPI document).
 */
export function classHandler(routes: ClassRoutes, extend?: (app: App) => void): Handler {
  let ready: Promise<Handler> | undefined;
  const start = async (): Promise<Handler> => {
    const secrets = await readBoundSecrets(['JWT_SECRET', 'PII_KEY']);
    configureVault(secrets.PII_KEY);
    const app = composeApp(
      {
        jwtSecret: secrets.JWT_SECRET,
        // API Gateway's view of the caller, which no request header can change.
        peerAddress: (c) =>
          (c.env as { requestContext?: { http?: { sourceIp?: string } } }).requestContext?.http?.sourceIp,
      },
      [routes],
    );
    extend?.(app);
    return handle(app);
  };
  const handler = (async (event: LambdaEvent, context?: LambdaContext) => {
    // A failed start (SSM unreachable) is not kept: the next request tries again.
    ready ??= start().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return (await ready)(event, context);
  }) as Handler;
  // Logs with the request and trace ids, the invocation's metrics, and X-Ray when tracing is on.
  return instrumented(handler, { trafficClass: routes.trafficClass });
}
