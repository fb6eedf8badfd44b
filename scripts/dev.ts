/**
 * `pnpm dev`: DynamoDB Local on disk under DATA_DIR, the table, idempotent demo data, the web build,
 * and API + web on one origin (http://localhost:3000 unless PORT is set). In the background, as in
 * AWS: the stream worker runs the outbox handlers, the schedules run their jobs, an SMTP server
 * catches every mail (shown at /dev/mail), and an S3-compatible server keeps uploaded files under
 * DATA_DIR/s3. Ctrl-C stops everything, the JVM included.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { join } from 'node:path';
import { backfillListShards, backfillWaitlistIndex, configureDb, configureStorage, Notifications } from '@aksu/core';
import { startLocalServer } from '@aksu/functions/local';
import { smtpChannel } from '@aksu/functions/mail/smtp';
import { createScheduleRunner, type ScheduleRunner } from '@aksu/functions/workers/schedule-runner';
import { createStreamWorker, type StreamWorker } from '@aksu/functions/workers/local-stream';
import { startMailCatcher, type MailCatcher } from './lib/mail-catcher.ts';
import { startLocalS3, type LocalS3 } from './lib/local-s3.ts';
import { removeRuntimeFile, writeRuntimeFile } from './lib/runtime-file.ts';
import { ensureTable, LocalDatabaseError, startDynamoLocal, type LocalDynamo } from './lib/dynamodb-local.ts';
import { loadEnvFile } from './lib/env-file.ts';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoData } from './seed/index.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const JOBS_HELP =
  'pnpm job <name> [--at <ISO time>] runs a scheduled job now; the schedules and the stream worker run by themselves';

async function main() {
  const { createdSecret } = loadEnvFile(resolve(repoRoot, '.env'));
  const dataDir = resolve(repoRoot, process.env.DATA_DIR ?? '.data');
  const tableName = process.env.TABLE_NAME ?? 'aksu-talent-local';
  const port = Number(process.env.PORT ?? 3000);
  const smtpPort = Number(process.env.SMTP_PORT ?? 0);
  const s3Port = Number(process.env.S3_PORT ?? 0);
  const filesBucket = process.env.FILES_BUCKET ?? 'aksu-files-local';

  let dynamo: LocalDynamo | undefined;
  let closeServer: (() => Promise<void>) | undefined;
  let catcher: MailCatcher | undefined;
  let s3: LocalS3 | undefined;
  let worker: StreamWorker | undefined;
  let runner: ScheduleRunner | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    removeRuntimeFile(dataDir);
    await runner?.stop().catch(() => undefined);
    await worker?.stop().catch(() => undefined);
    await closeServer?.().catch(() => undefined);
    await catcher?.close().catch(() => undefined);
    await s3?.stop().catch(() => undefined);
    await dynamo?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new LocalDatabaseError(`PORT must be a port number, not "${process.env.PORT}".`);
    if (!Number.isInteger(smtpPort) || smtpPort < 0 || smtpPort > 65535)
      throw new LocalDatabaseError(`SMTP_PORT must be a port number, not "${process.env.SMTP_PORT}".`);
    if (!Number.isInteger(s3Port) || s3Port < 0 || s3Port > 65535)
      throw new LocalDatabaseError(`S3_PORT must be a port number, not "${process.env.S3_PORT}".`);
    console.log(`Starting DynamoDB Local (data in ${dataDir}) …`);
    dynamo = await startDynamoLocal({ dataDir });
    await ensureTable(dynamo.endpoint, tableName);
    process.env.TABLE_NAME = tableName;
    process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
    configureDb({ tableName, endpoint: dynamo.endpoint, region: 'local' });

    // A data directory from an older version: its items are brought up to the current keys here,
    // as `pnpm backfill` does for a deployed table (a no-op once done).
    const moved = await backfillListShards();
    if (moved.users + moved.leads > 0)
      console.log(`Moved ${moved.users} accounts and ${moved.leads} leads into the sharded lists.`);
    const waiting = await backfillWaitlistIndex();
    if (waiting.registrations > 0)
      console.log(`Put ${waiting.registrations} waiting registrations on the waitlist index.`);
    // Uploaded files (CVs) go to a local S3-compatible server, kept under the data directory, through
    // the same presigned URLs as in AWS. The site's pages may PUT to it across origins, as the bucket's
    // CORS rule allows the site in AWS. Started before the seed, whose demo applications upload CVs.
    s3 = await startLocalS3({
      bucket: filesBucket,
      dataDir: join(dataDir, 's3'),
      port: s3Port || undefined,
      corsOrigins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
    });
    process.env.FILES_BUCKET = filesBucket;
    process.env.S3_ENDPOINT = s3.endpoint;
    configureStorage({ bucket: filesBucket, endpoint: s3.endpoint, region: 'local' });

    // SKIP_SEED=1 starts on whatever the data directory holds (nothing, the first time).
    if (process.env.SKIP_SEED === '1') console.log('Not seeding demo data (SKIP_SEED=1).');
    else {
      const { created } = await seedDemoData();
      console.log(created ? `Seeded ${created} demo records.` : 'Demo data already present.');
    }

    // Mail is caught here (and kept under the data directory), never sent out, unless SMTP_URL says otherwise.
    catcher = await startMailCatcher({ port: smtpPort || undefined, dir: join(dataDir, 'mail') }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE')
          throw new LocalDatabaseError(`SMTP port ${smtpPort} is already in use. Set SMTP_PORT to another port.`);
        throw error;
      },
    );
    const smtpUrl = process.env.SMTP_URL || catcher.url;
    Notifications.configureEmail(
      smtpChannel({ url: smtpUrl, from: process.env.MAIL_FROM ?? 'Aksu Talent <noreply@localhost>' }),
    );

    worker = createStreamWorker({ consumer: 'dev' });
    worker.start();
    runner = createScheduleRunner();
    console.log('Running scheduled jobs that are due …');
    await runner.start();

    // SKIP_WEB_BUILD=1 serves the existing build (or none), e.g. while running `vite` for the web separately.
    if (process.env.SKIP_WEB_BUILD !== '1') {
      console.log('Building the web app …');
      const build = spawnSync('pnpm', ['--filter', '@aksu/web', 'build'], {
        cwd: repoRoot,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, NODE_ENV: 'production' },
      });
      if (build.status !== 0) throw new LocalDatabaseError('The web build failed; see the output above.');
    }

    const server = await startLocalServer({
      port,
      hostname: process.env.HOST ?? '127.0.0.1',
      jwtSecret: process.env.JWT_SECRET!,
      webDist: resolve(repoRoot, 'packages/web/dist'),
      devMail: catcher,
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        throw new LocalDatabaseError(`Port ${port} is already in use. Set PORT to another port.`);
      throw error;
    });
    closeServer = server.close;
    const url = server.url.replace('127.0.0.1', 'localhost');
    writeRuntimeFile(dataDir, { pid: process.pid, endpoint: dynamo.endpoint, tableName, smtpUrl, url });
    console.log(`
才聚阿克苏 talent platform is running at ${url}
  web      ${url}/
  API      ${url}/v1   docs ${url}/docs   OpenAPI ${url}/openapi.json   health ${url}/health
  mailbox  ${url}/dev/mail   (SMTP ${smtpUrl}${smtpUrl === catcher.url ? ', every mail caught here' : ''})
  files    ${s3.endpoint}/${filesBucket}   (S3, files in ${join(dataDir, 's3')}; signed links only)
  jobs     ${JOBS_HELP}
Demo logins (password ${DEMO_PASSWORD}):
${DEMO_LOGINS.map((l) => `  ${l}`).join('\n')}
${createdSecret ? 'New secrets (JWT_SECRET, PII_KEY) were written to .env.\n' : ''}Press Ctrl-C to stop.`);
  } catch (error) {
    if (error instanceof LocalDatabaseError) console.error(`\n${error.message}\n`);
    else console.error('\nCould not start:', error instanceof Error ? error.message : error, '\n');
    await stop(1);
  }
}

await main();
