import { addDays, localDate } from '../time.ts';

/**
 * The Monday (YYYY-MM-DD) of the ISO week a calendar date falls in. The date is already the
 * cohort's local date, so this is plain calendar arithmetic.
 */
export function weekStartOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** The Monday of the week an instant falls in, as people in the time zone count weeks. */
export function localWeekStart(at: Date | number, timeZone: string): string {
  return weekStartOf(localDate(at, timeZone));
}

/** The seven dates of a week, Monday first. */
export function weekDates(weekStart: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
}

/** True for Monday to Friday. */
export function isWeekday(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/**
 * The first cohort-local date a week may be approved: the day after its last cohort day (its Sunday,
 * or the cohort's last day when the cohort ends mid-week). Approval locks the week's logs, so a week
 * still running would refuse the intern's remaining days; it waits until they are all behind.
 */
export function approvableFrom(weekStart: string, cohortEndsOn: string): string {
  const sunday = addDays(weekStart, 6);
  return addDays(sunday < cohortEndsOn ? sunday : cohortEndsOn, 1);
}
