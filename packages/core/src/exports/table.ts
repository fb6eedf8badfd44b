import type { CellValue, Workbook, Worksheet } from 'exceljs';
import type { DEGREE_LEVELS } from '../events/registration.entity.ts';
import { DEGREE_LABELS } from './labels.ts';
import { addSheet, type Column } from './workbook.ts';

/** A column with the way a row fills it, side by side, so a header cannot drift away from its values. */
export interface TableColumn<T> extends Column {
  value: (row: T) => CellValue;
}

/** A sheet with one row per item, each cell read by its column. */
export function addTable<T>(workbook: Workbook, name: string, columns: TableColumn<T>[], rows: Iterable<T>): Worksheet {
  const sheet = addSheet(workbook, name, columns);
  for (const row of rows) sheet.addRow(columns.map((column) => column.value(row)));
  return sheet;
}

interface Person {
  name: string;
  universityName?: string;
  degreeLevel: (typeof DEGREE_LEVELS)[number];
  major: string;
  graduationYear: number;
  phone: string;
  email: string;
}

/** Who someone is, read the same way in the lead list and in an event's attendance sheet. */
export const PERSON_COLUMNS: TableColumn<Person>[] = [
  { header: '姓名', width: 12, value: (p) => p.name },
  { header: '院校', width: 24, value: (p) => p.universityName ?? null },
  { header: '学历', width: 8, value: (p) => DEGREE_LABELS[p.degreeLevel] },
  { header: '专业', width: 24, value: (p) => p.major },
  { header: '毕业年份', width: 10, value: (p) => p.graduationYear },
  // Text, so the number is never shown in scientific notation or summed.
  { header: '手机', width: 14, value: (p) => p.phone },
  { header: '邮箱', width: 30, value: (p) => p.email },
];
