import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message as the catcher received it over SMTP, parsed. */
export interface CaughtMessage {
  id: string;
  receivedAt: string;
  /** The SMTP envelope: who the sender said it was for (Bcc included), lowercased. */
  envelope: { from: string; to: string[] };
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments: Array<{ filename?: string; contentType: string; cid?: string; content: Buffer }>;
}

export interface WaitOptions {
  /** How many matching messages to wait for; 1 unless given. */
  count?: number;
  /**
   * Generous by default (two minutes), a bound against a hang only: the wait ends as soon as the messages
   * are there, and mail sent by the stream worker after a long job can take a while on two busy cores.
   */
  timeoutMs?: number;
}

export interface MailCatcher {
  port: number;
  /** `smtp://127.0.0.1:<port>`: what SMTP_URL points at to send here. */
  url: string;
  messages(): CaughtMessage[];
  message(id: string): CaughtMessage | undefined;
  /** Resolves with the matching messages once `count` of them have arrived (already or later). */
  waitFor(predicate: (message: CaughtMessage) => boolean, options?: WaitOptions): Promise<CaughtMessage[]>;
  close(): Promise<void>;
}

export interface MailCatcherOptions {
  /** Fixed port (`SMTP_PORT`); a free one when absent. */
  port?: number;
  /** Keep each message as an .eml file here and read them back on start, so they survive restarts. */
  dir?: string;
}

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()))
    .filter(Boolean);

function toCaught(
  id: string,
  receivedAt: string,
  envelope: CaughtMessage['envelope'],
  mail: ParsedMail,
): CaughtMessage {
  const headers: Record<string, string> = {};
  for (const line of mail.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim();
  return {
    id,
    receivedAt,
    envelope,
    from: addresses(mail.from)[0] ?? envelope.from,
    to: addresses(mail.to),
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : '',
    headers,
    attachments: mail.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      cid: a.cid,
      content: a.content,
    })),
  };
}

/** The envelope travels beside the .eml as headers we add in front, since the file holds only the message. */
const ENVELOPE_HEADER = 'X-Catcher-Envelope';

async function loadSaved(dir: string): Promise<CaughtMessage[]> {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .sort();
  const loaded: CaughtMessage[] = [];
  for (const file of files) {
    const raw = readFileSync(join(dir, file));
    const mail = await simpleParser(raw, { keepCidLinks: true });
    const envelope = JSON.parse(
      String(mail.headers.get(ENVELOPE_HEADER.toLowerCase()) ?? '{"from":"","to":[]}'),
    ) as CaughtMessage['envelope'] & { receivedAt?: string };
    const id = file.replace(/\.eml$/, '');
    loaded.push(
      toCaught(id, envelope.receivedAt ?? new Date(0).toISOString(), { from: envelope.from, to: envelope.to }, mail),
    );
  }
  return loaded;
}

/**
 * A real SMTP server on the loopback that keeps every message it receives: `pnpm dev` shows them at
 * /dev/mail and tests read them, so mail always travels over SMTP exactly as in production, never
 * through a stubbed transport. No authentication and no TLS: it only listens on 127.0.0.1.
 */
export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const store: CaughtMessage[] = [];
  const waiters = new Set<() => void>();
  if (options.dir) {
    mkdirSync(options.dir, { recursive: true });
    store.push(...(await loadSaved(options.dir)));
  }

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    banner: 'mail catcher',
    size: 25 * 1024 * 1024,
    // Senders keep pooled connections open; on close they are cut after a moment instead of 30 s.
    closeTimeout: 500,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const receivedAt = new Date().toISOString();
        const envelope = {
          from: (session.envelope.mailFrom ? session.envelope.mailFrom.address : '').toLowerCase(),
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
        };
        // Sortable by arrival, unique under concurrent deliveries.
        const id = `${receivedAt.replace(/[-:.]/g, '')}-${randomUUID().slice(0, 8)}`;
        simpleParser(raw, { keepCidLinks: true })
          .then((mail) => {
            store.push(toCaught(id, receivedAt, envelope, mail));
            if (options.dir) {
              const header = `${ENVELOPE_HEADER}: ${JSON.stringify({ ...envelope, receivedAt })}\r\n`;
              writeFileSync(join(options.dir, `${id}.eml`), Buffer.concat([Buffer.from(header), raw]));
            }
            for (const wake of waiters) wake();
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : (options.port ?? 0));
    });
  });
  // A client that misbehaves must not take the catcher down with it.
  server.on('error', (error) =>
    console.error(JSON.stringify({ level: 'warn', msg: 'mail catcher error', error: error.message })),
  );

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages: () => [...store],
    message: (id) => store.find((m) => m.id === id),
    waitFor(predicate, { count = 1, timeoutMs = 120_000 } = {}) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = store.filter(predicate);
          if (found.length < count) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          const found = store.filter(predicate).length;
          const seen = store.slice(-10).map((m) => `${m.envelope.to.join(',')}: ${m.subject}`);
          reject(
            new Error(
              `Waited ${timeoutMs} ms for ${count} matching message(s), ${found} ` +
                `arrived. Last received:\n  ${seen.join('\n  ') || '(none)'}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const wake of waiters) waiters.delete(wake);
        server.close(() => resolve());
      }),
  };
}
