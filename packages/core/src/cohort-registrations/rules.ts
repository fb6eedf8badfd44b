import { cleanName, nameSchema } from '../names.ts';
import { z } from '../schema.ts';
import { emailAddressSchema } from '../emails.ts';
import { universityIdSchema } from '../fields.ts';
import { perNote } from './note-fields.ts';

/**
 * What people type and spreadsheets carry: full-width letters and digits from Chinese input
 * methods, ideographic spaces, stray and doubled spaces, phones written as "138 1234 5678" or with
 * +86, degree levels and yes/no in Chinese. Normalising before validation means a student is
 * refused only for what is really wrong, and the same way whether typed into the form or imported.
 */
export function halfWidth(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Half-width, then the names normaliser: invisible and bidirectional marks go before spaces collapse. */
export function cleanText(value: string): string {
  return cleanName(halfWidth(value));
}

/** Middle dots people type between the parts of a transliterated (e.g. Uyghur) name. */
const NAME_DOTS = /[\u2022\u2027\u2219\u30FB\uFF65\u0387]|(?<=\p{Script=Han})\s*\.\s*(?=\p{Script=Han})/gu;

/** A person's name: "张 三" (spaced to line up in a list) is 张三, and 买买提•艾力 takes one kind of dot. */
export function personName(value: string): string {
  return cleanText(value)
    .replace(NAME_DOTS, '·')
    .replace(/\s*·\s*/g, '·')
    .replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
}

/** Spaces, dashes and brackets go, and a +86, 86 or 0086 country prefix before an 11-digit mobile. */
export function normalisePhone(value: string): string {
  const compact = halfWidth(value).replace(/[\s\-()（）]/g, '');
  return compact.replace(/^(\+?86|0086)(?=1\d{10}$)/, '');
}

export function normaliseEmail(value: string): string {
  return cleanText(value).replace(/\s/g, '').toLowerCase();
}

export const DEGREE_LEVELS = ['master', 'phd', 'bachelor'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

const DEGREE_SPELLINGS: Record<DegreeLevel, string[]> = {
  master: ['master', 'masters', '硕士', '硕士研究生', '硕士生', '研究生', '硕'],
  phd: ['phd', 'doctor', 'doctoral', '博士', '博士研究生', '博士生', '博'],
  bachelor: ['bachelor', '本科', '本科生', '学士'],
};
const DEGREE_WORDS = new Map(
  Object.entries(DEGREE_SPELLINGS).flatMap(([level, words]) => words.map((word) => [word, level] as const)),
);

export function normaliseDegreeLevel(value: string): string {
  const key = cleanText(value)
    .toLowerCase()
    .replace(/['’.\s]/g, '');
  return DEGREE_WORDS.get(key) ?? key;
}

const YES = new Set(['true', 'yes', 'y', '1', '是', '对', '√', '✓']);
const NO = new Set(['false', 'no', 'n', '0', '否', '不是', '×', '✗']);

export function normaliseBoolean(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const key = cleanText(value).toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return value;
}

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8 };

/** 2, "2", "研二", "博三", "二年级", "2年级" all mean the second year; the schema holds it to 1–8. */
export function normaliseYear(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const year = cleanText(value)
    .replace(/^(研|博|硕|大)/, '')
    .replace(/(年级|年)$/, '');
  if (/^\d{1,2}$/.test(year)) return Number(year);
  return CHINESE_DIGITS[year] ?? value;
}

export function normaliseGender(value: string): string {
  const key = cleanText(value).toLowerCase();
  if (['男', 'male', 'm'].includes(key)) return 'male';
  if (['女', 'female', 'f'].includes(key)) return 'female';
  return key;
}

interface Rule<S extends z.ZodType = z.ZodType> {
  /** Applied to the value as received; `undefined` leaves the field out. */
  clean: (value: unknown) => unknown;
  schema: S;
}

const rule = <S extends z.ZodType>(clean: Rule['clean'], schema: S): Rule<S> => ({ clean, schema });
/** A string normaliser; any other value is left for the schema to refuse. */
const ofText = (clean: (value: string) => unknown) => (value: unknown) =>
  typeof value === 'string' ? clean(value) : value;
/** An optional field left empty is a field left out. */
const orAbsent = (clean: (value: string) => unknown) =>
  ofText((value) => (cleanText(value) === '' ? undefined : clean(value)));

const MOBILE = /^1[3-9]\d{9}$/;
const mobile = () => z.string().regex(MOBILE, { error: 'Enter an 11-digit mainland mobile number' });
const text = (max: number) => z.string().trim().min(1).max(max);

type Rules = Record<string, Rule>;
type Shape<R extends Rules> = { [K in keyof R]: R[K]['schema'] };

/** The schemas of a group of rules, as an object shape. */
export function shapeOf<R extends Rules>(rules: R): Shape<R> {
  return Object.fromEntries(Object.entries(rules).map(([key, r]) => [key, r.schema])) as Shape<R>;
}

/** Each field of a group through its rule; fields without a rule are cleaned as text and kept for the strict check. */
export function cleanFields(rules: Rules, raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null) continue;
    const cleaned = (rules[key]?.clean ?? ofText(cleanText))(value);
    if (cleaned !== undefined) out[key] = cleaned;
  }
  return out;
}

const isFields = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

const CONTACT_RULES = {
  name: rule(ofText(personName), nameSchema(1, 60)),
  phone: rule(ofText(normalisePhone), mobile()),
  relation: rule(orAbsent(cleanText), text(30).optional()),
};

/**
 * The one rule of each field of a registration: how its value is normalised and what it must then
 * be (type, format, choices, length). The form and the import both go through these, so a student
 * is accepted or refused the same way by either.
 */
export const REGISTRATION_RULES = {
  rowKey: rule(
    orAbsent(cleanText),
    z.string().max(200).optional().openapi({ description: 'Caller-chosen key of an imported row' }),
  ),
  universityId: rule(
    orAbsent(cleanText),
    universityIdSchema.optional().openapi({ description: "Organisers only; a coordinator's own university otherwise" }),
  ),
  name: rule(ofText(personName), nameSchema(1, 60)),
  gender: rule(
    orAbsent(normaliseGender),
    z.enum(['male', 'female']).optional().openapi({ description: 'Read from the national ID when left out' }),
  ),
  nationalId: rule(ofText(cleanText), z.string().max(40)),
  phone: rule(ofText(normalisePhone), mobile()),
  email: rule(ofText(normaliseEmail), emailAddressSchema),
  degreeLevel: rule(ofText(normaliseDegreeLevel), z.enum(DEGREE_LEVELS)),
  major: rule(ofText(cleanText), text(120)),
  discipline: rule(ofText(cleanText), text(120)),
  studyYear: rule(normaliseYear, z.number().int().min(1).max(8)),
  supervisor: rule(ofText(personName), nameSchema(1, 60)),
  hometown: rule(ofText(cleanText), text(120)),
  hometownCounty: rule(orAbsent(cleanText), text(60).optional()),
  fromRegion: rule(normaliseBoolean, z.boolean().openapi({ description: 'Native of the prefecture' })),
  ...perNote((_, { max }) => rule(orAbsent(cleanText), text(max).optional())),
  emergencyContact: rule(
    (value) => (isFields(value) ? cleanFields(CONTACT_RULES, value) : value),
    z.strictObject(shapeOf(CONTACT_RULES)),
  ),
  consent: rule(
    normaliseBoolean,
    z.literal(true, { error: 'The student must consent to the processing of their data' }),
  ),
};

/** What a field's rule found wrong, independent of the words any audience reads. */
export type FieldProblem = { code: 'missing' } | { code: 'too_long'; max: number } | { code: 'invalid' };

/**
 * The problem a schema issue stands for, judged on the normalised row it was raised on: an empty
 * value is missing whatever check caught it, a string over its maximum is too long, and anything
 * else (a format, a choice, a range) is not a value the field takes.
 */
export function fieldProblem(issue: z.core.$ZodIssue, row: Record<string, unknown>): FieldProblem {
  const value = issue.path.reduce<unknown>((at, key) => (isFields(at) ? at[String(key)] : undefined), row);
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return { code: 'missing' };
  if (issue.code === 'too_big' && issue.origin === 'string') return { code: 'too_long', max: Number(issue.maximum) };
  return { code: 'invalid' };
}

/** The longest text the rule of a field (a dotted path) takes, for help texts to say before anyone is refused. */
export function textCap(path: string): number | undefined {
  const [field, ...nested] = path.split('.');
  let schema: z.ZodType | undefined = REGISTRATION_RULES[field as keyof typeof REGISTRATION_RULES]?.schema;
  for (const key of nested) {
    schema = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>)[key] : undefined;
  }
  if (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
  return schema instanceof z.ZodString ? (schema.maxLength ?? undefined) : undefined;
}
