import type { MessageKey } from '../i18n/i18n';

/** The office works on Beijing time whatever the viewer's device says. */
export const TIME_ZONE = 'Asia/Shanghai';

/** A date and time as every screen shows one: on Beijing time unless a cohort keeps another zone. */
export function formatDateTime(iso: string, lang: string, timeZone: string = TIME_ZONE): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** HH:mm of an instant in a time zone (a cohort's, or the office's). */
export function timeIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}

/** The date (YYYY-MM-DD) of an instant in a time zone, as the server counts days. */
export function dateIn(at: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(at),
  );
}

/** Today in Beijing time, the calendar the office (and the API's default dates) work on, not UTC's. */
export const today = (): string => dateIn(new Date(), TIME_ZONE);

/**
 * Every amount on screen, in both languages: yuan with two decimals and 元, e.g. "1,234.50 元". The API keeps
 * integer fen so sums are exact; the split is by integer division so no amount passes through floating yuan.
 */
export function formatYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const whole = Math.trunc(abs / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')} 元`;
}

/**
 * A list for display in the reader's language: "Master's, PhD" in English, "硕士、博士" in Chinese.
 * Narrow keeps the plain separators (no "and"), so the same helper suits labels, names and values.
 */
export function formatList(items: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang, { style: 'narrow', type: 'conjunction' }).format(items);
}

/** Degree levels are read the same on leads, registrations and the funnel. */
export const degreeKey = (level: string) => `degree.${level}` as MessageKey;
