/** The programme's default time zone; the prefecture runs on Beijing time. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const SHAPES = { date: DATE, time: TIME, dateTime: { ...DATE, ...TIME, second: '2-digit' } } as const;
type Shape = keyof typeof SHAPES;

const formatters = new Map<string, Intl.DateTimeFormat>();
/**
 * One formatter per shape and time zone, kept for the process. Building an Intl.DateTimeFormat loads
 * the zone's rules and costs far more than formatting with it: a check-in built three, about 4 % of
 * the API's CPU per check-in under load. A process meets a handful of zones at most.
 */
function formatter(shape: Shape, timeZone: string): Intl.DateTimeFormat {
  const key = `${shape} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { ...SHAPES[shape], timeZone });
    formatters.set(key, format);
  }
  return format;
}

const partsOf = (shape: Exclude<Shape, 'date'>, at: Date | number, timeZone: string) => {
  const parts = formatter(shape, timeZone).formatToParts(at);
  return (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
};

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(at: Date | number = Date.now(), timeZone = DEFAULT_TIME_ZONE): string {
  return formatter('date', timeZone).format(at);
}

/** Hours and minutes (HH:mm, 24-hour) of an instant in a time zone. */
export function localTimeOfDay(at: Date | number, timeZone: string): string {
  const part = partsOf('time', at, timeZone);
  return `${part('hour')}:${part('minute')}`;
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
  const part = partsOf('dateTime', new Date(at), timeZone);
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}
