/**
 * Finding a template column: by a header as people write it, or by the registration field it fills;
 * and the fill hint the template prints. The columns themselves are in column-table.ts.
 */
import { textCap } from '../cohort-registrations/rules.ts';
import { COLUMN_KEYS, COLUMNS, type ColumnKey, type ColumnSpec } from './column-table.ts';

export {
  COLUMN_KEYS,
  COLUMNS,
  DEGREE_CHOICES,
  degreeChoices,
  type ColumnKey,
  type ColumnSpec,
} from './column-table.ts';

export const COLUMN_BY_KEY = Object.fromEntries(COLUMNS.map((c) => [c.key, c])) as Record<ColumnKey, ColumnSpec>;

const CONTACT_FIELDS: Partial<Record<ColumnKey, string>> = {
  emergencyName: 'emergencyContact.name',
  emergencyPhone: 'emergencyContact.phone',
  emergencyRelation: 'emergencyContact.relation',
};

/** The registration field a column fills, as a dotted path of the form's schema. */
export const fieldOf = (key: ColumnKey): string => CONTACT_FIELDS[key] ?? key;

const COLUMN_OF_FIELD = new Map(COLUMN_KEYS.map((key) => [fieldOf(key), key]));

/**
 * How to fill a column, as the template prints it: the column's hint, and for free text the longest
 * its field's rule takes (digit strings and fixed choices say their own length).
 */
export function fillHint(column: ColumnSpec): string {
  const cap = column.text || column.choices ? undefined : textCap(fieldOf(column.key));
  return cap ? `${column.hint}（最多 ${cap} 个字）` : column.hint;
}

/** The column that fills a field, if any. */
export const columnOfField = (path: string): ColumnKey | undefined => COLUMN_OF_FIELD.get(path);

/**
 * Headers compare after NFKC (full-width letters, digits and brackets become ordinary ones), without
 * spaces, required-field stars or a bracketed hint such as “学历层次（硕士/博士）”.
 */
export function headerKey(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[\s*＊:：]/g, '')
    .toLowerCase();
}

const LOOKUP = new Map<string, ColumnKey>();
for (const column of COLUMNS) {
  for (const label of [column.header, ...column.aliases]) LOOKUP.set(headerKey(label), column.key);
}

/** The field a header names, if any. */
export function columnFor(raw: string): ColumnKey | undefined {
  return LOOKUP.get(headerKey(raw));
}
