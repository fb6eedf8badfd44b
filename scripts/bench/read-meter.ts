import { db } from '@aksu/core';
import { SHARD_COUNT } from '@aksu/core/db/shards';

/** What the reads of one measured operation cost, as DynamoDB reports it. */
export interface ReadMeter {
  reads: number;
  capacity: number;
  items: number;
  /** Items that are shards of a funnel counter. */
  counterItems: number;
  /**
   * The most items these reads could return, whatever the number of people counted: each read's
   * other items as they are, plus every shard of each counter it touched. A small cohort has not
   * yet written every shard of every counter, so its item count is below this; a large one reaches it.
   */
  ceiling: number;
}

export const emptyReadMeter = (): ReadMeter => ({ reads: 0, capacity: 0, items: 0, counterItems: 0, ceiling: 0 });

// Items may arrive marshalled ({ S: '…' }) or plain, depending on where the middleware sits.
const text = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof (value as { S?: unknown } | undefined)?.S === 'string'
      ? (value as { S: string }).S
      : undefined;

/** Counter items among one read's items, and how many distinct counters they belong to. */
function counterShards(items: ReadonlyArray<Record<string, unknown>>): { shards: number; counters: number } {
  const counters = new Set<string>();
  let shards = 0;
  for (const item of items) {
    if (text(item.__edb_e__) !== 'funnelCounter') continue;
    shards += 1;
    counters.add(`${text(item.pk)}|${text(item.group)}`);
  }
  return { shards, counters: counters.size };
}

/**
 * Adds ReturnConsumedCapacity to every read of the configured client and sums what DynamoDB reports,
 * with the items returned: a read's cost as the database sees it, not as a timer on a busy machine
 * sees it, so "the same at 200 and 20,000" is a comparison of numbers that do not drift with load.
 */
export function meterReads(meter: ReadMeter, name: string): void {
  db().client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = (context as { commandName?: string }).commandName ?? '';
      const input = args.input as Record<string, unknown>;
      const isRead = /^(Get|Query|BatchGet)/.test(command);
      if (isRead) input.ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      if (isRead) {
        const output = result.output as Record<string, unknown>;
        const consumed = output.ConsumedCapacity;
        const list = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
        meter.reads += 1;
        meter.capacity += list.reduce((s: number, c: { CapacityUnits?: number }) => s + (c.CapacityUnits ?? 0), 0);
        const responses = output.Responses as Record<string, Array<Record<string, unknown>>> | undefined;
        const items = [
          ...((output.Items as Array<Record<string, unknown>> | undefined) ?? []),
          ...(output.Item ? [output.Item as Record<string, unknown>] : []),
          ...Object.values(responses ?? {}).flat(),
        ];
        const counters = counterShards(items);
        meter.items += items.length;
        meter.counterItems += counters.shards;
        meter.ceiling += items.length - counters.shards + counters.counters * SHARD_COUNT;
      }
      return result;
    },
    { step: 'initialize', name },
  );
}
