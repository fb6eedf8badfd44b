import { getRecord } from './records.ts';

/**
 * What a token of this account must carry to be accepted: the account is active and the token's
 * generation is the current one. Read by the auth middleware of every function, which caches it
 * briefly; a module of its own so that the middleware does not bring the account's other services
 * (sign-in, the password policy, account mail and its templates) into every function's bundle.
 */
export async function sessionState(userId: string): Promise<{ active: boolean; generation: number }> {
  const user = await getRecord(userId);
  return { active: user?.status === 'active', generation: user?.tokenGeneration ?? 0 };
}
