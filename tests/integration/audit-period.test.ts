import { beforeAll, describe, expect, it } from 'vitest';
import { auditRecord, db } from '@aksu/core';
import { newAccount, uniqueSuffix, type Account } from '../support/accounts.ts';
import { call } from '../support/http.ts';

/**
 * Admins read every audit entry of a period, newest first, from the day list on gsi1: the period's
 * days and shards merged, filtered by kind and actor, paged without gaps or repeats.
 */
let admin: Account;
let plain: Account;
let other: Account;
// Kinds of record no product write uses, so entries other tests leave never land in these pages.
const letters = () => uniqueSuffix().replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!);
const kindA = `periodA${letters()}`;
const kindB = `periodB${letters()}`;
const FROM = '2021-03-01T00:00:00.000Z';
const TO = '2021-03-04T00:00:00.000Z';

type Entry = { entityType: string; entityId: string; at: string; actorId: string; actorName: string | null };

async function seed(actor: Account, entityType: string, at: string) {
  const record = auditRecord(actor.user, entityType, `uni_${'0'.repeat(26)}`, 'update', { name: { after: at } }, at);
  await db().service.entities.audit.create(record).go();
  return record;
}

const period = (query: string, token = admin.token) => call('GET', `/v1/audit/period?${query}`, { token });

async function everyPage(query: string, limit: number): Promise<Entry[][]> {
  const pages: Entry[][] = [];
  let cursor: string | null = null;
  do {
    const res = await period(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    pages.push(res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return pages;
}

const newestFirst = (a: Entry, b: Entry) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);

beforeAll(async () => {
  admin = await newAccount('organiser', { isAdmin: true });
  plain = await newAccount('organiser');
  other = await newAccount('organiser', { isAdmin: true });
  // 18 entries every 4 hours from the period's start, and one on each side of it (its end is exclusive).
  for (let i = 0; i < 18; i++) {
    const at = new Date(Date.parse(FROM) + i * 4 * 3_600_000 + i * 1000).toISOString();
    await seed(i % 3 === 0 ? other : admin, i % 2 ? kindB : kindA, at);
  }
  await seed(admin, kindA, TO);
  await seed(admin, kindA, '2021-02-28T23:59:59.999Z');
});

describe('the audit of a period', () => {
  it('pages one kind newest first over every day and shard, no gaps or repeats, period edges kept', async () => {
    const pages = await everyPage(`from=${FROM}&to=${TO}&entityType=${kindA}`, 4);
    const entries = pages.flat();
    // The even ones of the 18, the first exactly at FROM.
    expect(entries).toHaveLength(9);
    expect(new Set(entries.map((e) => e.at)).size).toBe(9);
    expect(entries).toEqual([...entries].sort(newestFirst));
    expect(entries.map((e) => e.at)).not.toContain(TO);
    expect(entries.map((e) => e.at)).toContain(FROM);
    expect(pages.map((p) => p.length)).toEqual([4, 4, 1]);
    for (const e of entries) expect(e.entityType).toBe(kindA);
    expect(entries.find((e) => e.actorId === admin.user.userId)?.actorName).toBe(admin.user.name);
  });

  it('filters by actor and kind together and says the page was filtered', async () => {
    const res = await period(`from=${FROM}&to=${TO}&entityType=${kindB}&actorId=${other.user.userId}&limit=100`);
    expect(res.status).toBe(200);
    expect(res.body.filtered).toBe(true);
    // Odd i (kind B) and i % 3 === 0: 3, 9, 15.
    expect(res.body.items.map((e: Entry) => e.at)).toHaveLength(3);
    for (const e of res.body.items as Entry[])
      expect(e).toMatchObject({ entityType: kindB, actorId: other.user.userId });
    expect(res.body.nextCursor).toBeNull();
  });

  it('defaults to the last 7 days and lists what a real write left there', async () => {
    const created = await call('POST', '/v1/universities', {
      token: admin.token,
      body: { name: `审计大学${uniqueSuffix()}`, city: '北京', province: '北京' },
    });
    expect(created.status).toBe(201);
    const res = await period(`entityType=university&actorId=${admin.user.userId}`);
    expect(res.status).toBe(200);
    expect(Date.parse(res.body.to) - Date.parse(res.body.from)).toBe(7 * 86_400_000);
    expect(res.body.items).toEqual([
      expect.objectContaining({ entityId: created.body.universityId, action: 'create', actorName: admin.user.name }),
    ]);
  });

  it('refuses a period that ends before it starts, longer than 31 days, or a foreign cursor', async () => {
    expect((await period(`from=${TO}&to=${FROM}`)).status).toBe(400);
    expect((await period('from=2021-01-01T00:00:00Z&to=2021-02-02T00:00:01Z')).status).toBe(400);
    expect((await period('from=2021-01-01T00:00:00Z&to=2021-02-01T00:00:00Z')).status).toBe(200);
    expect((await period(`from=${FROM}&to=${TO}&cursor=eyJhIjoxfQ`)).status).toBe(400);
    expect((await period('from=yesterday')).status).toBe(400);
  });

  it('is for admin organisers only', async () => {
    expect((await period(`from=${FROM}&to=${TO}`, plain.token)).status).toBe(403);
    expect((await call('GET', '/v1/audit/period')).status).toBe(401);
  });
});
