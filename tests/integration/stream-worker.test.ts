import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, domainEvent, Notifications, Outbox, outboxOp, type DomainEvent } from '@aksu/core';
import { transact } from '@aksu/core/db/transact';
import { deliveryIdFor } from '@aksu/core/notifications/deliveries';
import { createStreamWorker, type StreamWorker } from '@aksu/functions/workers/local-stream';
import { streamsClient } from '@aksu/functions/workers/stream-shards';
import { sentTo, startBackbone, type Backbone } from '../support/backbone.ts';

/**
 * The stream worker of `pnpm dev` and the tests against DynamoDB Local's real stream: stopped in the
 * middle of a batch and started again (a new worker, from its checkpoint), then replayed from the
 * stream's start, every mail still arrives exactly once, counted at the SMTP catcher and in the
 * delivery items; a failing handler is retried and the records after it are not lost.
 */
let backbone: Backbone;
const extraWorkers: StreamWorker[] = [];
beforeAll(async () => {
  backbone = await startBackbone();
});
afterAll(async () => {
  for (const worker of extraWorkers) await worker.stop();
  await backbone?.stop();
});

const write = (event: DomainEvent) =>
  transact(
    (entities) => [outboxOp(entities, event)],
    () => new Error('the outbox item was refused') as never,
  );
const worker = (options: Parameters<typeof createStreamWorker>[0] = {}) => {
  const w = createStreamWorker({ pollIntervalMs: 100, backoffMs: 20, log: () => undefined, ...options });
  extraWorkers.push(w);
  return w;
};

