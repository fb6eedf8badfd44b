import { db } from '../db/service.ts';
import { DomainError } from '../errors.ts';

/** How long a key is remembered; a retry after this is a new request. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

export type IdempotencyStart =
  | { kind: 'proceed' }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'in_progress' };

const reused = () =>
  new DomainError('idempotency_key_reused', 'This Idempotency-Key was already used with a different request');

function isConditionFailure(error: unknown): boolean {
  const text = `${(error as Error)?.message ?? ''} ${(error as { cause?: Error })?.cause?.name ?? ''}`;
  return /ConditionalCheckFailed|conditional request failed/i.test(text);
}

export const Idempotency = {
  /**
   * Claims the key for this request, or reports what happened to the first request that used it.
   * A record past its expiry (TTL deletion lags by hours) is claimed again.
   */
  async begin(scope: string, key: string, requestHash: string, now = Date.now()): Promise<IdempotencyStart> {
    const { idempotency } = db().service.entities;
    const nowSeconds = Math.floor(now / 1000);
    const record = {
      scope,
      key,
      requestHash,
      state: 'in_progress' as const,
      createdAt: new Date(now).toISOString(),
      expiresAt: nowSeconds + IDEMPOTENCY_TTL_SECONDS,
    };
    try {
      await idempotency
        .put(record)
        .where((attr, { notExists, lt }) => `${notExists(attr.scope)} OR ${lt(attr.expiresAt, nowSeconds)}`)
        .go();
      return { kind: 'proceed' };
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

  /** Stores the first response so retries get exactly it. */
  async complete(scope: string, key: string, status: number, body: string): Promise<void> {
    await db().service.entities.idempotency.patch({ scope, key }).set({ state: 'completed', status, body }).go();
  },

  /** Releases the key after a failure that did not change anything, so the client can retry. */
  async release(scope: string, key: string): Promise<void> {
    await db().service.entities.idempotency.delete({ scope, key }).go();
  },
};
