import type { Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { addSheet, newWorkbook, toFile, type SpreadsheetFile } from '../exports/workbook.ts';
import { decryptField } from '../personal/vault.ts';
import { maskNationalId, maskPhone } from '../personal/masking.ts';
import { columnFor, type ColumnKey } from './columns.ts';
import { jobOutcomes } from './batches.ts';
import type { Cell } from './normalise.ts';

export const ROW_STATUS_LABELS = { accepted: '已接受', rejected: '已拒绝', pending: '待处理' } as const;

/** Masked for everyone but organisers, as on every screen. */
const MASKED: Partial<Record<ColumnKey, (value: string) => string>> = {
  phone: maskPhone,
  emergencyPhone: maskPhone,
};
/**
 * Masked for every role: a file is copied and forwarded where nobody can see who opens it, so the
 * full ID is shown on one screen only (an organiser's single-registration view, which is audited).
 */
const MASKED_FOR_ALL: Partial<Record<ColumnKey, (value: string) => string>> = {
  nationalId: maskNationalId,
};

/**
 * The uploaded rows as they were, each with its 状态 and 原因, in file order; 行号 is the row number
 * of the uploaded file, so a coordinator fixes the rejected rows in their own copy. National IDs are
 * masked for everyone; phones for everyone but organisers.
 */
export async function resultWorkbook(
  actor: Actor,
  job: { importJobId: string; filename: string; headers: string[] },
): Promise<SpreadsheetFile> {
  const [outcomes, { data: batches }] = await Promise.all([
    jobOutcomes(job.importJobId),
    db()
      .service.entities.importBatch.query.byJob({ importJobId: job.importJobId })
      .go({ pages: 'all', attributes: ['cellsSealed'] }),
  ]);
  const cells = batches.flatMap((batch) => JSON.parse(decryptField(batch.cellsSealed)) as Cell[][]);
  const maskers = job.headers.map((header) => {
    const key = columnFor(header);
    if (!key) return undefined;
    return MASKED_FOR_ALL[key] ?? (actor.role === 'organiser' ? undefined : MASKED[key]);
  });
  const workbook = await newWorkbook();
  const headers = ['行号', ...job.headers.map((h, i) => h || `第${i + 1}列`), '状态', '原因'];
  const sheet = addSheet(
    workbook,
    '导入结果',
    headers.map((header, i) => ({ header, width: i === 0 ? 6 : i === headers.length - 1 ? 48 : 14, numFmt: '@' })),
  );
  outcomes.forEach((row, index) => {
    const uploaded = cells[index] ?? [];
    const values = job.headers.map((_, i) => {
      const text = uploaded[i] === undefined || uploaded[i] === null ? '' : String(uploaded[i]);
      const mask = maskers[i];
      return mask && text ? mask(text) : text;
    });
    const added = sheet.addRow([row.rowNumber, ...values, ROW_STATUS_LABELS[row.status], row.message ?? '']);
    added.getCell(1).numFmt = '0';
    const status = added.getCell(headers.length - 1);
    status.font = { color: { argb: row.status === 'rejected' ? 'FFC00000' : 'FF006100' } };
  });
  const base = job.filename.replace(/\.(xlsx|csv|txt)$/i, '');
  return toFile(workbook, `${base}-导入结果`, `import-result-${job.importJobId}`);
}
