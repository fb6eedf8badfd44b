import { nationalIdGender, nationalIdProblem, normaliseNationalId, type NationalIdProblem } from '../personal/national-id.ts';
import { COLUMNS, type ColumnKey } from './columns.ts';

/** A cell as read from the file: text, or a number when a spreadsheet stored the cell as one. */
export type Cell = string | number;

export type DegreeLevel = 'bachelor' | 'master' | 'phd';

/** One student as the registration write path takes them. */
export interface StudentRow {
  name: string;
  gender: 'male' | 'female';
  nationalId: string;
  phone: string;
  email: string;
  degreeLevel: DegreeLevel;
  major: string;
  discipline: string;
  studyYear: number;
  supervisor: string;
  hometown: string;
  hometownCounty?: string;
  fromRegion: boolean;
  dietaryNotes?: string;
  healthNotes?: string;
  emergencyContact: { name: string; phone: string; relation?: string };
}

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

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Middle dots people type between the parts of a transliterated (e.g. Uyghur) name. */
const NAME_DOTS = /[\u2022\u2027\u2219\u30FB\uFF65\u0387]|(?<=\p{Script=Han})\s*[.．]\s*(?=\p{Script=Han})/gu;

/** Full-width letters and digits become ordinary ones, the ideographic space a space, runs of spaces one. */
export function cleanText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  return String(cell).normalize('NFKC').replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

/** "张 三" is 张三; "Ali  Ahmad" keeps one space; the many dots of 买买提•艾力 become one kind. */
export function cleanName(cell: Cell | undefined): string {
  return cleanText(cell)
    .replace(NAME_DOTS, '·')
    .replace(/\s*·\s*/g, '·')
    .replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
}

/** Mainland mobile: 11 digits from 1[3-9], after dropping +86/0086, spaces, dashes and brackets. */
export function cleanPhone(cell: Cell | undefined): string {
  return cleanText(cell).replace(/[\s\-()]/g, '').replace(/^(\+86|0086)/, '');
}

export const MOBILE = /^1[3-9]\d{9}$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

const DEGREES: Record<string, DegreeLevel> = {
  硕士: 'master',
  硕士研究生: 'master',
  硕士生: 'master',
  研究生: 'master',
  硕: 'master',
  master: 'master',
  博士: 'phd',
  博士研究生: 'phd',
  博士生: 'phd',
  博: 'phd',
  phd: 'phd',
  本科: 'bachelor',
  本科生: 'bachelor',
  学士: 'bachelor',
  bachelor: 'bachelor',
};

export const DEGREE_NAMES: Record<DegreeLevel, string> = { bachelor: '本科', master: '硕士', phd: '博士' };

const YES = new Set(['是', 'yes', 'y', 'true', '1', '√', '✓', '对']);
const NO = new Set(['否', 'no', 'n', 'false', '0', '×', '✗', '不是']);

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8 };

/** 2, "2", "研二", "博三", "二年级", "2年级" all mean the second year. */
export function parseStudyYear(cell: Cell | undefined): number | undefined {
  const text = cleanText(cell).replace(/^(研|博|硕|大)/, '').replace(/年级$/, '');
  const n = /^\d+$/.test(text) ? Number(text) : CHINESE_DIGITS[text];
  return n !== undefined && n >= 1 && n <= 8 ? n : undefined;
}

export const NATIONAL_ID_REASONS: Record<NationalIdProblem, string> = {
  format: '身份证号应为 18 位：17 位数字加 1 位数字或 X',
  birth_date: '身份证号中的出生日期不存在，请核对',
  checksum: '身份证号校验位不符，可能有输错的数字，请核对',
};

const LIMITS: Partial<Record<ColumnKey, number>> = { dietaryNotes: 200, healthNotes: 200, email: 254 };
const DEFAULT_LIMIT = 60;

/**
 * Turns one row's cells into a student, or into every problem the coordinator must fix, each naming
 * the column by its template header. All problems of a row are reported at once, so one round of
 * corrections is enough.
 */
