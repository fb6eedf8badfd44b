import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { db } from '../db/service.ts';

/** Progress markers of local background processes (see the entity); plain reads and writes, last writer wins. */
export const RunnerStates = {
  async read(scope: string, key: string): Promise<string | undefined> {
    const { data } = await db().service.entities.runnerState.get({ scope, key }).go();
    return data?.value;
  },

  async write(scope: string, key: string, value: string): Promise<void> {
    await db().service.entities.runnerState.put({ scope, key, value, updatedAt: new Date().toISOString() }).go();
  },

  /** Every marker of a scope, by key. */
  async list(scope: string): Promise<Record<string, string>> {
    const { data } = await db().service.entities.runnerState.query.byScope({ scope }).go({ pages: 'all' });
    return Object.fromEntries(data.map((item) => [item.key, item.value]));
  },
};

/** The table's current stream (what the local stream worker reads), or undefined when it has none. */
export async function tableStreamArn(): Promise<string | undefined> {
  const { client, config } = db();
  const { Table } = await client.send(new DescribeTableCommand({ TableName: config.tableName }));
  return Table?.StreamSpecification?.StreamEnabled ? Table.LatestStreamArn : undefined;
}
