const UNPROCESSED_RETRIES = 5;

/**
 * Runs a BatchGetItem until every key is answered: under load DynamoDB leaves some keys unprocessed, and
 * `read` returns those to ask again, after a short back-off. Gives up after five more tries.
 */
export async function batchGetAll<K>(keys: K[], read: (keys: K[]) => Promise<K[]>): Promise<void> {
  let pending = keys;
  for (let attempt = 0; pending.length; attempt++) {
    pending = await read(pending);
    if (pending.length && attempt >= UNPROCESSED_RETRIES) throw new Error('DynamoDB left keys unprocessed; try again');
    if (pending.length) await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt));
  }
}
