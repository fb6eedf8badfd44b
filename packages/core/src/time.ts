/** The programme's default time zone; the prefecture runs on Beijing time. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(at: Date | number = Date.now(), timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** A calendar date moved by whole days, without time-zone arithmetic. */
/**
 * The latest calendar date any time zone has at this instant (UTC+14 is at most a day ahead of UTC):
 * a bounded read of things due "before today" cuts there, then checks each in its own calendar.
 */
export function latestDateAnywhere(at: Date): string {
  return addDays(at.toISOString().slice(0, 10), 1);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Date and time to the second (YYYY-MM-DD HH:mm:ss) of an instant in a time zone, as people there read it. */
export function localDateTime(at: Date | number | string, timeZone = DEFAULT_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}
