import { Attendance } from '@aksu/core';

/**
 * Hourly, from the Jobs stack's cron: for each running cohort, marks the absentees of the latest day
 * whose check-in window has closed in the cohort's time zone. Running it again for the same day
 * marks nobody twice, so the hourly schedule suits any window and time zone.
 */
export async function handler(event?: { now?: string }): Promise<{ cohorts: number; marked: number; runs: Awaited<ReturnType<typeof Attendance.markAbsentees>> }> {
  const runs = await Attendance.markAbsentees({ now: event?.now ? new Date(event.now) : new Date() });
  const summary = { cohorts: runs.length, marked: runs.reduce((sum, r) => sum + r.marked, 0), runs };
  console.log(JSON.stringify({ level: 'info', msg: 'absentees marked', cohorts: summary.cohorts, marked: summary.marked }));
  return summary;
}
