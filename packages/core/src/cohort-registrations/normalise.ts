import { cleanName } from '../names.ts';

/**
 * What people type and spreadsheets carry: full-width letters and digits from Chinese input
 * methods, ideographic spaces, stray and doubled spaces, phones written as "138 1234 5678" or with
 * +86, degree levels in Chinese. Normalising before validation means a row is refused only for what
 * is really wrong with it.
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

export function normalisePhone(value: string): string {
  const compact = halfWidth(value).replace(/[\s\-()（）]/g, '');
  return compact.replace(/^(\+?86)(?=1\d{10}$)/, '');
}

const DEGREE_WORDS: Record<string, 'master' | 'phd' | 'bachelor'> = {
  master: 'master',
  masters: 'master',
  硕士: 'master',
  硕士研究生: 'master',
  研究生: 'master',
  phd: 'phd',
  doctor: 'phd',
  doctoral: 'phd',
  博士: 'phd',
  博士研究生: 'phd',
  bachelor: 'bachelor',
  本科: 'bachelor',
  本科生: 'bachelor',
  学士: 'bachelor',
};

export function normaliseDegreeLevel(value: string): string {
  const key = cleanText(value).toLowerCase().replace(/['’.\s]/g, '');
  return DEGREE_WORDS[key] ?? key;
}

const YES = new Set(['true', 'yes', 'y', '1', '是', '√']);
const NO = new Set(['false', 'no', 'n', '0', '否', '×']);

export function normaliseBoolean(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const key = cleanText(value).toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return value;
}

export function normaliseYear(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const digits = cleanText(value).replace(/^(研|博|大)/, '').replace(/(年级|年)$/, '');
  return /^\d{1,2}$/.test(digits) ? Number(digits) : value;
}

const optional = (value: unknown) => {
  if (typeof value !== 'string') return value;
  const cleaned = cleanText(value);
  return cleaned === '' ? undefined : cleaned;
};

/** A raw row (form body or imported row) with every field normalised; unknown keys pass through for the strict check. */
export function normaliseRow(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null) continue;
    out[key] = typeof value === 'string' ? cleanText(value) : value;
  }
  if (typeof raw.phone === 'string') out.phone = normalisePhone(raw.phone);
  if (typeof raw.email === 'string') out.email = cleanText(raw.email).replace(/\s/g, '').toLowerCase();
  if (typeof raw.degreeLevel === 'string') out.degreeLevel = normaliseDegreeLevel(raw.degreeLevel);
  if ('fromRegion' in raw) out.fromRegion = normaliseBoolean(raw.fromRegion);
  if ('consent' in raw) out.consent = normaliseBoolean(raw.consent);
  if ('studyYear' in raw) out.studyYear = normaliseYear(raw.studyYear);
  for (const key of ['hometownCounty', 'dietaryNotes', 'healthNotes', 'rowKey', 'universityId']) {
    if (key in out) {
      const value = optional(raw[key]);
      if (value === undefined) delete out[key];
      else out[key] = value;
    }
  }
  if (raw.gender === '男') out.gender = 'male';
  if (raw.gender === '女') out.gender = 'female';
  if (raw.emergencyContact && typeof raw.emergencyContact === 'object' && !Array.isArray(raw.emergencyContact)) {
    const contact = raw.emergencyContact as Record<string, unknown>;
    const cleaned: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(contact)) {
      if (value === undefined || value === null) continue;
      cleaned[key] = typeof value === 'string' ? cleanText(value) : value;
    }
    if (typeof contact.phone === 'string') cleaned.phone = normalisePhone(contact.phone);
    if (cleaned.relation === '') delete cleaned.relation;
    out.emergencyContact = cleaned;
  }
  return out;
}
