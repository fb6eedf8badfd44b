import { INTERN_STATUSES } from '../attendance/records.ts';
import type { Budget } from '../checkpoints/index.ts';
import { passOverCohortDay, type PlacementRow } from '../checkpoints/cohort-pages.ts';
import { runningCohorts, type CohortRecord } from '../cohorts/records.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { notify } from '../notifications/notify.ts';
import { localDate, localTimeOfDay } from '../time.ts';
import { recipientOf, usersById } from './recipients.ts';
import { reminderDue, reminderKey } from './rules.ts';

export const CHECK_IN_REMINDERS_JOB = 'check-in-reminders';
const BUDGET: Budget = { items: 5000, ms: 60_000 };

/** Reminds the page's interns who have neither checked in nor leave for the day; the number reminded. */
async function remindPage(cohort: CohortRecord, date: string, page: PlacementRow[]): Promise<number> {
  const candidates = page.filter((p) => p.startDate <= date && date <= p.endDate);
  if (candidates.length === 0) return 0;
  const [registrations, days] = await Promise.all([
    batchGet(
      candidates.map((p) => ({ registrationId: p.registrationId })),
      (keys) =>
        db()
          .service.entities.cohortRegistration.get(keys)
          .go({ attributes: ['registrationId', 'status', 'userId', 'email', 'name'] }),
    ),
    batchGet(
      candidates.map((p) => ({ registrationId: p.registrationId, date })),
      (keys) =>
        db()
          .service.entities.attendanceDay.get(keys)
          .go({ attributes: ['registrationId'] }),
    ),
  ]);
  // Any record of the day (a check-in, approved leave) means there is nothing to remind of.
  const decided = new Set(days.map((d) => d.registrationId));
  const due = registrations.filter((r) => INTERN_STATUSES.includes(r.status) && !decided.has(r.registrationId));
  const users = await usersById(due.flatMap((r) => (r.userId ? [r.userId] : [])));
  let sent = 0;
  for (const r of due) {
    const recipient = recipientOf(r.userId ? users.get(r.userId) : undefined, { email: r.email, name: r.name });
    if (!recipient) continue;
    await notify({
      key: reminderKey(r.registrationId, date),
      kind: 'intern.check-in-reminder',
      recipient,
      data: { date, closesAt: cohort.checkInWindow.end, timeZone: cohort.timeZone },
    });
    sent++;
  }
  return sent;
}

/**
 * Every 5 minutes: in each running cohort whose window closes within the next half hour, the placed
 * interns with no record for the day (no check-in, no approved leave) get a reminder, once per
 * intern and day (the delivery key). A cohort day's pass is checkpointed like the absentee job:
 * bounded per invocation, continued by the next, and skipped once done.
 */
export async function sendCheckInReminders(
  at: Date,
  budget: Budget = BUDGET,
): Promise<{ done: boolean; cohorts: number; reminded: number }> {
  const until = Date.now() + budget.ms;
  const cohorts = await runningCohorts();
  let scanned = 0;
  let reminded = 0;
  let done = true;
  let touched = 0;
  for (const cohort of cohorts) {
    const date = localDate(at, cohort.timeZone);
    if (date < cohort.startsOn || date > cohort.endsOn) continue;
    if (!reminderDue(localTimeOfDay(at, cohort.timeZone), cohort.checkInWindow)) continue;
    if (scanned >= budget.items || Date.now() >= until) {
      done = false;
      break;
    }
    const pass = await passOverCohortDay({
      job: CHECK_IN_REMINDERS_JOB,
      cohortId: cohort.cohortId,
      date,
      at,
      limit: { items: budget.items - scanned, until },
      onPage: (rows) => remindPage(cohort, date, rows),
    });
    if (pass.started) touched++;
    scanned += pass.scanned;
    reminded += pass.changed;
    if (!pass.done) {
      done = false;
      break;
    }
  }
  return { done, cohorts: touched, reminded };
}
