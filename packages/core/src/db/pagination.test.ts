import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { listPage, MAX_PAGE_SIZE, queryPage } from './pagination.ts';

const rows = [2, 3, 5, 8, 13].map((n) => ({ n }));
const key = (row: { n: number }) => row.n;

describe('listPage', () => {
  it('hands out every item once, in order, a page at a time', () => {
    const first = listPage(rows, { limit: 2 }, key);
    expect(first.items).toEqual([{ n: 2 }, { n: 3 }]);
    const second = listPage(rows, { limit: 2, cursor: first.nextCursor }, key);
    expect(second.items).toEqual([{ n: 5 }, { n: 8 }]);
    const last = listPage(rows, { limit: 2, cursor: second.nextCursor }, key);
    expect(last).toEqual({ items: [{ n: 13 }], nextCursor: null });
  });

  it('carries on after the last key handed out even when the items before it changed', () => {
    const first = listPage(rows, { limit: 2 }, key);
    expect(listPage([{ n: 1 }, ...rows.slice(1)], { limit: 2, cursor: first.nextCursor }, key).items).toEqual([
      { n: 5 },
      { n: 8 },
    ]);
  });

  it('keeps the page size between one and the maximum', () => {
    const many = Array.from({ length: MAX_PAGE_SIZE + 5 }, (_, n) => ({ n }));
    expect(listPage(many, { limit: 1_000 }, key).items).toHaveLength(MAX_PAGE_SIZE);
    expect(listPage(many, { limit: 0 }, key).items).toHaveLength(1);
  });

  it('pages a list sorted newest first by a string key', () => {
    const newest = [{ id: 'c' }, { id: 'b' }, { id: 'a' }];
    const byId = (r: { id: string }) => r.id;
    const first = listPage(newest, { limit: 2 }, byId, { order: 'desc' });
    expect(first.items).toEqual([{ id: 'c' }, { id: 'b' }]);
    const second = listPage(newest, { limit: 2, cursor: first.nextCursor }, byId, { order: 'desc' });
    expect(second).toEqual({ items: [{ id: 'a' }], nextCursor: null });
  });

  it('refuses a cursor it did not hand out', () => {
    for (const cursor of [
      'nope',
      Buffer.from('{"after":"x"}').toString('base64url'),
      Buffer.from('[]').toString('base64url'),
    ]) {
      expect(() => listPage(rows, { cursor }, key)).toThrow(DomainError);
      try {
        listPage(rows, { cursor }, key);
      } catch (error) {
        expect((error as DomainError).code).toBe('invalid_cursor');
      }
    }
  });
});

describe('queryPage', () => {
  const seen = async (filtered?: boolean) => {
    const options: unknown[] = [];
    await queryPage(
      async (o) => {
        options.push(o);
        return { data: [], cursor: null };
      },
      { limit: 20 },
      undefined,
      filtered === undefined ? undefined : { filtered },
    );
    return options[0];
  };

  it('asks DynamoDB for no more items than the page holds', async () => {
    expect(await seen()).toEqual({ count: 20, limit: 20, cursor: null });
  });

  it('leaves the read size to DynamoDB when a filter drops items after the read', async () => {
    expect(await seen(true)).toEqual({ count: 20, cursor: null });
  });
});

describe('decodeCursor (queryPage)', () => {
  const json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const ran = async (cursor: string) => {
    let queried = false;
    const result = await queryPage(
      async () => {
        queried = true;
        return { data: [], cursor: null };
      },
      { cursor },
    ).catch((e: DomainError) => e.code);
    return { queried, result };
  };

  it('passes a start key of the table or of one index on to the query', async () => {
    expect((await ran(json({ pk: 'a', sk: 'b' }))).queried).toBe(true);
    expect((await ran(json({ pk: 'a', sk: 'b', gsi2pk: 'c', gsi2sk: 'd' }))).queried).toBe(true);
  });

  it('refuses anything else with invalid_cursor before the query runs', async () => {
    const crafted = [
      'not base64!',
      json(null),
      json([1]),
      json({ pk: 1, sk: 'b' }),
      json({ pk: 'a' }),
      json({ pk: 'a', sk: 'b', extra: 'c' }),
      json({ pk: 'a', sk: 'b', gsi1pk: 'c', gsi2sk: 'd' }),
      json({ pk: 'a'.repeat(1025), sk: 'b' }),
    ];
    for (const cursor of crafted)
      expect(await ran(cursor), cursor).toEqual({ queried: false, result: 'invalid_cursor' });
  });
});
