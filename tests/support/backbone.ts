import { Notifications, runJob } from '@aksu/core';
import { smtpChannel } from '@aksu/functions/mail/smtp';
import { createStreamWorker, type StreamWorker, type StreamWorkerOptions } from '@aksu/functions/workers/local-stream';
import { ensureTable } from '../../scripts/lib/dynamodb-local.ts';
import { startMailCatcher, type CaughtMessage, type WaitOptions } from '../../scripts/lib/mail-catcher.ts';

export type { CaughtMessage } from '../../scripts/lib/mail-catcher.ts';

export interface Backbone {
  /** Every message that reached the SMTP catcher, and a wait for the ones a test expects. */
  mailbox: {
    messages(): CaughtMessage[];
    waitFor(predicate: (message: CaughtMessage) => boolean, options?: WaitOptions): Promise<CaughtMessage[]>;
  };
  /** The stream worker on this test file's table; `stop()` then `start()` resumes from its checkpoint. */
  worker: StreamWorker;
  /** SMTP_URL of the catcher, for a test that builds its own channel. */
  smtpUrl: string;
  stop(): Promise<void>;
}

/**
 * What `pnpm dev` runs in the background, for one test file: a real SMTP server catching mail, the
 * email channel sending to it over SMTP, and the stream worker running outbox handlers on the
 * file's table (the per-file setup has already pointed core at it). Call in `beforeAll`, and
 * `stop()` in `afterAll`.
 */
export async function startBackbone(options: StreamWorkerOptions = {}): Promise<Backbone> {
  // The per-file table starts without a stream; from here on every write reaches the worker.
  await ensureTable(process.env.DYNAMODB_ENDPOINT!, process.env.TABLE_NAME!);
  const catcher = await startMailCatcher();
  process.env.SMTP_URL = catcher.url;
  process.env.MAIL_FROM ??= 'Aksu Talent <noreply@aksu.test>';
  Notifications.configureEmail(smtpChannel({ url: catcher.url, from: process.env.MAIL_FROM }));
  const worker = createStreamWorker({ pollIntervalMs: 100, backoffMs: 50, ...options });
  worker.start();
  return {
    mailbox: { messages: catcher.messages, waitFor: catcher.waitFor },
    worker,
    smtpUrl: catcher.url,
    async stop() {
      await worker.stop();
      Notifications.configureEmail(undefined);
      await catcher.close();
    },
  };
}

/** Whether a caught message was sent to `address` (envelope recipients, so Bcc counts too). */
export const sentTo = (address: string) => (message: CaughtMessage) =>
  message.envelope.to.includes(address.toLowerCase());

/** Runs a scheduled job for the moment `at` exactly as `pnpm job <name> --at <time>` does. */
export const runJobAt = (name: string, at: Date | string = new Date()) =>
  runJob(name, new Date(at), { untilDone: true });
