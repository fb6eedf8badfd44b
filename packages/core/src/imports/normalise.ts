import { RegistrationRow } from '../cohort-registrations/cohort-registrations.schema.ts';
import { normaliseRow as normaliseFields } from '../cohort-registrations/normalise.ts';
import {
  cleanText,
  fieldProblem,
  personName,
  type DegreeLevel,
  type FieldProblem,
} from '../cohort-registrations/rules.ts';
import type { z } from '../schema.ts';
import {
  nationalIdGender,
  nationalIdProblem,
  normaliseNationalId,
  type NationalIdProblem,
} from '../personal/national-id.ts';
import { COLUMN_BY_KEY, COLUMN_KEYS, columnOfField, fieldOf, type ColumnKey } from './columns.ts';

export type { DegreeLevel };

/** A cell as read from the file: text, or a number when a spreadsheet stored the cell as one. */
export type Cell = string | number;

type Registration = z.output<typeof RegistrationRow>;

/** One student as the registration write path takes them: a registration less what the upload supplies. */
export type StudentRow = Omit<Registration, 'rowKey' | 'universityId' | 'consent' | 'gender'> & {
  gender: 'male' | 'female';
};

/** Why a row cannot be registered; the code is stable, the message is what the coordinator reads. */
export type RowReason =
  | 'missing_field'
  | 'invalid_phone'
  | 'invalid_national_id'
  | 'invalid_email'
  | 'invalid_value'
  | 'not_eligible'
  | 'duplicate_in_file'
  | 'duplicate_person'
  | 'quota_exceeded'
  | 'registration_closed'
  | 'rejected';

export interface RowProblem {
  column: ColumnKey;
  reason: RowReason;
  message: string;
}

export type NormalisedRow = { ok: true; student: StudentRow } | { ok: false; problems: RowProblem[] };

/** A cell as text, with the registration rules' width folding and spacing. */
export const cellText = (cell: Cell | undefined): string => (cell === undefined ? '' : cleanText(String(cell)));

/** A cell holding a person's name, normalised by the registration rules' name rule. */
export const cellName = (cell: Cell | undefined): string => (cell === undefined ? '' : personName(String(cell)));

export const DEGREE_NAMES: Record<DegreeLevel, string> = { bachelor: '本科', master: '硕士', phd: '博士' };

export const NATIONAL_ID_REASONS: Record<NationalIdProblem, string> = {
  format: '身份证号应为 18 位：17 位数字加 1 位数字或 X',
  birth_date: '身份证号中的出生日期不存在，请核对',
  checksum: '身份证号校验位不符，可能有输错的数字，请核对',
};

/** A field rule's problem, said of the column in the coordinator's words. */
function columnProblem(column: ColumnKey, problem: FieldProblem, typed: string): RowProblem {
  const { header, invalid } = COLUMN_BY_KEY[column];
  switch (problem.code) {
    case 'missing':
      return { column, reason: 'missing_field', message: `缺少${header}` };
    case 'too_long':
      return { column, reason: 'invalid_value', message: `${header}过长（最多 ${problem.max} 个字）` };
    case 'invalid':
      return {
        column,
        reason: invalid?.reason ?? 'invalid_value',
        message: invalid?.message(typed) ?? `${header}填写有误`,
      };
  }
}

/** The row as the form would submit it: each column's cell at its field, and the upload's consent. */
function asRegistration(cells: Partial<Record<ColumnKey, Cell>>): Record<string, unknown> {
  const contact: Record<string, unknown> = {};
  const raw: Record<string, unknown> = { emergencyContact: contact, consent: true };
  for (const key of COLUMN_KEYS) {
    const cell = cells[key];
    if (cell === undefined) continue;
    const [field, nested] = fieldOf(key).split('.') as [string, string | undefined];
    if (nested) contact[nested] = String(cell);
    else raw[field] = String(cell);
  }
  return raw;
}

/** Excel turned a long digit string into a number: the trailing digits are gone for good. */
const storedAsNumber = (cell: Cell | undefined) =>
  typeof cell === 'number' || /^\d(\.\d+)?E\+\d+$/i.test(cellText(cell));

/**
 * Turns one row's cells into a student, or into every problem the coordinator must fix, each naming
 * the column by its template header. The row is checked as the form's registration, field by field
 * by the same rules; then against the national ID and the cohort, as the write path will. All
 * problems of a row are reported at once, so one round of corrections is enough.
 */
export function normaliseRow(cells: Partial<Record<ColumnKey, Cell>>, eligible: readonly DegreeLevel[]): NormalisedRow {
  const fields = normaliseFields(asRegistration(cells));
  const parsed = RegistrationRow.safeParse(fields);
  const problems: RowProblem[] = [];
  for (const issue of parsed.error?.issues ?? []) {
    const column = columnOfField(issue.path.join('.'));
    if (!column) throw new Error(`No import column for the registration field ${issue.path.join('.')}`);
    problems.push(columnProblem(column, fieldProblem(issue, fields), cellText(cells[column])));
  }
  const accepted = (column: ColumnKey) => !problems.some((p) => p.column === column);
  const problem = (column: ColumnKey, reason: RowReason, message: string) => problems.push({ column, reason, message });

  const nationalId = normaliseNationalId(typeof fields.nationalId === 'string' ? fields.nationalId : '');
  if (storedAsNumber(cells.nationalId)) {
    problem(
      'nationalId',
      'invalid_national_id',
      '身份证号被 Excel 存成了数字，后几位已丢失：请把该列设为“文本”后重新填写',
    );
  } else if (nationalId === '') {
    problem('nationalId', 'missing_field', `缺少${COLUMN_BY_KEY.nationalId.header}`);
  } else if (accepted('nationalId')) {
    const idProblem = nationalIdProblem(nationalId);
    if (idProblem) problem('nationalId', 'invalid_national_id', NATIONAL_ID_REASONS[idProblem]);
  }
  // With neither a gender nor a usable ID, the ID's own problem is the one to fix first.
  const idGender = accepted('nationalId') ? nationalIdGender(nationalId) : undefined;
  if (accepted('gender') && fields.gender !== undefined && idGender && fields.gender !== idGender) {
    problem('gender', 'invalid_value', '性别与身份证号不符，请核对');
  }
  const degreeLevel = fields.degreeLevel as DegreeLevel;
  if (accepted('degreeLevel') && !eligible.includes(degreeLevel)) {
    const names = eligible.map((d) => DEGREE_NAMES[d]).join('、');
    problem('degreeLevel', 'not_eligible', `本批次只接受${names}，此行为${DEGREE_NAMES[degreeLevel]}`);
  }

  if (!parsed.success || problems.length > 0 || !idGender) {
    const order = (p: RowProblem) => COLUMN_KEYS.indexOf(p.column);
    return { ok: false, problems: problems.sort((a, b) => order(a) - order(b)) };
  }
  const { rowKey: _k, universityId: _u, consent: _c, ...student } = parsed.data;
  return { ok: true, student: { ...student, nationalId, gender: idGender } };
}

/** The most important problem decides the row's reason code; the message lists them all. */
export function summarise(problems: RowProblem[]): { reason: RowReason; message: string } {
  const order: RowReason[] = [
    'missing_field',
    'invalid_national_id',
    'invalid_phone',
    'invalid_email',
    'not_eligible',
    'invalid_value',
  ];
  const first = [...problems].sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason))[0]!;
  return { reason: first.reason, message: problems.map((p) => p.message).join('；') };
}
