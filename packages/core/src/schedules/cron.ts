/**
 * AWS cron expressions (`cron(minutes hours day-of-month month day-of-week year)`, UTC), as the
 * schedule list states them, matched against a minute: the dev runner decides with this when a job
 * is due, so `pnpm dev` runs each job when EventBridge would. Supports `*`, `?`, lists, ranges,
 * steps (`*\/n`, `a-b/n`, `a/n`) and names (`JAN`, `MON-FRI`); day-of-week counts 1 = Sunday as AWS
 * does. `L`, `W` and `#` are refused rather than misread.
 */
export interface CronSpec {
  minutes: Set<number>;
  hours: Set<number>;
  daysOfMonth: Set<number> | 'any';
  months: Set<number>;
  daysOfWeek: Set<number> | 'any';
  years: Set<number>;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldRange {
  name: string;
  min: number;
  max: number;
  names?: string[];
}

const FIELDS: FieldRange[] = [
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day-of-week', min: 1, max: 7, names: DAYS },
  { name: 'year', min: 1970, max: 2199 },
];

export class CronError extends Error {
  override readonly name = 'CronError';
}

function value(text: string, field: FieldRange, expression: string): number {
  const named = field.names?.indexOf(text.toUpperCase()) ?? -1;
  const n = named >= 0 ? named + 1 : /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < field.min || n > field.max) {
    throw new CronError(`"${text}" is not a ${field.name} value (${field.min}-${field.max}) in ${expression}`);
  }
  return n;
}

function parseField(text: string, field: FieldRange, expression: string): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText, extra] = part.split('/');
    if (extra !== undefined || range === undefined || range === '')
      throw new CronError(`"${part}" is not a ${field.name} value in ${expression}`);
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new CronError(`"${stepText}" is not a step in ${expression}`);
    let from: number;
    let to: number;
    if (range === '*') [from, to] = [field.min, field.max];
    else if (range.includes('-')) {
      const [a, b] = range.split('-') as [string, string];
      [from, to] = [value(a, field, expression), value(b, field, expression)];
      if (from > to) throw new CronError(`"${range}" runs backwards in ${expression}`);
    } else {
      from = value(range, field, expression);
      // `a/n` means every n-th from a to the field's end, as in AWS.
      to = stepText === undefined ? from : field.max;
    }
    for (let n = from; n <= to; n += step) out.add(n);
  }
  return out;
}

/** Reads `cron(...)` (or the six fields alone); throws CronError naming what is wrong. */
export function parseCron(expression: string): CronSpec {
  const inner = /^cron\((.*)\)$/.exec(expression.trim())?.[1] ?? expression;
  const parts = inner.trim().split(/\s+/);
  if (parts.length !== 6)
    throw new CronError(`${expression} needs six fields: minutes hours day-of-month month day-of-week year`);
  if (/[LW#]/i.test(parts[2]!.replace(/[A-Z]{3}/gi, '')) || /[L#]/i.test(parts[4]!.replace(/[A-Z]{3}/gi, ''))) {
    throw new CronError(`L, W and # are not supported: ${expression}`);
  }
  const [dom, dow] = [parts[2]!, parts[4]!];
  if ((dom === '?') === (dow === '?'))
    throw new CronError(`Exactly one of day-of-month and day-of-week must be "?": ${expression}`);
  const field = (i: number) => parseField(parts[i]!, FIELDS[i]!, expression);
  return {
    minutes: field(0),
    hours: field(1),
    daysOfMonth: dom === '?' ? 'any' : field(2),
    months: field(3),
    daysOfWeek: dow === '?' ? 'any' : field(4),
    years: field(5),
  };
}

/** Whether the minute `at` (UTC) is one the expression fires on. */
export function cronMatches(cron: string | CronSpec, at: Date): boolean {
  const spec = typeof cron === 'string' ? parseCron(cron) : cron;
  return (
    spec.minutes.has(at.getUTCMinutes()) &&
    spec.hours.has(at.getUTCHours()) &&
    (spec.daysOfMonth === 'any' || spec.daysOfMonth.has(at.getUTCDate())) &&
    spec.months.has(at.getUTCMonth() + 1) &&
    (spec.daysOfWeek === 'any' || spec.daysOfWeek.has(at.getUTCDay() + 1)) &&
    spec.years.has(at.getUTCFullYear())
  );
}

const MINUTE = 60_000;

/**
 * The latest minute at or before `at` the expression fired on, looking back at most `withinDays`
 * (32 covers every monthly schedule); undefined when none. The dev runner compares a job's last run
 * with it to catch up on a run missed while it was down.
 */
export function previousFire(cron: string | CronSpec, at: Date, withinDays = 32): Date | undefined {
  const spec = typeof cron === 'string' ? parseCron(cron) : cron;
  const start = Math.floor(at.getTime() / MINUTE) * MINUTE;
  for (let t = start, end = start - withinDays * 24 * 60 * MINUTE; t > end; t -= MINUTE) {
    if (cronMatches(spec, new Date(t))) return new Date(t);
  }
  return undefined;
}
