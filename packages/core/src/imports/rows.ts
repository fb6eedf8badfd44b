import { db } from '../db/service.ts';
import type { ImportRow } from './import-row.entity.ts';
import type { EntityItem } from 'electrodb';

export type ImportRowItem = EntityItem<typeof ImportRow>;

const PUT_ATTEMPTS = 8;

/** Zero-padded so the sort key orders rows as the file does. */
export const rowKeyOf = (rowNumber: number) => String(rowNumber).padStart(6, '0');

/**
 * Batch-writes row items. BatchWriteItem may hand some back unprocessed under load; those are
 * written again with a growing pause until none remain.
 */
export async function putRows(items: ImportRowItem[]): Promise<void> {
  let pending = items;
  for (let attempt = 0; pending.length > 0; attempt++) {
    const { unprocessed } = await db().service.entities.importRow.put(pending).go({ concurrency: 4 });
    if (unprocessed.length === 0) return;
    if (attempt >= PUT_ATTEMPTS) throw new Error(`Could not write ${unprocessed.length} import rows`);
    const left = new Set(unprocessed.map((key) => key.rowKey));
    pending = pending.filter((item) => left.has(item.rowKey));
    await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
  }
}
