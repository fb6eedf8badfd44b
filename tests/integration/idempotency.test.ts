import { describe, expect, it, beforeAll } from 'vitest';
import { Idempotency, IDEMPOTENCY_TTL_SECONDS } from '@aksu/core';
import { newAccount, uniqueSuffix, type Account } from '../support/accounts.ts';
import { call, concurrently } from '../support/http.ts';

let organiser: Account;
let other: Account;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  other = await newAccount('organiser');
});

const create = (token: string, key: string | undefined, name: string) =>
  call('POST', '/v1/universities', {
    token,
    body: { name, city: '阿克苏', province: '新疆' },
    headers: key ? { 'idempotency-key': key } : {},
  });

async function countNamed(name: string) {
  const list = await call('GET', `/v1/universities?q=${encodeURIComponent(name)}`, { token: organiser.token });
  return list.body.items.length;
}

describe('Idempotency-Key', () => {
  it('returns the first result to a retry with the same key and body', async () => {
    const key = `key-${uniqueSuffix()}-${uniqueSuffix()}`;
    const name = `幂等大学${uniqueSuffix()}`;
    const first = await create(organiser.token, key, name);
    const retry = await create(organiser.token, key, name);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await countNamed(name)).toBe(1);
  });

  it('runs the write once when twenty identical requests arrive at once', async () => {
    const key = `key-${uniqueSuffix()}-${uniqueSuffix()}`;
    const name = `并发幂等${uniqueSuffix()}`;
    const results = await concurrently(20, () => create(organiser.token, key, name));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(results.map((r) => r.body.universityId)).size).toBe(1);
    expect(await countNamed(name)).toBe(1);
  });

  it('refuses the same key with a different body with 422', async () => {
    const key = `key-${uniqueSuffix()}-${uniqueSuffix()}`;
    expect((await create(organiser.token, key, `甲大学${uniqueSuffix()}`)).status).toBe(201);
    const reused = await create(organiser.token, key, `乙大学${uniqueSuffix()}`);
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
  });

  it('keeps keys of different callers apart', async () => {
    const key = `key-${uniqueSuffix()}-${uniqueSuffix()}`;
    const a = await create(organiser.token, key, `丙大学${uniqueSuffix()}`);
    const b = await create(other.token, key, `丁大学${uniqueSuffix()}`);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.universityId).not.toBe(b.body.universityId);
  });

  it('replays a refusal too, so a retry cannot turn a 409 into a second record', async () => {
    const name = `已有大学${uniqueSuffix()}`;
    await create(organiser.token, undefined, name);
    const key = `key-${uniqueSuffix()}-${uniqueSuffix()}`;
    const first = await create(organiser.token, key, name);
    const retry = await create(organiser.token, key, name);
    expect(first.status).toBe(409);
    expect(retry.status).toBe(409);
    expect(retry.headers.get('content-type')).toContain('application/problem+json');
  });

  it('forgets a key once it has expired', async () => {
    const scope = `test-${uniqueSuffix()}`;
    const first = await Idempotency.begin(scope, 'k', 'h1');
    expect(first).toEqual({ kind: 'proceed', claim: expect.any(String) });
    await Idempotency.complete(scope, 'k', first.kind === 'proceed' ? first.claim : '', 201, '{}');
    expect((await Idempotency.begin(scope, 'k', 'h1')).kind).toBe('replay');
    const later = Date.now() + (IDEMPOTENCY_TTL_SECONDS + 60) * 1000;
    expect((await Idempotency.begin(scope, 'k', 'h2', later)).kind).toBe('proceed');
  });

  it('treats requests without a key as independent', async () => {
    const name = `无键大学${uniqueSuffix()}`;
    const results = await Promise.all([
      create(organiser.token, undefined, name),
      create(organiser.token, undefined, name),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
  });
});
