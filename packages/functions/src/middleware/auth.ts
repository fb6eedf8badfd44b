import type { MiddlewareHandler } from 'hono';
import { DomainError, sessionState, verifySession } from '@aksu/core';
import type { AppEnv } from '../env.ts';

const SESSION_CACHE_MS = 30_000;
const sessions = new Map<string, { generation: number; until: number }>();

/**
 * Whether a token of this generation may still act for the account: the account is active and the
 * generation is its current one (disable, password change and sign out everywhere bump it). Looked up
 * at most every 30 s per warm process for a token that matches, so a revocation takes effect within
 * that time everywhere without a database read on every request. A token that does not match the
 * cached generation is always looked up, since it may be newer than the cache.
 */
async function sessionValid(userId: string, generation: number): Promise<boolean> {
  const now = Date.now();
  const cached = sessions.get(userId);
  if (cached && cached.until > now && cached.generation === generation) return true;
  const state = await sessionState(userId);
  if (state.active) sessions.set(userId, { generation: state.generation, until: now + SESSION_CACHE_MS });
  else sessions.delete(userId);
  if (sessions.size > 10_000) sessions.clear();
  return state.active && state.generation === generation;
}

/** Forget a cached session so a revocation in this process takes effect at once. */
export function forgetSession(userId: string): void {
  sessions.delete(userId);
}

/** Verifies the bearer token and puts the actor on the context. */
export const requireAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new DomainError('unauthorized', 'Sign in and send the token as `Authorization: Bearer <token>`');
  const { actor, generation } = verifySession(match[1]!, c.get('config').jwtSecret);
  if (!(await sessionValid(actor.userId, generation))) {
    throw new DomainError('unauthorized', 'This session has ended; sign in again');
  }
  c.set('actor', actor);
  await next();
};
