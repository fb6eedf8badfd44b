import type { EntityItem } from 'electrodb';
import { db } from '../db/service.ts';
import { encryptField } from '../personal/vault.ts';
import type { ImportBatch, ImportOutcomes } from './import-batch.entity.ts';
import type { Cell, StudentRow } from './normalise.ts';

export type RowOutcome = EntityItem<typeof ImportOutcomes>['rows'][number];

/**
 * A row of an upload as stored: its outcome so far, its cells as uploaded, and the student waiting to be registered.
 */
export interface UploadedRow {
  outcome: RowOutcome;
  cells: Cell[];
  student?: StudentRow;
}

/**
 * Rows per batch: two of the registration write path's transactions of one university's rows.
 * The runner registers a batch at a time and progress moves after each.
 */
export const BATCH_ROWS = 98;
/**
 * Bytes of cells and students one batch holds before sealing; sealing adds a third, which keeps a
 * batch item well under DynamoDB's 400 KB. A row alone is bounded by `storedCells`.
 */
const BATCH_BYTES = 200 * 1024;
/** Cells kept of a row for the result file; more, or longer, is not a registration form. */
const STORED_COLUMNS = 100;
const STORED_CELL_CHARS = 500;
const PUT_ATTEMPTS = 8;

/** Zero-padded so the sort key orders rows as the file does. */
export const rowKeyOf = (rowNumber: number) => String(rowNumber).padStart(6, '0');

/** A row's cells as kept for the result file: a pasted essay is clipped, not stored whole. */
export const storedCells = (cells: Cell[]): Cell[] =>
  cells
    .slice(0, STORED_COLUMNS)
    .map((cell) =>
      typeof cell === 'string' && cell.length > STORED_CELL_CHARS ? `${cell.slice(0, STORED_CELL_CHARS)}…` : cell,
    );

/** Consecutive rows grouped into batches of at most BATCH_ROWS rows and BATCH_BYTES. */
export function batchesOf(rows: UploadedRow[]): UploadedRow[][] {
  const batches: UploadedRow[][] = [];
  let batch: UploadedRow[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size =
      Buffer.byteLength(JSON.stringify(row.cells)) + (row.student ? Buffer.byteLength(JSON.stringify(row.student)) : 0);
    if (batch.length > 0 && (batch.length >= BATCH_ROWS || bytes + size > BATCH_BYTES)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(row);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * Stores an upload's rows: per batch, the sealed cells and waiting students, and the outcomes. Two
 * items per batch, batch-written; BatchWriteItem may hand some back unprocessed under load, and
 * those are written again with a growing pause until none remain.
 */
export async function putBatches(
  importJobId: string,
  rows: UploadedRow[],
  stamp: { updatedAt: string; expiresAt: number },
): Promise<void> {
  const inputs: EntityItem<typeof ImportBatch>[] = [];
  const outcomes: EntityItem<typeof ImportOutcomes>[] = [];
  for (const batch of batchesOf(rows)) {
    const batchKey = rowKeyOf(batch[0]!.outcome.rowNumber);
    const waiting = batch.some((row) => row.student);
    inputs.push({
      importJobId,
      batchKey,
      cellsSealed: encryptField(JSON.stringify(batch.map((row) => row.cells))),
      ...(waiting ? { studentsSealed: encryptField(JSON.stringify(batch.map((row) => row.student ?? null))) } : {}),
      ...stamp,
    });
    outcomes.push({ importJobId, batchKey, rows: batch.map((row) => row.outcome), ...stamp });
  }
  const { importBatch, importOutcomes } = db().service.entities;
  await Promise.all([
    putAll((items) => importBatch.put(items).go(), inputs),
    putAll((items) => importOutcomes.put(items).go(), outcomes),
  ]);
}

async function putAll<T extends { batchKey: string }>(
  put: (items: T[]) => Promise<{ unprocessed: { batchKey?: string }[] }>,
  items: T[],
): Promise<void> {
  let pending = items;
  for (let attempt = 0; pending.length > 0; attempt++) {
    const { unprocessed } = await put(pending);
    if (unprocessed.length === 0) return;
    if (attempt >= PUT_ATTEMPTS) throw new Error(`Could not write ${unprocessed.length} import batches`);
    const left = new Set(unprocessed.map((key) => key.batchKey));
    pending = pending.filter((item) => left.has(item.batchKey));
    await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
  }
}

/**
 * Every row's outcome of a job, in file order. Read consistently: the rows list and result file are
 * opened as soon as the job shows completed, and must not miss the batch stored with that change.
 */
export async function jobOutcomes(importJobId: string): Promise<RowOutcome[]> {
  const { data } = await db()
    .service.entities.importOutcomes.query.byJob({ importJobId })
    .go({ pages: 'all', consistent: true });
  return data.flatMap((batch) => batch.rows);
}
