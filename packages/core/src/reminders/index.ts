export { sendCheckInReminders, CHECK_IN_REMINDERS_JOB } from './check-in-reminders.ts';
export { sendMentorDigests } from './mentor-digest.ts';
export { sendOrganiserDigests } from './organiser-digest.ts';
export {
  reminderDue,
  reminderKey,
  mentorDigestKey,
  organiserDigestKey,
  reviewable,
  REMINDER_LEAD_MINUTES,
} from './rules.ts';
