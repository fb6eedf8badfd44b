import { addDays } from '../time.ts';

/** How long before the window closes an intern without a check-in is reminded. */
export const REMINDER_LEAD_MINUTES = 30;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Whether a local time of day falls in the reminder's half hour: from 30 minutes before the window
 * closes (but not before it opens) until it closes. The job runs every 5 minutes; the first run in
 * that span sends, and the delivery key makes every later run a no-op.
 */
export function reminderDue(localTime: string, window: { start: string; end: string }): boolean {
  const now = minutes(localTime);
  const from = Math.max(minutes(window.start), minutes(window.end) - REMINDER_LEAD_MINUTES);
  return now >= from && now < minutes(window.end);
}

/** The key a day's reminder is sent under: once per intern and day, however often the job runs. */
export const reminderKey = (registrationId: string, date: string) => `check-in-reminder:${registrationId}:${date}`;

/** The key of a mentor's digest: once per mentor and week (its Monday). */
export const mentorDigestKey = (mentorId: string, weekStart: string) => `mentor-weekly:${mentorId}:${weekStart}`;

/** The key of the organisers' digest of a day. */
export const organiserDigestKey = (date: string) => `organiser-daily:${date}`;

/**
 * Weeks a mentor can review on `today`: pending ones already over (the week's Sunday, or the cohort's end, has passed).
 */
export function reviewable(week: { weekStart: string; status: string }, cohortEndsOn: string, today: string): boolean {
  if (week.status !== 'pending') return false;
  const sunday = addDays(week.weekStart, 6);
  return today > (sunday < cohortEndsOn ? sunday : cohortEndsOn);
}
