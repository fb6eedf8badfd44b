import { tableBusy } from './throttle.ts';

const UNPROCESSED_RETRIES = 5;

/**
 * Runs a BatchGetItem until every key is answered: under load DynamoDB leaves some keys unprocessed, and
 * `read` returns those to ask again, after a short back-off. Gives up after five more tries.
 */
export async function batchGetAll<K>(keys: K[], read: (keys: K[]) => Promise<K[]>): Promise<void> {
  let pending = keys;
  for (let attempt = 0; pending.length; attempt++) {
    pending = await read(pending);
    if (pending.length && attempt >= UNPROCESSED_RETRIES) throw tableBusy();
    if (pending.length) await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt));
  }
}

/**
 * Every item that exists among `keys`, read with ElectroDB's batch get. ElectroDB splits the keys
 * into BatchGetItem's groups of 100 but hands back the keys DynamoDB left unprocessed instead of
 * asking again, so a caller that kept only `data` would, under load, miss items that exist: an
 * intern who checked in shown absent on the board, a travel claim left out of a stipend, a
 * registration an import takes for new. `read` is the entity's `get(keys).go(...)`; the keys it
 * leaves unprocessed (as items, ElectroDB's default) are asked again through `batchGetAll`.
 */
export async function batchGet<K, T>(
  keys: readonly K[],
  read: (keys: K[]) => Promise<{ data: T[]; unprocessed: K[] }>,
): Promise<T[]> {
  const found: T[] = [];
  await batchGetAll([...keys], async (pending) => {
    const { data, unprocessed } = await read(pending);
    found.push(...data);
    return unprocessed;
  });
  return found;
}
