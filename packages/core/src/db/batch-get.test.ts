import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { batchGet } from './batch-get.ts';

/** A read that answers each key once it has been asked for it `misses` times before. */
function reader(misses: Record<string, number>) {
  const asked: string[][] = [];
  const read = async (keys: Array<{ id: string }>) => {
    asked.push(keys.map((k) => k.id));
    const data: Array<{ id: string; name: string }> = [];
    const unprocessed: Array<{ id: string }> = [];
    for (const key of keys) {
      if ((misses[key.id] ?? 0) > 0) {
        misses[key.id]! -= 1;
        unprocessed.push(key);
      } else if (key.id !== 'gone') data.push({ id: key.id, name: `name of ${key.id}` });
    }
    return { data, unprocessed };
  };
  return { read, asked };
}

describe('batchGet', () => {
  it('asks again for the keys left unprocessed and returns every item that exists', async () => {
    const { read, asked } = reader({ b: 2, c: 1 });
    const items = await batchGet([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'gone' }], read);
    expect(items.map((i) => i.id).sort()).toEqual(['a', 'b', 'c']);
    expect(asked).toEqual([['a', 'b', 'c', 'gone'], ['b', 'c'], ['b']]);
  });

  it('does not call DynamoDB for no keys', async () => {
    const { read, asked } = reader({});
    expect(await batchGet([], read)).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('gives up with an error after five more tries rather than answering with items missing', async () => {
    const { read, asked } = reader({ a: 100 });
    await expect(batchGet([{ id: 'a' }], read)).rejects.toMatchObject({
      code: 'busy',
      extra: { retryAfterSeconds: 1 },
    });
    expect(asked).toHaveLength(6);
  });
});

const SRC = fileURLToPath(new URL('..', import.meta.url));

/**
 * An ElectroDB batch get, `entity.get([...])`: a get whose argument is an array literal, a mapped
 * list or the keys of a sharded counter. A read of one item takes an object; `Map.get` takes a key.
 * Inside `batchGet` the entity is asked for `keys` (or `pending`), which this does not match.
 */
const RAW_BATCH_GET = /\.get\(\s*(\[|[\w.]+\.(map|flatMap)\(|shardKeys\()/g;

describe('batch reads in core', () => {
  it('recognises a raw batch get and leaves the others alone', () => {
    const raw = [
      'entity.get([{ a }, { b }]).go()',
      'db().service.entities.user.get(ids.map((userId) => ({ userId }))).go()',
      'tally.get(\n  unique.flatMap((scope) => shardKeys({ scope })),\n)',
      'counter.get(shardKeys({ group }, 4)).go()',
    ];
    const fine = ['entity.get({ userId }).go()', 'byId.get(id)', 'batchGet(keys, (keys) => entity.get(keys).go())'];
    expect(raw.filter((s) => s.match(RAW_BATCH_GET))).toEqual(raw);
    expect(fine.filter((s) => s.match(RAW_BATCH_GET))).toEqual([]);
  });

  it('go through batchGet, so no read keeps only the items DynamoDB happened to process', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    expect(files.length).toBeGreaterThan(100);
    const offending = files.flatMap((file) =>
      [...readFileSync(`${SRC}${file}`, 'utf8').matchAll(RAW_BATCH_GET)].map((m) => `${file}: ${m[0]}`),
    );
    expect(offending).toEqual([]);
  });
});
