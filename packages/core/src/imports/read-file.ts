import type { CellValue, Worksheet } from 'exceljs';
import { DomainError } from '../errors.ts';
import { newWorkbook } from '../exports/workbook.ts';
import { COLUMNS, columnFor, type ColumnKey } from './columns.ts';
import { decodeText, parseCsv } from './csv.ts';
import { inflateZip, MAX_UNZIPPED_BYTES, storedZip } from './zip-reader.ts';
import type { Cell } from './normalise.ts';

/** Rows one file may hold: a cohort is a few hundred students; a bigger file is a mistake (or several cohorts). */
export const MAX_ROWS = 2_000;
export const TEMPLATE_SHEET = '报名信息';

export interface ImportTable {
  format: 'xlsx' | 'csv';
  /** The header row as written in the file, for the result file. */
  headers: string[];
  /** The field each column fills, or null for a column the import does not use. */
  columns: (ColumnKey | null)[];
  /** Non-empty data rows, numbered as the spreadsheet numbers them. */
  rows: { row: number; cells: Cell[] }[];
}

const fileProblem = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  new DomainError('validation_failed', message, { errors: [{ path: 'content', message, code }], ...extra });

/** What a cell shows: hyperlinked emails, rich text and formula results read as their text. */
function cellOf(value: CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellOf(value.result as CellValue);
  }
  return '';
}

const isBlank = (cells: Cell[]) => cells.every((c) => String(c).trim() === '');

/** The header row is the one of the first five that names the most template columns. */
function buildTable(format: 'xlsx' | 'csv', records: { row: number; cells: Cell[] }[]): ImportTable {
  let best = { index: -1, matched: 0 };
  records.slice(0, 5).forEach((record, index) => {
    const matched = new Set(record.cells.map((c) => columnFor(String(c))).filter(Boolean)).size;
    if (matched > best.matched) best = { index, matched };
  });
  if (best.index < 0 || best.matched < 3) {
    throw fileProblem(
      'no_header_row',
      'No header row with the template’s column names was found in the first five rows',
      {
        missingColumns: COLUMNS.filter((c) => c.required).map((c) => c.header),
      },
    );
  }
  const headerCells = records[best.index]!.cells.map((c) => String(c).trim());
  const seen = new Set<ColumnKey>();
  const columns = headerCells.map((header) => {
    const key = columnFor(header);
    if (!key || seen.has(key)) return null;
    seen.add(key);
    return key;
  });
  const missing = COLUMNS.filter((c) => c.required && !seen.has(c.key)).map((c) => c.header);
  if (missing.length > 0) {
    throw fileProblem('missing_columns', `Required columns are missing: ${missing.join(', ')}`, {
      missingColumns: missing,
    });
  }
  const rows = records.slice(best.index + 1).filter((r) => !isBlank(r.cells));
  if (rows.length === 0) throw fileProblem('no_rows', 'The file has a header row but no students');
  if (rows.length > MAX_ROWS) {
    throw fileProblem(
      'too_many_rows',
      `The file has ${rows.length} rows; at most ${MAX_ROWS} may be imported at once`,
      { maxRows: MAX_ROWS },
    );
  }
  return { format, headers: headerCells, columns, rows };
}

function sheetRecords(sheet: Worksheet): { row: number; cells: Cell[] }[] {
  const records: { row: number; cells: Cell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellOf(cell.value);
    });
    records.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return records;
}

async function readXlsx(bytes: Uint8Array): Promise<ImportTable> {
  const zip = inflateZip(bytes);
  if (!zip.ok && zip.problem === 'too_large') {
    throw new DomainError(
      'upload_too_large',
      `The workbook unzips to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB, far more than a class list; save it ` +
        `again without pictures or extra sheets, or split it`,
      {
        maxUnzippedBytes: MAX_UNZIPPED_BYTES,
      },
    );
  }
  if (!zip.ok) throw fileProblem('unreadable_file', 'The file could not be read as an .xlsx workbook');
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(storedZip(zip.entries) as unknown as ArrayBuffer);
  } catch {
    throw fileProblem('unreadable_file', 'The file could not be read as an .xlsx workbook');
  }
  const sheets = [workbook.getWorksheet(TEMPLATE_SHEET), ...workbook.worksheets].filter((s): s is Worksheet =>
    Boolean(s),
  );
  let firstProblem: unknown;
  for (const sheet of sheets) {
    // A sheet's declared size is known before reading it; refuse a huge one without walking it.
    if (sheet.actualRowCount > MAX_ROWS + 10) {
      throw fileProblem(
        'too_many_rows',
        `The sheet has ${sheet.actualRowCount} rows; at most ${MAX_ROWS} may be imported at once`,
        { maxRows: MAX_ROWS },
      );
    }
    try {
      return buildTable('xlsx', sheetRecords(sheet));
    } catch (error) {
      // A sheet that is not the template's says why; anything else means the workbook is malformed.
      firstProblem ??=
        error instanceof DomainError
          ? error
          : fileProblem('unreadable_file', 'The file could not be read as an .xlsx workbook');
    }
  }
  throw firstProblem ?? fileProblem('no_rows', 'The workbook has no sheets');
}

/**
 * Reads an uploaded file: .xlsx (recognised by its zip signature, whatever its name) or CSV text in
 * any encoding Excel or WPS writes. The old binary .xls cannot be read and says so.
 */
export async function readImportFile(bytes: Uint8Array): Promise<ImportTable> {
  if (bytes.length === 0) throw fileProblem('no_rows', 'The file is empty');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return readXlsx(bytes);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw fileProblem('xls_not_supported', 'Old .xls workbooks cannot be read; save the file as .xlsx or CSV');
  }
  const text = decodeText(bytes);
  if (text.includes('\u0000'))
    throw fileProblem('unreadable_file', 'The file is neither an .xlsx workbook nor CSV text');
  return buildTable(
    'csv',
    parseCsv(text).map((cells, index) => ({ row: index + 1, cells })),
  );
}

/** A row's cells by the field they fill. */
export function cellsByField(table: ImportTable, cells: Cell[]): Partial<Record<ColumnKey, Cell>> {
  const out: Partial<Record<ColumnKey, Cell>> = {};
  table.columns.forEach((key, index) => {
    if (key && cells[index] !== undefined) out[key] = cells[index];
  });
  return out;
}
