/**
 * `pnpm job <name> [--at <ISO time>]`: runs one scheduled job now (or for the moment given), with
 * the code the schedules run, and prints its summary. The database is the one named by TABLE_NAME
 * and DYNAMODB_ENDPOINT, else the running `pnpm dev`'s, else DynamoDB Local started here on the dev
 * data directory. Mail goes to SMTP_URL, else `pnpm dev`'s catcher, else a catcher started here
 * that keeps the messages where `pnpm dev` shows them at /dev/mail.
 */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { configureDb, jobNames, Notifications, runJob, SCHEDULES } from '@aksu/core';
import { smtpChannel } from '@aksu/functions/mail/smtp';
import {
  assertLocalEndpoint,
  ensureTable,
  LocalDatabaseError,
  startDynamoLocal,
  type LocalDynamo,
} from './lib/dynamodb-local.ts';
import { loadEnvFile } from './lib/env-file.ts';
import { startMailCatcher, type MailCatcher } from './lib/mail-catcher.ts';
import { readRuntimeFile } from './lib/runtime-file.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function usage(problem: string): never {
  const width = Math.max(...jobNames().map((n) => n.length));
  const lines = jobNames().map((name) => {
    const s = SCHEDULES.find((x) => x.name === name);
    return `  ${name.padEnd(width)}  ${s ? `${s.cron}  ${s.description}` : ''}`;
  });
  console.error(
    `${problem}\n\nUsage: pnpm job <name> [--at <ISO time, e.g. ` +
      `2026-07-01T09:30:00+08:00>]\n\nJobs:\n${lines.join('\n')}`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): { name: string; at: Date } {
  let name: string | undefined;
  let atText: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--at') atText = argv[++i] ?? '';
    else if (arg.startsWith('--at=')) atText = arg.slice(5);
    else if (arg.startsWith('-')) usage(`Unknown option ${arg}.`);
    else if (name) usage(`One job at a time ("${name}" and "${arg}" given).`);
    else name = arg;
  }
  if (!name) usage('Name the job to run.');
  if (!jobNames().includes(name)) usage(`There is no job "${name}".`);
  if (atText === undefined) return { name, at: new Date() };
  // A date alone or a time without an offset would be read in this machine's zone: ask for one.
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
  const at = new Date(atText);
  if (!iso.test(atText) || Number.isNaN(at.getTime())) {
    console.error(
      `--at "${atText}" is not an ISO time with an offset. Use e.g. ` +
        '--at 2026-07-01T09:30:00+08:00 or --at 2026-07-01T01:30:00Z.',
    );
    process.exit(2);
  }
  return { name, at };
}

async function main() {
  const { name, at } = parseArgs(process.argv.slice(2));
  loadEnvFile(resolve(repoRoot, '.env'));
  const dataDir = resolve(repoRoot, process.env.DATA_DIR ?? '.data');
  let dynamo: LocalDynamo | undefined;
  let catcher: MailCatcher | undefined;
  try {
    let endpoint = process.env.DYNAMODB_ENDPOINT;
    let tableName = process.env.TABLE_NAME;
    let smtpUrl = process.env.SMTP_URL;
    let source = 'TABLE_NAME and DYNAMODB_ENDPOINT';
    if (!endpoint || !tableName) {
      const dev = readRuntimeFile(dataDir);
      if (dev) {
        ({ endpoint, tableName } = dev);
        smtpUrl ??= dev.smtpUrl;
        source = `the running pnpm dev (pid ${dev.pid})`;
      } else {
        dynamo = await startDynamoLocal({ dataDir });
        endpoint = dynamo.endpoint;
        tableName = process.env.TABLE_NAME ?? 'aksu-talent-local';
        await ensureTable(endpoint, tableName);
        source = `DynamoDB Local on ${dataDir}`;
      }
    }
    assertLocalEndpoint(endpoint);
    if (!smtpUrl) {
      catcher = await startMailCatcher({ dir: join(dataDir, 'mail') });
      smtpUrl = catcher.url;
    }
    configureDb({ tableName, endpoint, region: 'local' });
    Notifications.configureEmail(
      smtpChannel({ url: smtpUrl, from: process.env.MAIL_FROM ?? 'Aksu Talent <noreply@localhost>' }),
    );
    console.error(`Running ${name} for ${at.toISOString()} against table ${tableName} (${source}) …`);
    const summary = await runJob(name, at, { untilDone: true });
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await catcher?.close();
    await dynamo?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(
      error instanceof LocalDatabaseError
        ? error.message
        : `The job failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
