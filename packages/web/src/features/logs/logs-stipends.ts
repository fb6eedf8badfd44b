import { ApiError } from '../../api/errors';
import type { components } from '../../api/schema';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { problemText } from '../../lib/problem-text';

export type ActivityLog = components['schemas']['ActivityLog'];
export type LogWeek = components['schemas']['LogWeek'];
export type Statement = components['schemas']['StipendStatement'];
export type PayoutBatch = components['schemas']['PayoutBatch'];
export type Evaluation = components['schemas']['Evaluation'];

export const CATEGORIES = ['research', 'fieldwork', 'production', 'training', 'meeting', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Fen as the yuan a person would type back into a form ("1234.50"); screens show money with formatYuan. */
export function yuanInput(fen: number): string {
  return `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** Yuan typed by a person ("1,234.5") as integer fen, or undefined when it is not an amount. */
export function fenOf(yuan: string): number | undefined {
  const match = /^\s*(\d{1,7})(?:\.(\d{1,2}))?\s*$/.exec(yuan.replace(/,/g, ''));
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

const CODES: Record<string, MessageKey> = {
  week_reviewed: 'error.week_reviewed',
  week_not_over: 'error.week_not_over',
  statement_approved: 'error.statement_approved',
  statement_changed: 'error.statement_changed',
  nothing_to_pay: 'error.nothing_to_pay',
  already_paid: 'error.already_paid',
};

/** The sentence for a failure, with this area's own codes first. */
export function logsProblemText(error: unknown, t: Translate): string {
  if (error instanceof ApiError && CODES[error.code]) return t(CODES[error.code]!);
  return problemText(error, t);
}

/** The calendar day `n` days from a YYYY-MM-DD date, counted in UTC so no time zone shifts it. */
export function addDays(date: string, n: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + n);
  return at.toISOString().slice(0, 10);
}
