import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, inject, vi } from 'vitest';
import { assertLocalEndpoint, ensureTable, localClient } from '../../scripts/lib/dynamodb-local.ts';

/**
 * Runs before each test file: a new table on the shared DynamoDB Local, and core pointed at it.
 * Refuses anything but a local endpoint, so no test can reach AWS.
 *
 * The integration and e2e files share their worker's process (`isolate: false`): a fresh process
 * per file cost each file its own start and its own load of the SDK, Hono, zod and ElectroDB, about
 * two seconds of every file on two cores. What a file must not inherit from the one before it is
 * undone here instead:
 * - the project's own modules are evaluated afresh (`vi.resetModules`), so their module state (the
 *   database handle, the storage and mail configuration, caches, the logger) starts new; only the
 *   libraries in node_modules, which keep no state of the file's, stay loaded;
 * - the environment is put back to what the worker started with, so a variable one file set (a
 *   bucket, a limit, a log level) never reaches the next.
 */
const worker = globalThis as { [key: symbol]: NodeJS.ProcessEnv | undefined };
const ENV_KEY = Symbol.for('aksu.tests.env');
worker[ENV_KEY] ??= { ...process.env };
const pristine = worker[ENV_KEY];
for (const key of Object.keys(process.env)) if (!(key in pristine)) delete process.env[key];
Object.assign(process.env, pristine);
vi.resetModules();
// Imported after the reset: a static import would be the previous file's instance of core.
const { configureDb } = await import('@aksu/core');

const endpoint = inject('dynamoEndpoint');
assertLocalEndpoint(endpoint);
const tableName = `test-${randomUUID()}`;
// Without a stream until the file starts the backbone (`startBackbone` adds it): most files never
// read the stream, and DynamoDB Local slows down with every stream record a run leaves behind.
await ensureTable(endpoint, tableName, { stream: false });
process.env.TABLE_NAME = tableName;
process.env.DYNAMODB_ENDPOINT = endpoint;
process.env.JWT_SECRET = 'test-secret-not-for-production';
process.env.PII_KEY = 'test-pii-key-not-for-production';
configureDb({ tableName, endpoint, region: 'local' });
// Fuzzing and the matrix register hundreds of times from one "client"; the limit itself is proven
// in its own test with low values.
process.env.REGISTRATION_LIMIT_PER_CLIENT = '1000000';
process.env.REGISTRATION_LIMIT_PER_EVENT = '1000000';
// Sign-in and code limits likewise: every in-process call is one client; their own tests set them low.
process.env.LOGIN_LIMIT_PER_CLIENT = '1000000';
process.env.CODE_LIMIT_PER_CLIENT = '1000000';
process.env.CODE_LIMIT_OVERALL = '1000000';

// The file's table goes when the file is done (this hook runs after the file's own afterAll hooks,
// which stop its workers and servers). DynamoDB Local keeps every table of a run in one process,
// and its background work (TTL sweeps, stream shards) grows with them: a hundred finished tables
// slowed the last files of the suite several times over.
afterAll(async () => {
  const client = localClient(endpoint);
  try {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
  } finally {
    client.destroy();
  }
});