describe('the local stream worker', () => {
  // First in the file, while the stream is still empty: the new consumer has nothing old to replay.
  it('lists the shards only now and then while idle, not on every poll, and still reads what comes next', async () => {
    const streams = streamsClient();
    const calls = { DescribeStreamCommand: 0, GetRecordsCommand: 0 };
    streams.middlewareStack.add(
      (next, context) => (args) => {
        const name = context.commandName as keyof typeof calls;
        if (name in calls) calls[name]++;
        return next(args);
      },
      { step: 'initialize' },
    );
    const startedAt = Date.now();
    const idle = worker({ consumer: `idle-${randomUUID().slice(0, 8)}`, streams });
    idle.start();
    // Stopped even when an expectation fails, so the next tests count only their own consumers.
    try {
      await expect.poll(() => calls.GetRecordsCommand, { timeout: 60_000, interval: 50 }).toBeGreaterThanOrEqual(30);
      // One listing at the start and one per relisting period at most, however slow the polls were;
      // listing on every poll made it one per read.
      const periods = Math.ceil((Date.now() - startedAt) / 5_000);
      expect(calls.DescribeStreamCommand).toBeLessThanOrEqual(1 + periods);

      const type = `test.after-idle-${randomUUID().slice(0, 8)}`;
      let handled = 0;
      Outbox.EVENT_HANDLERS[type] = [{ name: 'test.counts', run: async () => void handled++ }];
      await write(domainEvent(type, {}));
      // Once by the idle worker and once by the backbone's, each its own consumer.
      await expect.poll(() => handled, { timeout: 60_000 }).toBe(2);
    } finally {
      await idle.stop();
    }
  });

  it(
    'stopped mid-batch and resumed by a new worker, then ' + 'replayed from the start: each of 60 mails arrives once',
    async () => {
      const run = randomUUID().slice(0, 8);
      const type = `test.mail-requested-${run}`;
      const calls = new Map<string, number>();
      let stopping: Promise<void> | undefined;
      Outbox.EVENT_HANDLERS[type] = [
        {
          name: 'test.send-code',
          async run(event) {
            calls.set(event.eventId, (calls.get(event.eventId) ?? 0) + 1);
            // The 20th record of the batch asks the worker to stop: it finishes this record and stops.
            if (calls.size === 20 && !stopping) stopping = backbone.worker.stop();
            const email = String(event.payload.email);
            await Notifications.notify({
              key: event.eventId,
              kind: 'account.invitation',
              recipient: { key: `email:${email}`, email },
              data: { code: `C${event.payload.n}`, validFor: 7 },
            });
          },
        },
      ];

      // All 60 written while the worker is stopped, so it meets them as one batch.
      await backbone.worker.stop();
      const events = Array.from({ length: 60 }, (_, n) =>
        domainEvent(type, { n, email: `stream-${run}-${n}@example.test` }),
      );
      for (const event of events) await write(event);
      backbone.worker.start();
      // (A boolean: a polled promise would be awaited, not looked at.)
      await expect.poll(() => stopping !== undefined, { timeout: 120_000 }).toBe(true);
      await stopping;
      expect(backbone.worker.running).toBe(false);
      expect(calls.size).toBe(20);

      const resumed = worker();
      resumed.start();
      const ours = (m: { envelope: { to: string[] } }) => m.envelope.to.some((to) => to.startsWith(`stream-${run}-`));
      await backbone.mailbox.waitFor(ours, { count: 60, timeoutMs: 180_000 });
      // Resumed after the last handled record, not from the start: no event ran twice.
      expect(calls.size).toBe(60);
      expect([...calls.values()].every((n) => n === 1)).toBe(true);
      await resumed.stop();

      // A replay of the whole stream runs every handler again and sends nothing twice.
      const replay = worker({ consumer: `replay-${run}`, fromStart: true });
      replay.start();
      await expect.poll(() => [...calls.values()].every((n) => n === 2), { timeout: 180_000 }).toBe(true);
      await replay.stop();

      const caught = backbone.mailbox.messages().filter(ours);
      expect(caught).toHaveLength(60);
      for (const event of events) {
        const email = String(event.payload.email);
        expect(caught.filter(sentTo(email))).toHaveLength(1);
        const { data } = await db()
          .service.entities.delivery.get({ deliveryId: deliveryIdFor(event.eventId, `email:${email}`, 'email') })
          .go();
        expect(data?.status).toBe('sent');
      }
      // The next test uses the backbone's worker again.
      backbone.worker.start();
    },
  );

  it(
    'retries a failing handler from the failed record and ' + 'loses none after it; one that never succeeds is parked',
    async () => {
      const run = randomUUID().slice(0, 8);
      const handled: string[] = [];
      const attempts = new Map<string, number>();
      const flaky = `test.flaky-${run}`;
      const broken = `test.broken-${run}`;
      const fine = `test.fine-${run}`;
      const count = (event: DomainEvent) =>
        attempts.set(event.eventId, (attempts.get(event.eventId) ?? 0) + 1).get(event.eventId)!;
      Outbox.EVENT_HANDLERS[flaky] = [
        {
          name: 'test.fails-twice',
          async run(event) {
            if (count(event) <= 2) throw new Error('not yet');
            handled.push(event.eventId);
          },
        },
      ];
      Outbox.EVENT_HANDLERS[broken] = [
        {
          name: 'test.always-fails',
          async run(event) {
            count(event);
            throw new Error('broken for good');
          },
        },
      ];
      Outbox.EVENT_HANDLERS[fine] = [{ name: 'test.works', run: async (event) => void handled.push(event.eventId) }];

      const first = domainEvent(flaky, {});
      const second = domainEvent(fine, {});
      const hopeless = domainEvent(broken, {});
      const last = domainEvent(fine, {});
      for (const event of [first, second, hopeless, last]) await write(event);

      await expect.poll(() => handled.length, { timeout: 60_000 }).toBe(3);
      // In stream order: the flaky one only after its retries, nothing after it skipped.
      expect(handled).toEqual([first.eventId, second.eventId, last.eventId]);
      expect(attempts.get(first.eventId)).toBe(3);
      // The default five attempts, then set aside where it can be seen.
      expect(attempts.get(hopeless.eventId)).toBe(5);
      const parked = (await Outbox.listParkedEvents()).find((p) => p.eventId === hopeless.eventId);
      expect(parked).toMatchObject({ type: broken, handler: 'test.always-fails', attempts: 5 });
      expect(parked?.error).toContain('broken for good');
    },
  );
});
