/** The registration template's columns, one entry each: header, the other headers it answers to, hint, width, refusal wording. */
import type { DegreeLevel } from '../cohort-registrations/rules.ts';
import { NOTE_FIELD_NAMES, NOTE_FIELDS } from '../cohort-registrations/note-fields.ts';

/**
 * The columns of the registration template. Each column names the registration field it fills, the
 * header printed in the template, other headers people write for the same thing (so a university's
 * own sheet works without renaming columns), and how to fill it, printed on the instructions sheet.
 * What a value must be is the field's rule, shared with the form (cohort-registrations/rules.ts);
 * a column only says, in the coordinator's words, why a value its rule refused is wrong.
 */
export const COLUMN_KEYS = [
  'name',
  'gender',
  'nationalId',
  'phone',
  'email',
  'degreeLevel',
  'major',
  'discipline',
  'studyYear',
  'supervisor',
  'hometown',
  'hometownCounty',
  'fromRegion',
  ...NOTE_FIELD_NAMES,
  'emergencyName',
  'emergencyPhone',
  'emergencyRelation',
] as const;

export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface ColumnSpec {
  key: ColumnKey;
  header: string;
  aliases: string[];
  required: boolean;
  hint: string;
  width: number;
  /** Values offered as a drop-down list in the template. */
  choices?: string[];
  /** Kept as text so Excel does not turn long digit strings into rounded numbers. */
  text?: boolean;
  /** Why a value the field's rule does not take is refused, given the cell as typed. */
  invalid?: { reason?: 'invalid_phone' | 'invalid_email'; message: (value: string) => string };
}

const notMobile = (header: string) => ({
  reason: 'invalid_phone' as const,
  message: (value: string) => `${header}“${value}”不是 11 位大陆手机号`,
});
const fixed = (message: string) => ({ message: () => message });

export const DEGREE_CHOICES = ['硕士', '博士', '本科'];

const DEGREE_WORD: Record<DegreeLevel, string> = { master: '硕士', phd: '博士', bachelor: '本科' };

/**
 * The degree levels a cohort takes, as the template's drop-down offers them: a level the cohort
 * refuses would only come back as a rejected row. No levels given means every level.
 */
export function degreeChoices(levels?: readonly DegreeLevel[]): string[] {
  if (!levels?.length) return DEGREE_CHOICES;
  return DEGREE_CHOICES.filter((word) => levels.some((level) => DEGREE_WORD[level] === word));
}

export const COLUMNS: ColumnSpec[] = [
  {
    key: 'name',
    header: '姓名',
    aliases: ['学生姓名', '名字', 'name'],
    required: true,
    hint: '与身份证一致',
    width: 12,
  },
  {
    key: 'gender',
    header: '性别',
    aliases: ['gender'],
    required: false,
    hint: '男 或 女；不填则按身份证号判断',
    width: 8,
    choices: ['男', '女'],
    invalid: fixed('性别请填“男”或“女”'),
  },
  {
    key: 'nationalId',
    header: '身份证号',
    aliases: ['身份证号码', '身份证', '公民身份号码', '证件号码', 'nationalid'],
    required: true,
    hint: '18 位，末位可为 X；请保持“文本”格式，否则 Excel 会把后几位改成 0',
    width: 22,
    text: true,
  },
  {
    key: 'phone',
    header: '手机号',
    aliases: ['手机号码', '手机', '联系电话', '电话', 'phone', 'mobile'],
    required: true,
    hint: '11 位大陆手机号',
    width: 15,
    text: true,
    invalid: notMobile('手机号'),
  },
  {
    key: 'email',
    header: '邮箱',
    aliases: ['电子邮箱', '电子邮件', 'email', 'e-mail'],
    required: true,
    hint: '常用邮箱',
    width: 24,
    invalid: { reason: 'invalid_email', message: (value) => `邮箱“${value}”格式不正确` },
  },
  {
    key: 'degreeLevel',
    header: '学历层次',
    aliases: ['学历', '在读学历', '培养层次', 'degree'],
    required: true,
    hint: '硕士 或 博士（本批次接受的层次见报名通知）',
    width: 10,
    choices: DEGREE_CHOICES,
    invalid: fixed('学历层次请填“硕士”或“博士”'),
  },
  {
    key: 'major',
    header: '专业',
    aliases: ['所学专业', '专业名称', 'major'],
    required: true,
    hint: '如：计算机科学与技术',
    width: 18,
  },
  {
    key: 'discipline',
    header: '学科门类',
    aliases: ['学科', '一级学科', 'discipline'],
    required: true,
    hint: '如：工学、理学、农学、医学、管理学',
    width: 12,
  },
  {
    key: 'studyYear',
    header: '年级',
    aliases: ['在读年级', '年级（数字）', 'year'],
    required: true,
    hint: '在读第几年，填 1–8 的数字（如 研二 填 2）',
    width: 8,
    text: true,
    invalid: fixed('年级请填 1–8 的数字，如研二填 2'),
  },
  {
    key: 'supervisor',
    header: '校内导师',
    aliases: ['导师', '导师姓名', '指导教师', 'supervisor'],
    required: true,
    hint: '在校导师姓名',
    width: 12,
  },
  {
    key: 'hometown',
    header: '籍贯',
    aliases: ['生源地', '户籍', 'hometown'],
    required: true,
    hint: '省 市，如：新疆阿克苏',
    width: 16,
  },
  {
    key: 'hometownCounty',
    header: '籍贯县市',
    aliases: ['县市', '籍贯县', 'county'],
    required: false,
    hint: '阿克苏籍请填县市，如：库车市',
    width: 12,
  },
  {
    key: 'fromRegion',
    header: '是否阿克苏籍',
    aliases: ['阿克苏籍', '是否阿克苏生源', '是否本地生源'],
    required: true,
    hint: '是 或 否',
    width: 12,
    choices: ['是', '否'],
    invalid: fixed('是否阿克苏籍请填“是”或“否”'),
  },
  ...NOTE_FIELD_NAMES.map((key) => {
    const { header, aliases, hint, width } = NOTE_FIELDS[key];
    return { key, header, aliases: [...aliases], required: false, hint, width };
  }),
  { key: 'emergencyName', header: '紧急联系人', aliases: ['紧急联系人姓名'], required: true, hint: '姓名', width: 12 },
  {
    key: 'emergencyPhone',
    header: '紧急联系电话',
    aliases: ['紧急联系人电话', '紧急联系人手机', '紧急联系人手机号'],
    required: true,
    hint: '11 位大陆手机号',
    width: 15,
    text: true,
    invalid: notMobile('紧急联系电话'),
  },
  {
    key: 'emergencyRelation',
    header: '与紧急联系人关系',
    aliases: ['紧急联系人关系', '关系'],
    required: false,
    hint: '如：父亲、母亲、配偶',
    width: 14,
  },
];
