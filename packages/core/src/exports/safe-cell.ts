import type { CellValue, Workbook } from 'exceljs';

/**
 * Spreadsheet programs treat text that starts with one of these as a formula (or, for tab and CR, as
 * a cell break some importers follow with a formula): `=HYPERLINK(…)` typed into a public form would
 * run on an organiser's machine when a CSV is opened, or after a copy and paste out of a workbook.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text as it may safely sit in a cell: a leading apostrophe keeps it text in every program (Excel,
 * WPS, LibreOffice, Numbers). Only strings are touched, so a negative amount stays a number cell;
 * a phone typed as +86… becomes '+86…, which is what was meant anyway.
 */
export function safeCell<T>(value: T): T {
  return (typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value) as T;
}

function safeValue(value: CellValue): CellValue {
  if (typeof value === 'string') return safeCell(value);
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  // Rich text shows its runs one after another, so only the first run starts the cell.
  if ('richText' in value && value.richText.length > 0) {
    const [first, ...rest] = value.richText;
    return { ...value, richText: [{ ...first!, text: safeCell(first!.text) }, ...rest] };
  }
  if ('hyperlink' in value && typeof value.text === 'string') return { ...value, text: safeCell(value.text) };
  // Formulas we wrote ourselves, numbers, booleans, dates and errors are left as they are.
  return value;
}

/**
 * Every text cell of every sheet through `safeCell`, just before the workbook is written: one pass at
 * the one place workbooks become files, so no builder (today's or a new one) can forget it.
 */
export function neutraliseFormulas(workbook: Workbook): void {
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const safe = safeValue(cell.value);
        if (safe !== cell.value) cell.value = safe;
      });
    });
  });
}
