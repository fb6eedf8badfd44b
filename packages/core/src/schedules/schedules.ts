/**
 * Every scheduled job, as plain data: the Jobs stack makes one EventBridge rule per entry and the
 * dev runner runs the same list, so a schedule exists in both places or in neither. No imports:
 * the stacks read this file without loading the domain. Crons are AWS cron expressions in UTC
 * (`cron(minutes hours day-of-month month day-of-week year)`). Add one line per job, and its
 * function in `index.ts` under the same name.
 */
export interface Schedule {
  name: string;
  cron: string;
  description: string;
}

export const SCHEDULES: Schedule[] = [
  {
    name: 'partnership-reminders',
    cron: 'cron(0 1 * * ? *)',
    description: 'Daily digest of partnerships expiring, overdue or quiet (09:00 Beijing)',
  },
  {
    name: 'mark-absentees',
    cron: 'cron(5/15 * * * ? *)',
    description:
      'Every 15 minutes: marks absent whoever did not check in on a day whose window has closed, in bounded ' +
      'invocations that continue from a checkpoint',
  },
  {
    name: 'retry-deliveries',
    cron: 'cron(0/5 * * * ? *)',
    description: 'Every 5 minutes: sends the deliveries whose retry is due or whose sender died',
  },
  {
    name: 'registrant-reminders',
    cron: 'cron(0 0 * * ? *)',
    description: 'Daily at 08:00 Beijing: reminds everyone registered for an event starting tomorrow',
  },
  {
    name: 'check-in-reminders',
    cron: 'cron(0/5 * * * ? *)',
    description: 'Every 5 minutes: interns with no check-in are reminded half an hour before their window closes',
  },
  {
    name: 'mentor-weekly-digest',
    cron: 'cron(0 1 ? * MON *)',
    description: 'Mondays at 09:00 Beijing: each mentor gets the weeks of logs waiting for review',
  },
  {
    name: 'organiser-daily-digest',
    cron: 'cron(30 0 * * ? *)',
    description: 'Daily at 08:30 Beijing: agreements to act on, yesterday’s absentees and failed deliveries',
  },
  {
    name: 'review-digests',
    cron: 'cron(* * * * ? *)',
    description: 'Every minute: sends coordinators the digest of a review request once it has gathered its decisions',
  },
  {
    name: 'resume-imports',
    cron: 'cron(0/5 * * * ? *)',
    description: 'Every 5 minutes: takes up again the bulk imports whose worker stopped mid-way',
  },
  {
    name: 'attention-counts',
    cron: 'cron(0 20 * * ? *)',
    description: 'Daily at 04:00 Beijing: counts per cohort and tier the people looked after with no attention signal',
  },
];
