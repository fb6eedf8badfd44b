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
    await expect(batchGet([{ id: 'a' }], read)).rejects.toThrow('DynamoDB left keys unprocessed');
    expect(asked).toHaveLength(6);
  });
});
