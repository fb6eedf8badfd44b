import { describe, expect, it } from 'vitest';
import { db, DomainError } from '@aksu/core';
import { isConditionFailure, isInvalidRequest, isLocalLockTimeout } from '@aksu/core/db/condition';
import { queryPage } from '@aksu/core/db/pagination';
import { retryOnConflict } from '@aksu/core/db/retry';
import { transact, type CancelReason } from '@aksu/core/db/transact';

/**
 * The failure recognisers and the transaction runner against the errors DynamoDB Local really
 * sends through the SDK and ElectroDB, not shapes written by hand.
 */
const guard = (value: string) => ({ kind: 'failures-test', value, ownerId: 'owner' });
const caught = async (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('failures from DynamoDB Local', () => {
  it('a refused condition is a condition failure, and nothing else', async () => {
    const { unique } = db().service.entities;
    await unique.create(guard('taken')).go();
    const error = await caught(unique.create(guard('taken')).go());
    expect(error).toBeInstanceOf(Error);
    expect(isConditionFailure(error)).toBe(true);
    expect(isInvalidRequest(error)).toBe(false);
    expect(isLocalLockTimeout(error)).toBe(false);
  });

  it('a start key from another partition is an invalid request, which a list answers as invalid_cursor', async () => {
    const { unique } = db().service.entities;
    await unique.create(guard('first')).go();
    const elsewhere = { pk: '$aksu#kind_other#value_x', sk: '$unique_1' };
    const cursor = Buffer.from(JSON.stringify(elsewhere)).toString('base64url');
    const query = () => unique.query.byValue({ kind: 'failures-test', value: 'first' });
    const error = await caught(query().go({ cursor }));
    expect(isInvalidRequest(error)).toBe(true);
    expect(isConditionFailure(error)).toBe(false);

    const page = await caught(queryPage((options) => query().go(options), { cursor }));
    expect(page).toMatchObject({ code: 'invalid_cursor' });
  });

  it('a cancelled transaction names the operation whose condition failed, and every reason in order', async () => {
    const { unique } = db().service.entities;
    await unique.create(guard('held')).go();
    const seen: Array<{ failed: CancelReason; all: CancelReason[] }> = [];
    const error = await caught(
      transact(
        (entities) => [entities.unique.create(guard('free')).commit(), entities.unique.create(guard('held')).commit()],
        (failed, all) => {
          seen.push({ failed, all });
          return new DomainError('already_exists', 'held');
        },
      ),
    );
    expect(error).toMatchObject({ code: 'already_exists' });
    const refused = { index: 1, code: 'ConditionalCheckFailed' };
    expect(seen).toEqual([{ failed: refused, all: [{ index: 0, code: 'None' }, refused] }]);
    // Nothing of the cancelled transaction was written.
    expect((await unique.get(guard('free')).go()).data).toBeNull();
  });

  it('writers racing for one counter all land once each when every lost race re-reads and decides again', async () => {
    const { unique } = db().service.entities;
    const key = { kind: 'failures-test', value: 'counter' };
    await unique.create({ ...key, ownerId: 'owner', expiresAt: 0 }).go();
    const bump = () =>
      retryOnConflict(
        async () => {
          const { data } = await unique.get(key).go({ consistent: true });
          const seen = data!.expiresAt ?? 0;
          try {
            await unique
              .patch(key)
              .set({ expiresAt: seen + 1 })
              .where((a, { eq }) => eq(a.expiresAt, seen))
              .go();
          } catch (error) {
            if (isConditionFailure(error)) throw new DomainError('conflict', 'changed meanwhile');
            throw error;
          }
        },
        { attempts: 40 },
      );
    await Promise.all(Array.from({ length: 12 }, bump));
    expect((await unique.get(key).go({ consistent: true })).data?.expiresAt).toBe(12);
  });
});
