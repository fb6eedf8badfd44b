import { describe, expect, it } from 'vitest';
import { BATCH_ROWS, batchesOf, storedCells, type UploadedRow } from './batches.ts';

const row = (rowNumber: number, cells: (string | number)[] = ['张三', '11010119900307803X']): UploadedRow => ({
  outcome: { rowNumber, status: 'pending', name: '张三', nationalIdMasked: '110***********803X' },
  cells,
});

describe('import batches', () => {
  it('groups consecutive rows, at most BATCH_ROWS to a batch', () => {
    const batches = batchesOf(Array.from({ length: 2 * BATCH_ROWS + 3 }, (_, i) => row(i + 2)));
    expect(batches.map((b) => b.length)).toEqual([BATCH_ROWS, BATCH_ROWS, 3]);
    expect(batches.flat().map((r) => r.outcome.rowNumber)).toEqual(
      Array.from({ length: 2 * BATCH_ROWS + 3 }, (_, i) => i + 2),
    );
  });

  it('starts a new batch before the rows outgrow one item', () => {
    const wide = storedCells(Array.from({ length: 200 }, () => '长'.repeat(2_000)));
    const batches = batchesOf(Array.from({ length: 10 }, (_, i) => row(i + 2, wide)));
    expect(batches.length).toBeGreaterThan(1);
    // Sealing adds a third; DynamoDB takes 400 KB an item.
    for (const batch of batches)
      expect((Buffer.byteLength(JSON.stringify(batch.map((r) => r.cells))) * 4) / 3).toBeLessThan(300 * 1024);
  });

  it('keeps a row to a hundred cells of at most 500 characters', () => {
    const kept = storedCells([...Array.from({ length: 150 }, (_, i) => i), 'x'.repeat(600)]);
    expect(kept).toHaveLength(100);
    expect(storedCells(['x'.repeat(600), 42])).toEqual([`${'x'.repeat(500)}…`, 42]);
  });
});
