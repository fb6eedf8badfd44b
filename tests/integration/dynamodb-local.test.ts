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

describe('the embedded DynamoDB Local', () => {
  it('starts on disk, creates the table from the core definition, keeps data across restarts, and stops its JVM', async () => {
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
  });

  it('explains a taken port instead of failing with a trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    await expect(startDynamoLocal({ port })).rejects.toThrow(`Port ${port} is already in use`);
    blocker.close();
  });

  it('explains a damaged data directory', async () => {
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
  });

  it('leaves no JVM behind when `pnpm dev` is stopped with Ctrl-C', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ddb-dev-'));
    const child = spawn('node', ['--import', 'tsx', 'scripts/dev.ts'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', SKIP_WEB_BUILD: '1', TABLE_NAME: 'dev-stop-test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const deadline = Date.now() + 60_000;
    while (!output.includes('Press Ctrl-C') && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(output).toContain('Press Ctrl-C');
    expect(javaProcesses(dataDir)).toHaveLength(1);
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
    expect(javaProcesses(dataDir)).toHaveLength(0);
  }, 90_000);

  it('says how to install Java when there is none, without a stack trace', async () => {
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
  }, 60_000);

  it('refuses any endpoint that is not on this machine', () => {
    expect(() => assertLocalEndpoint('https://dynamodb.ap-northeast-1.amazonaws.com')).toThrow(/Refusing/);
    expect(() => assertLocalEndpoint(undefined)).toThrow(/Refusing/);
    expect(() => assertLocalEndpoint('http://127.0.0.1:8000')).not.toThrow();
  });

});
