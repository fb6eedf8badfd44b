import { randomUUID } from 'node:crypto';
import { isConditionFailure } from '../db/condition.ts';
import { db } from '../db/service.ts';
import { DomainError } from '../errors.ts';

/** How long a key is remembered; a retry after this is a new request. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

/**
 * How long a claim holds a key while its request runs (`IDEMPOTENCY_LEASE_SECONDS`, default 30: three
 * times the API's 10 s timeout, so a live request never loses its claim). A request that dies with the
 * process leaves the claim behind; after the lease a retry takes it over and runs the write. Every
 * guarded write is itself conditioned (a check-in's nonce, a batch's status), so the takeover cannot
 * write twice: it finds the first write and answers with it.
 */
export function idempotencyLeaseMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.IDEMPOTENCY_LEASE_SECONDS ?? 30);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 30) * 1000;
}

export type IdempotencyStart =
  | { kind: 'proceed'; claim: string }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'in_progress' };

const reused = () =>
  new DomainError('idempotency_key_reused', 'This Idempotency-Key was already used with a different request');

export const Idempotency = {
  /**
   * Claims the key for this request, or reports what happened to the first request that used it.
   * A record past its expiry (TTL deletion lags by hours) is claimed again, and so is a claim whose
   * lease ran out (its request died) when this request is the same one retried.
   */
  async begin(scope: string, key: string, requestHash: string, now = Date.now()): Promise<IdempotencyStart> {
    const { idempotency } = db().service.entities;
    const nowSeconds = Math.floor(now / 1000);
    const claim = randomUUID();
    const record = {
      scope,
      key,
      requestHash,
      state: 'in_progress' as const,
      createdAt: new Date(now).toISOString(),
      expiresAt: nowSeconds + IDEMPOTENCY_TTL_SECONDS,
      leaseUntil: now + idempotencyLeaseMs(),
      claim,
    };
    try {
      await idempotency
        .put(record)
        .where(
          (attr, { notExists, lt, eq }) =>
            `${notExists(attr.scope)} OR ${lt(attr.expiresAt, nowSeconds)} OR (${eq(attr.state, 'in_progress')} ` +
            `AND ${eq(attr.requestHash, requestHash)} AND ${lt(attr.leaseUntil, now)})`,
        )
        .go();
      return { kind: 'proceed', claim };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const existing = (await idempotency.get({ scope, key }).go({ consistent: true })).data;
    if (!existing) return this.begin(scope, key, requestHash, now);
    if (existing.requestHash !== requestHash) throw reused();
    if (existing.state === 'completed' && existing.status !== undefined && existing.body !== undefined) {
      return { kind: 'replay', status: existing.status, body: existing.body };
    }
    return { kind: 'in_progress' };
  },

  /**
   * Stores the first response so retries get exactly it; only by the request still holding the
   * claim (one that outlived its lease was taken over, and the taker's answer is the one kept).
   */
  async complete(scope: string, key: string, claim: string, status: number, body: string): Promise<void> {
    await ignoreLostClaim(
      db()
        .service.entities.idempotency.patch({ scope, key })
        .set({ state: 'completed', status, body })
        .where((a, { eq }) => eq(a.claim, claim))
        .go(),
    );
  },

  /** Releases the key after a failure that did not change anything, so the client can retry. */
  async release(scope: string, key: string, claim: string): Promise<void> {
    await ignoreLostClaim(
      db()
        .service.entities.idempotency.delete({ scope, key })
        .where((a, { eq }) => eq(a.claim, claim))
        .go(),
    );
  },
};

/** A claim taken over by a retry is that retry's to complete; the late first request leaves it. */
async function ignoreLostClaim(write: Promise<unknown>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
