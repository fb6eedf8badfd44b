import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { assertLocalEndpoint, ensureTable, localClient, startDynamoLocal } from '../../scripts/lib/dynamodb-local.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function javaProcesses(marker: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', marker], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

// Every test here starts a JVM of its own, which a busy machine has taken minutes to bring up: the
// bounds only stop a hung start, the tests wait for the JVM itself.
const JVM_BOUND = 600_000;

describe('the embedded DynamoDB Local', () => {
  it(
    'starts on disk, creates the table from the core definition, keeps data across restarts, and stops its JVM',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'ddb-data-'));
      const first = await startDynamoLocal({ dataDir });
      await ensureTable(first.endpoint, 'persisted');
      await ensureTable(first.endpoint, 'persisted');
      expect(javaProcesses(dataDir)).toHaveLength(1);
      await first.stop();
      expect(javaProcesses(dataDir)).toHaveLength(0);

      const second = await startDynamoLocal({ dataDir });
      const client = localClient(second.endpoint);
      const tables = await client.send(new ListTablesCommand({}));
      expect(tables.TableNames).toContain('persisted');
      client.destroy();
      await second.stop();
    },
    JVM_BOUND,
  );

  it(
    'explains a taken port instead of failing with a trace',
    async () => {
      const blocker = createServer();
      await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
      const port = (blocker.address() as { port: number }).port;
      await expect(startDynamoLocal({ port })).rejects.toThrow(`Port ${port} is already in use`);
      blocker.close();
    },
    JVM_BOUND,
  );

  it(
    'explains a damaged data directory',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'ddb-bad-'));
      writeFileSync(join(dataDir, 'shared-local-instance.db'), 'this is not a database');
      writeFileSync(join(dataDir, 'local_local.db'), 'this is not a database');
      const attempt = startDynamoLocal({ dataDir }).then(async (db) => {
        // Some versions start and only fail on first use; creating the table must then fail clearly.
        try {
          await ensureTable(db.endpoint, 'x');
        } finally {
          await db.stop();
        }
      });
      await expect(attempt).rejects.toThrow(/damaged|cannot be opened|not a database/i);
    },
    JVM_BOUND,
  );

  /**
   * Starts `pnpm dev` on its own data directory and hands back its output. The waits below are for
   * what the process says or does, never a fixed time: seeding a busy machine has taken minutes.
   */
  function startDev(dataDir: string, env: Record<string, string> = {}) {
    const child = spawn('node', ['--import', 'tsx', 'scripts/dev.ts'], {
      cwd: root,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: '0',
        SMTP_PORT: '0',
        SKIP_WEB_BUILD: '1',
        TABLE_NAME: 'dev-stop-test',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const waiters = new Set<() => void>();
    const collect = (d: Buffer) => {
      output += d;
      for (const wake of waiters) wake();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    /** Resolves once the output says `text`, or the process ends without saying it. */
    const said = (text: string) =>
      new Promise<boolean>((resolveSaid) => {
        const check = () => {
          if (!output.includes(text)) return;
          waiters.delete(check);
          resolveSaid(true);
        };
        waiters.add(check);
        check();
        void exited.then(() => resolveSaid(output.includes(text)));
      });
    return { child, exited, said, output: () => output };
  }

  it(
    'leaves no JVM behind when `pnpm dev` is stopped with Ctrl-C once it runs',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'ddb-dev-'));
      // Without the demo data: what is stopped here is the database, worker, schedules, mail and server,
      // not the seed (the seed has its own test, and the next one stops pnpm dev in the middle of it).
      const dev = startDev(dataDir, { SKIP_SEED: '1' });
      expect(await dev.said('Press Ctrl-C'), dev.output()).toBe(true);
      expect(javaProcesses(dataDir)).toHaveLength(1);
      dev.child.kill('SIGINT');
      await dev.exited;
      expect(javaProcesses(dataDir)).toHaveLength(0);
    },
    JVM_BOUND,
  );

  it(
    'leaves no JVM behind when `pnpm dev` is stopped with Ctrl-C while it is still starting or seeding',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'ddb-seeding-'));
      const dev = startDev(dataDir);
      expect(await dev.said('Starting DynamoDB Local'), dev.output()).toBe(true);
      // Its JVM is up long before the demo data is written: stopping now interrupts the start or the seed.
      await expect.poll(() => javaProcesses(dataDir).length, { timeout: 300_000, interval: 100 }).toBe(1);
      dev.child.kill('SIGINT');
      await dev.exited;
      expect(javaProcesses(dataDir)).toHaveLength(0);
    },
    JVM_BOUND,
  );

  it(
    'says how to install Java when there is none, without a stack trace',
    async () => {
      const emptyPath = mkdtempSync(join(tmpdir(), 'no-java-'));
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts'], {
        cwd: root,
        env: { ...process.env, PATH: emptyPath, DATA_DIR: mkdtempSync(join(tmpdir(), 'ddb-nojava-')) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      const code = await new Promise((r) => child.once('exit', r));
      expect(code).toBe(1);
      expect(output).toMatch(/Java 17 or newer.*apt-get install -y openjdk-17-jre-headless/s);
      expect(output).not.toMatch(/^\s+at /m);
    },
    JVM_BOUND,
  );

  it('refuses any endpoint that is not on this machine', () => {
    expect(() => assertLocalEndpoint('https://dynamodb.ap-northeast-1.amazonaws.com')).toThrow(/Refusing/);
    expect(() => assertLocalEndpoint(undefined)).toThrow(/Refusing/);
    expect(() => assertLocalEndpoint('http://127.0.0.1:8000')).not.toThrow();
  });
});
