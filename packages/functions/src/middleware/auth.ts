import type { MiddlewareHandler } from 'hono';
import { DomainError, Users, verifyToken } from '@aksu/core';
import type { AppEnv } from '../env.ts';

const ACTIVE_CACHE_MS = 30_000;
const activeUntil = new Map<string, number>();

/**
 * Whether the account is still active. Looked up at most every 30 s per warm process, so disabling
 * an account takes effect within that time without a database read on every request.
 */
async function stillActive(userId: string): Promise<boolean> {
  const now = Date.now();
  if ((activeUntil.get(userId) ?? 0) > now) return true;
  const active = await Users.isActive(userId);
  if (active) activeUntil.set(userId, now + ACTIVE_CACHE_MS);
  else activeUntil.delete(userId);
  if (activeUntil.size > 10_000) activeUntil.clear();
  return active;
}

/** Forget a cached "active" so a disable in this process takes effect at once. */
export function forgetActive(userId: string): void {
  activeUntil.delete(userId);
}

/** Verifies the bearer token and puts the actor on the context. */
export const requireAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new DomainError('unauthorized', 'Sign in and send the token as `Authorization: Bearer <token>`');
  const actor = verifyToken(match[1]!, c.get('config').jwtSecret);
  if (!(await stillActive(actor.userId))) {
    throw new DomainError('unauthorized', 'This account is no longer active');
  }
  c.set('actor', actor);
  await next();
};
