import { Cron, use, type StackContext } from 'sst/constructs';
import { Database } from './Database.ts';
import { tableAccess } from './lib/table-access.ts';

export const PARTNERSHIP_REMINDERS_HANDLER = 'packages/functions/src/jobs/partnership-reminders.handler';
export const MARK_ABSENTEES_HANDLER = 'packages/functions/src/jobs/mark-absentees.handler';

/** Scheduled work. Each job is a handler in packages/functions/src/jobs, named here by path only. */
export function Jobs({ stack }: StackContext) {
  const { table } = use(Database);

  const partnershipReminders = new Cron(stack, 'PartnershipReminders', {
    // 01:00 UTC is 09:00 in Beijing: the day's list is ready when the office opens.
    schedule: 'cron(0 1 * * ? *)',
    job: {
      function: {
        handler: PARTNERSHIP_REMINDERS_HANDLER,
        timeout: 60,
        permissions: [tableAccess(table)],
        environment: { TABLE_NAME: table.tableName },
      },
    },
  });

  const markAbsentees = new Cron(stack, 'MarkAbsentees', {
    // Hourly: each run marks, per running cohort, the latest day whose check-in window has closed in
    // the cohort's own time zone; a day already marked is left alone.
    schedule: 'cron(5 * * * ? *)',
    job: {
      function: {
        handler: MARK_ABSENTEES_HANDLER,
        timeout: 300,
        permissions: [tableAccess(table)],
        environment: { TABLE_NAME: table.tableName },
      },
    },
  });

  return { partnershipReminders, markAbsentees };
}
