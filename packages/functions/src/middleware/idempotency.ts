import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { z } from '@hono/zod-openapi';
import { DomainError } from '@aksu/core/errors';
import { Idempotency } from '@aksu/core/idempotency/idempotency';
import type { AppEnv } from '../env.ts';

export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9._:-]{8,100}$/, { error: '8 to 100 letters, digits or . _ : -' })
    .optional()
    .openapi({
      description: 'Any unique string (e.g. a UUID). A retry with the same key and body returns the first result.',
    }),
});

const WAIT_FOR_FIRST_MS = 5_000;

/**
 * Opt-in for writes that must not happen twice. The first request with a key runs; a retry with the
 * same key and body gets the stored first response (with `Idempotent-Replayed: true`); the same key
 * with another body is 422. A retry arriving while the first is still running waits for it.
 */
export function idempotent(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (!key || !/^[A-Za-z0-9._:-]{8,100}$/.test(key)) return next();
    const scope = `${c.get('actor')?.userId ?? 'anonymous'}:${c.req.method}:${c.req.routePath}`;
    const body = await c.req.text();
    const requestHash = createHash('sha256').update(`${c.req.path}\n${body}`).digest('base64url');

    let start = await Idempotency.begin(scope, key, requestHash);
    // A claim whose request died is taken over by `begin` once its lease ends, even while waiting.
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    while (start.kind === 'in_progress' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      start = await Idempotency.begin(scope, key, requestHash);
    }
    if (start.kind === 'in_progress') {
      throw new DomainError(
        'idempotency_in_progress',
        'A request with this Idempotency-Key is still being processed; retry shortly',
      );
    }
    if (start.kind === 'replay') {
      return c.body(start.body, start.status as 200, {
        'content-type':
          start.status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8',
        'idempotent-replayed': 'true',
      });
    }

    const { claim } = start;
    try {
      await next();
    } catch (error) {
      await Idempotency.release(scope, key, claim);
      throw error;
    }
    // Handler errors arrive here as c.res (onError ran). A 4xx is the deterministic first result and
    // is replayed; a 5xx committed nothing, so the key is freed for a retry.
    if (c.res.status >= 500) {
      await Idempotency.release(scope, key, claim);
      return;
    }
    await Idempotency.complete(scope, key, claim, c.res.status, await c.res.clone().text());
  };
}
