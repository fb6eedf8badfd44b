import type { Template } from './define.ts';
import { internCheckInReminder } from './intern-check-in-reminder.ts';
import { mentorWeeklyDigest } from './mentor-weekly-digest.ts';
import { organiserDailyDigest } from './organiser-daily-digest.ts';

/** The kinds the scheduled jobs send: reminders and digests. */
export const REMINDER_TEMPLATES: Record<string, Template> = Object.fromEntries(
  [internCheckInReminder, mentorWeeklyDigest, organiserDailyDigest].map((template) => [
    template.kind,
    template as Template,
  ]),
);