export function normaliseRow(cells: Partial<Record<ColumnKey, Cell>>, eligible: readonly DegreeLevel[]): NormalisedRow {
  const problems: RowProblem[] = [];
  const problem = (column: ColumnKey, reason: RowReason, message: string) => problems.push({ column, reason, message });
  const text: Partial<Record<ColumnKey, string>> = {};
  for (const column of COLUMNS) {
    const value = column.key === 'name' || column.key === 'emergencyName' || column.key === 'supervisor' ? cleanName(cells[column.key]) : cleanText(cells[column.key]);
    if (value === '') {
      if (column.required) problem(column.key, 'missing_field', `缺少${column.header}`);
      continue;
    }
    const limit = LIMITS[column.key] ?? DEFAULT_LIMIT;
    if (value.length > limit) problem(column.key, 'invalid_value', `${column.header}过长（最多 ${limit} 个字）`);
    text[column.key] = value;
  }

  let nationalId = '';
  const rawId = cells.nationalId;
  if (typeof rawId === 'number' || /^\d(\.\d+)?E\+\d+$/i.test(text.nationalId ?? '')) {
    problem('nationalId', 'invalid_national_id', '身份证号被 Excel 存成了数字，后几位已丢失：请把该列设为“文本”后重新填写');
  } else if (text.nationalId) {
    nationalId = normaliseNationalId(text.nationalId);
    const idProblem = nationalIdProblem(nationalId);
    if (idProblem) problem('nationalId', 'invalid_national_id', NATIONAL_ID_REASONS[idProblem]);
  }
  const idValid = nationalId !== '' && !problems.some((p) => p.column === 'nationalId');

  let gender: 'male' | 'female' | undefined;
  if (text.gender) {
    gender = /^(男|male|m)$/i.test(text.gender) ? 'male' : /^(女|female|f)$/i.test(text.gender) ? 'female' : undefined;
    if (!gender) problem('gender', 'invalid_value', '性别请填“男”或“女”');
    else if (idValid && nationalIdGender(nationalId) !== gender) problem('gender', 'invalid_value', '性别与身份证号不符，请核对');
  } else if (idValid) {
    gender = nationalIdGender(nationalId);
  }
  // With neither a gender nor a usable ID, the ID's own problem is the one to fix first.

  const phone = cleanPhone(text.phone);
  if (text.phone && !MOBILE.test(phone)) problem('phone', 'invalid_phone', `手机号“${text.phone}”不是 11 位大陆手机号`);
  const email = (text.email ?? '').replace(/\s/g, '').toLowerCase();
  if (text.email && !EMAIL.test(email)) problem('email', 'invalid_email', `邮箱“${text.email}”格式不正确`);

  const degreeLevel = text.degreeLevel ? DEGREES[text.degreeLevel.toLowerCase().replace(/\s/g, '')] : undefined;
  if (text.degreeLevel && !degreeLevel) problem('degreeLevel', 'invalid_value', '学历层次请填“硕士”或“博士”');
  else if (degreeLevel && !eligible.includes(degreeLevel)) {
    problem('degreeLevel', 'not_eligible', `本批次只接受${eligible.map((d) => DEGREE_NAMES[d]).join('、')}，此行为${DEGREE_NAMES[degreeLevel]}`);
  }

  const studyYear = text.studyYear ? parseStudyYear(text.studyYear) : undefined;
  if (text.studyYear && studyYear === undefined) problem('studyYear', 'invalid_value', '年级请填 1–8 的数字，如研二填 2');

  const fromRegionText = text.fromRegion?.toLowerCase();
  const fromRegion = fromRegionText === undefined ? undefined : YES.has(fromRegionText) ? true : NO.has(fromRegionText) ? false : undefined;
  if (text.fromRegion && fromRegion === undefined) problem('fromRegion', 'invalid_value', '是否阿克苏籍请填“是”或“否”');

  const emergencyPhone = cleanPhone(text.emergencyPhone);
  if (text.emergencyPhone && !MOBILE.test(emergencyPhone)) {
    problem('emergencyPhone', 'invalid_phone', `紧急联系电话“${text.emergencyPhone}”不是 11 位大陆手机号`);
  }

  if (problems.length > 0 || !gender || !degreeLevel || studyYear === undefined || fromRegion === undefined) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    student: {
      name: text.name!,
      gender,
      nationalId,
      phone,
      email,
      degreeLevel,
      major: text.major!,
      discipline: text.discipline!,
      studyYear,
      supervisor: text.supervisor!,
      hometown: text.hometown!,
      ...(text.hometownCounty ? { hometownCounty: text.hometownCounty } : {}),
      fromRegion,
      ...(text.dietaryNotes ? { dietaryNotes: text.dietaryNotes } : {}),
      ...(text.healthNotes ? { healthNotes: text.healthNotes } : {}),
      emergencyContact: {
        name: text.emergencyName!,
        phone: emergencyPhone,
        ...(text.emergencyRelation ? { relation: text.emergencyRelation } : {}),
      },
    },
  };
}

/** The most important problem decides the row's reason code; the message lists them all. */
export function summarise(problems: RowProblem[]): { reason: RowReason; message: string } {
  const order: RowReason[] = ['missing_field', 'invalid_national_id', 'invalid_phone', 'invalid_email', 'not_eligible', 'invalid_value'];
  const first = [...problems].sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason))[0]!;
  return { reason: first.reason, message: problems.map((p) => p.message).join('；') };
}
