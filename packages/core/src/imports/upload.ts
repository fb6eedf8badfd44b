import { createHash } from 'node:crypto';
import { auditRecord, diffChanges } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { normaliseNationalId } from '../personal/national-id.ts';
import { maskNationalId } from '../personal/masking.ts';
import { cohortForImport, uploadUniversity } from './access.ts';
import { MAX_IMPORT_FILE_BYTES, type CreateImportInput } from './imports.schema.ts';
import { cellName, cellText, normaliseRow, summarise } from './normalise.ts';
import { cellsByField, readImportFile } from './read-file.ts';
import { putBatches, rowKeyOf, storedCells, type UploadedRow } from './batches.ts';
import { IMPORT_FINISHED, IMPORT_UPLOADED, importEvent } from './import-events.ts';
import { outboxOp } from '../outbox/events.ts';

/** Jobs and rows (with the sealed uploaded cells) are kept this long, then expire. */
export const IMPORT_RETENTION_DAYS = 90;

/**
 * Reads an uploaded file into a job: every row is checked at once, so rows with problems are
 * rejected before anything is registered, and the valid ones wait (sealed) for the runner. A person
 * twice in the same file is refused from the second row on, naming the first.
 */
export async function createImport(actor: Actor, cohortId: string, input: CreateImportInput, now = new Date()) {
  const universityId = uploadUniversity(actor, input.universityId);
  const cohort = await cohortForImport(actor, cohortId, universityId);
  const bytes = Buffer.from(input.content, 'base64');
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    throw new DomainError('validation_failed', `The file is larger than ${MAX_IMPORT_FILE_BYTES / 1024} KB`, {
      errors: [{ path: 'content', message: 'File too large', code: 'file_too_large' }],
    });
  }
  const table = await readImportFile(bytes);
  const at = now.toISOString();
  const expiresAt = Math.floor(now.getTime() / 1000) + IMPORT_RETENTION_DAYS * 86_400;
  const importJobId = newId('importJob');
  const firstRowOf = new Map<string, number>();

  const rows: UploadedRow[] = table.rows.map(({ row, cells }) => {
    const fields = cellsByField(table, cells);
    const nationalId = normaliseNationalId(cellText(fields.nationalId));
    const outcome = {
      rowNumber: row,
      status: 'pending' as const,
      name: cellName(fields.name) || '—',
      nationalIdMasked: nationalId ? maskNationalId(nationalId) : '',
    };
    const kept = storedCells(cells);
    const result = normaliseRow(fields, cohort.eligibleDegreeLevels);
    if (!result.ok) {
      return { outcome: { ...outcome, status: 'rejected', ...summarise(result.problems) }, cells: kept };
    }
    const first = firstRowOf.get(result.student.nationalId);
    if (first !== undefined) {
      return {
        outcome: {
          ...outcome,
          status: 'rejected',
          reason: 'duplicate_in_file',
          message: `与第 ${first} 行的身份证号相同，同一人只能报名一次`,
        },
        cells: kept,
      };
    }
    firstRowOf.set(result.student.nationalId, row);
    return { outcome, cells: kept, student: result.student };
  });

  await putBatches(importJobId, rows, { updatedAt: at, expiresAt });
  const rejected = rows.filter((r) => r.outcome.status === 'rejected').length;
  const done = rejected === rows.length;
  const job = {
    importJobId,
    cohortId,
    universityId,
    filename: input.filename,
    format: table.format,
    contentHash: createHash('sha256').update(bytes).digest('base64url'),
    headers: table.headers,
    status: done ? ('completed' as const) : ('pending' as const),
    totalRows: rows.length,
    rowsDone: rejected,
    accepted: 0,
    rejected,
    nextRowKey: rowKeyOf(0),
    createdBy: actor.userId,
    createdByRole: actor.role === 'coordinator' ? ('coordinator' as const) : ('organiser' as const),
    createdAt: at,
    ...(done ? { finishedAt: at } : {}),
    updatedAt: at,
    expiresAt,
  };
  // The worker takes the job from its event, written with it: no job without its event. A file
  // whose every row was refused is finished already, and its uploader is told so the same way.
  await transact(
    ({ importJob, audit, outboxEvent }) => [
      importJob.create(job).commit(),
      outboxOp({ outboxEvent }, importEvent(done ? IMPORT_FINISHED : IMPORT_UPLOADED, job, at)),
      audit
        .create(
          auditRecord(
            actor,
            'importJob',
            importJobId,
            'upload',
            diffChanges(undefined, { cohortId, universityId, filename: input.filename, totalRows: rows.length }),
            at,
          ),
        )
        .commit(),
    ],
    () => new DomainError('conflict', 'The import could not be recorded; try again'),
  );
  return job;
}
