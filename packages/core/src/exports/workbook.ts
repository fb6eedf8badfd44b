import type { Workbook, Worksheet } from 'exceljs';
import { neutraliseFormulas } from './safe-cell.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A spreadsheet ready to send: the name people see, an ASCII one for clients that ignore `filename*`. */
export interface SpreadsheetFile {
  filename: string;
  asciiFilename: string;
  body: Uint8Array;
}

/** Two decimals with thousands separators: how yuan amounts are read in a report. */
export const YUAN_FORMAT = '#,##0.00';

/**
 * Amounts are kept as integer fen everywhere; only the spreadsheet cell holds yuan, because a
 * number cell (not text) is what lets people sum and chart the column in Excel or WPS.
 */
export const yuan = (fen: number) => fen / 100;

/**
 * exceljs is loaded on the first export, not with the module: it is large, and every other request
 * (and every Lambda cold start) would pay for parsing it. It is CommonJS, so Node hands the module
 * object over as `default`; bundlers may give it either way.
 */
export async function newWorkbook(): Promise<Workbook> {
  const mod = (await import('exceljs')) as unknown as typeof import('exceljs') & { default?: typeof import('exceljs') };
  const workbook = new (mod.default ?? mod).Workbook();
  workbook.creator = '才聚阿克苏人才工作平台';
  workbook.created = new Date();
  return workbook;
}

export interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

/** A sheet with a bold, frozen, filterable header row. */
export function addSheet(workbook: Workbook, name: string, columns: Column[]): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    key: String(i),
    header: c.header,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** Every workbook becomes a file here, and every text cell in it is made safe from formula evaluation first. */
export async function toFile(workbook: Workbook, filename: string, asciiFilename: string): Promise<SpreadsheetFile> {
  neutraliseFormulas(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    filename: `${safeName(filename)}.xlsx`,
    asciiFilename: `${safeName(asciiFilename)}.xlsx`,
    body: new Uint8Array(buffer as ArrayBuffer),
  };
}

/** Titles are free text; characters Windows refuses in file names would make the download fail to save. */
const safeName = (name: string) =>
  name
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among those Windows refuses.
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
    .trim()
    .slice(0, 150);
