import type { MiddlewareHandler } from 'hono';
import { verifySession } from '@aksu/core/auth/token';
import { DomainError } from '@aksu/core/errors';
import { keptFor } from '@aksu/core/kept';
import { sessionState } from '@aksu/core/users/session-state';
import type { AppEnv } from '../env.ts';

/** The generation of each account's tokens, kept 30 s per warm process (active accounts only). */
const sessions = keptFor<number>(30_000, 10_000);

/**
 * Whether a token of this generation may still act for the account: the account is active and the
 * generation is its current one (disable, password change and sign out everywhere bump it). Looked up
 * at most every 30 s per warm process for a token that matches, so a revocation takes effect within
 * that time everywhere without a database read on every request. A token that does not match the
 * cached generation is always looked up, since it may be newer than the cache.
 */
async function sessionValid(userId: string, generation: number): Promise<boolean> {
  if (sessions.get(userId) === generation) return true;
  const state = await sessionState(userId);
  if (state.active) sessions.keep(userId, state.generation);
  else sessions.forget(userId);
  return state.active && state.generation === generation;
}

/** Forget a cached session so a revocation in this process takes effect at once. */
export function forgetSession(userId: string): void {
  sessions.forget(userId);
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
