/**
 * `pnpm backfill`: brings items stored by an older version up to the current key design:
 * - the list shard on accounts and leads stored before the users and leads lists were spread over
 *   shards, so the lists show them again;
 * - the waitlist index entry on registrations that were waiting before the waitlist had its index;
 * - the day-list key on audit entries written before admins could read the audit by period.
 * Idempotent and safe beside traffic: run it after each deploy that names it (a second run moves nothing).
 *
 * Against AWS: TABLE_NAME (and AWS_REGION) set, DYNAMODB_ENDPOINT unset, credentials from the
 * usual chain. Locally: TABLE_NAME and DYNAMODB_ENDPOINT, else the running `pnpm dev`'s table, else
 * DynamoDB Local started here on the dev data directory.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { backfillListShards, backfillWaitlistIndex, configureDb, dbConfigFromEnv } from '@aksu/core';
import { assertLocalEndpoint, ensureTable, startDynamoLocal, type LocalDynamo } from './lib/dynamodb-local.ts';
import { loadEnvFile } from './lib/env-file.ts';
import { readRuntimeFile } from './lib/runtime-file.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

async function main() {
  loadEnvFile(resolve(repoRoot, '.env'));
  let dynamo: LocalDynamo | undefined;
  try {
    if (process.env.TABLE_NAME && !process.env.DYNAMODB_ENDPOINT) {
      const config = dbConfigFromEnv();
      console.error(`Backfilling the AWS table ${config.tableName} (${config.region}) …`);
      configureDb(config);
    } else {
      let endpoint = process.env.DYNAMODB_ENDPOINT;
      let tableName = process.env.TABLE_NAME;
      if (!endpoint || !tableName) {
        const dataDir = resolve(repoRoot, process.env.DATA_DIR ?? '.data');
        const dev = readRuntimeFile(dataDir);
        if (dev) ({ endpoint, tableName } = dev);
        else {
          dynamo = await startDynamoLocal({ dataDir });
          endpoint = dynamo.endpoint;
          tableName = 'aksu-talent-local';
          await ensureTable(endpoint, tableName);
        }
      }
      assertLocalEndpoint(endpoint);
      console.error(`Backfilling the local table ${tableName} …`);
      configureDb({ tableName, endpoint, region: 'local' });
    }
    console.log(
      JSON.stringify({
        listShards: await backfillListShards(),
        waitlist: await backfillWaitlistIndex(),
      }),
    );
  } finally {
    await dynamo?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`The backfill failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
