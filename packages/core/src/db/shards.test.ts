import { describe, expect, it } from 'vitest';
import { allShards, SHARD_COUNT, shardKeys, shardOf, stableHash, sumShards, sumShardsBy } from './shards.ts';

describe('shardOf', () => {
  it('gives the same writer the same shard every time, within the shard count', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `reg_${i}`);
    for (const id of ids) {
      expect(shardOf(id)).toBe(shardOf(id));
      expect(allShards()).toContain(shardOf(id));
    }
    expect(shardOf('reg_1', 4)).toMatch(/^0[0-3]$/);
  });

  it('spreads many writers over every shard, none taking more than twice its share', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 1600; i++) {
      const s = shardOf(`reg_01J${i.toString(36).padStart(6, '0')}`);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    expect(counts.size).toBe(SHARD_COUNT);
    expect(Math.max(...counts.values())).toBeLessThan((2 * 1600) / SHARD_COUNT);
  });

  it('is a fixed function of the id, not of the process (the same value in every runtime)', () => {
    expect(stableHash('')).toBe(0x811c9dc5);
    expect(stableHash('a')).toBe(0xe40c292c);
    expect(() => shardOf('')).toThrow();
  });
});

describe('shard keys and sums', () => {
  it('names every shard once, in key order', () => {
    expect(allShards(3)).toEqual(['00', '01', '02']);
    expect(shardKeys({ cohortId: 'c', date: 'd' }, 2)).toEqual([
      { cohortId: 'c', date: 'd', shard: '00' },
      { cohortId: 'c', date: 'd', shard: '01' },
    ]);
  });

  it('sums the fields over the shards, a missing field as 0', () => {
    expect(sumShards([{ a: 1, b: 2 }, { a: 3 }, {}], ['a', 'b'])).toEqual({ a: 4, b: 2 });
    expect(sumShards([], ['a'])).toEqual({ a: 0 });
  });

  it('sums per counter when one read returns several counters', () => {
    const items = [
      { key: 'x', shard: '00', n: 1 },
      { key: 'y', shard: '00', n: 5 },
      { key: 'x', shard: '07', n: 2 },
      { key: 'x', n: 10 }, // written before sharding
    ];
    const sums = sumShardsBy(items, (i) => i.key, ['n']);
    expect(sums.get('x')).toEqual({ n: 13 });
    expect(sums.get('y')).toEqual({ n: 5 });
  });
});
