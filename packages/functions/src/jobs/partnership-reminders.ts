import { Partnerships, REMINDER_POLICY } from '@aksu/core';

/**
 * Daily, from the Jobs stack's cron: records which partnerships expire within 60 days, which are
 * still signed or active past their end date, and which open ones have had no activity for 90, so
 * organisers see one stable list for the day.
 */
export async function handler(): Promise<{ date: string; expiring: number; overdue: number; inactive: number }> {
  const digest = await Partnerships.recordReminders();
  const summary = { date: digest.date, expiring: digest.expiring.length, overdue: digest.overdue.length, inactive: digest.inactive.length };
  console.log(JSON.stringify({ level: 'info', msg: 'partnership reminders recorded', ...summary, policy: REMINDER_POLICY }));
  return summary;
}
