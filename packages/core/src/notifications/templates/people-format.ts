import { pick, type Locale } from './define.ts';

/** Fen as yuan with two decimals and thousands separators: `1,234.50 元` / `CNY 1,234.50`. */
export function yuan(locale: Locale, fen: number): string {
  const amount = (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return pick(locale, { 'zh-CN': `${amount} 元`, en: `CNY ${amount}` });
}

/** A span of days, both ends included. */
export function dateSpan(locale: Locale, from: string, to: string): string {
  if (from === to) return from;
  return pick(locale, { 'zh-CN': `${from} 至 ${to}`, en: `${from} to ${to}` });
}

/** A placement's project and days, worded alike in the intern's notice and in their mentor's. */
export function projectAndPeriod(
  locale: Locale,
  placement: { projectTitle: string; startDate: string; endDate: string },
): string {
  const { projectTitle } = placement;
  const period = dateSpan(locale, placement.startDate, placement.endDate);
  return pick(locale, { 'zh-CN': `项目：${projectTitle}，时间：${period}`, en: `project: ${projectTitle}, ${period}` });
}
