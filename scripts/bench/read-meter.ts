import { db } from '@aksu/core';

/** What the reads of one measured operation cost, as DynamoDB reports it. */
export interface ReadMeter {
  reads: number;
  capacity: number;
  items: number;
}

export const emptyReadMeter = (): ReadMeter => ({ reads: 0, capacity: 0, items: 0 });

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
        const responses = output.Responses as Record<string, unknown[]> | undefined;
        meter.items += (output.Items as unknown[] | undefined)?.length ?? (output.Item ? 1 : 0) + Object.values(responses ?? {}).reduce((s, r) => s + r.length, 0);
      }
      return result;
    },
    { step: 'initialize', name },
  );
}
