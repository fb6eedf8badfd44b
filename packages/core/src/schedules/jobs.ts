import { db } from '../db/service.ts';
import { markAbsentees } from '../attendance/absentees.ts';
import { resumeImports } from '../imports/worker.ts';
import { retryDue } from '../notifications/deliveries.ts';
import { recordReminders } from '../partnerships/reminders.ts';
import { countAttention } from '../talent-service/attention.ts';
import { localDate } from '../time.ts';
import { sendReviewDigests } from '../people-events/review-digests.ts';
import { sendRegistrantReminders } from '../events/registrant-mail.ts';
import { sendCheckInReminders, sendMentorDigests, sendOrganiserDigests } from '../reminders/index.ts';

/** What a job returns: a small summary for logs and `pnpm job`. `done: false` asks for another invocation. */
export type JobSummary = Record<string, unknown>;
export type Job = (at: Date) => Promise<JobSummary>;

/**
 * The code of every scheduled job, by the name its entry in `schedules.ts` carries. Each takes the
 * time it runs for, so `pnpm job <name> --at <time>` and tests can run it at any moment. Add one
 * line per job.
 */
export const JOBS = {
  'partnership-reminders': async (at) => {
    const digest = await recordReminders(localDate(at));
    return {
      date: digest.date,
      expiring: digest.expiring.length,
      overdue: digest.overdue.length,
      inactive: digest.inactive.length,
    };
  },
  'mark-absentees': async (at) => {
    const progress = await markAbsentees({ now: at });
    return { ...progress, cohorts: progress.runs.length, marked: progress.runs.reduce((sum, r) => sum + r.marked, 0) };
  },
  'retry-deliveries': (at) => retryDue(at),
  'registrant-reminders': (at) => sendRegistrantReminders(at),
  'check-in-reminders': (at) => sendCheckInReminders(at),
  'mentor-weekly-digest': (at) => sendMentorDigests(at),
  'organiser-daily-digest': (at) => sendOrganiserDigests(at),
  'resume-imports': (at) => resumeImports(at),
  'review-digests': (at) => sendReviewDigests(at),
  'attention-counts': (at) => countAttention(at),
} satisfies Record<string, Job>;

/**
 * Beyond a missed firing, what makes the dev runner run a job once at start: a fresh `pnpm dev`
 * shows today's reminder digest even before the day's 01:00 UTC run.
 */
export const STARTUP_CHECKS: Partial<Record<keyof typeof JOBS, (at: Date) => Promise<boolean>>> = {
  'partnership-reminders': async (at) =>
    !(
      await db()
        .service.entities.reminderDigest.get({ date: localDate(at) })
        .go()
    ).data,
};
