import { db } from '../db/service.ts';
import { runningCohorts } from '../cohorts/records.ts';
import { notify } from '../notifications/notify.ts';
import { recordReminders, type ReminderDigest } from '../partnerships/reminders.ts';
import { addDays, DEFAULT_TIME_ZONE, localDate } from '../time.ts';
import type { DailyDigestData } from '../notifications/templates/organiser-daily-digest.ts';
import { organiserDigestKey } from './rules.ts';
import { accountRecipient } from '../notifications/recipients.ts';
import { dayCounter } from '../attendance/counters.ts';
import { activeOrganisers } from '../users/list.ts';

const agreements = (items: ReminderDigest['expiring']) =>
  items.map((p) => ({
    title: p.title,
    ...(p.expiresOn ? { expiresOn: p.expiresOn } : {}),
    ...(p.lastActivityOn ? { lastActivityOn: p.lastActivityOn } : {}),
  }));

/** The day's partnership reminders as recorded by their job, recorded now when that job has not run yet today. */
async function partnershipReminders(date: string): Promise<ReminderDigest> {
  const stored = (await db().service.entities.reminderDigest.get({ date }).go()).data as
    | (Omit<ReminderDigest, 'overdue'> & { overdue?: ReminderDigest['overdue'] })
    | null;
  return stored ? { ...stored, overdue: stored.overdue ?? [] } : recordReminders(date);
}

/**
 * Yesterday's absentees of each running cohort, read from the cohort day's counter (its shards: one Query per cohort).
 */
async function absentees(at: Date): Promise<DailyDigestData['absentees']> {
  const cohorts = await runningCohorts();
  const rows = await Promise.all(
    cohorts.map(async (cohort) => {
      const date = addDays(localDate(at, cohort.timeZone), -1);
      if (date < cohort.startsOn || date > cohort.endsOn) return null;
      const counter = await dayCounter(cohort.cohortId, date, 'all', 'all');
      return counter.absent ? { cohortName: cohort.name, date, absent: counter.absent } : null;
    }),
  );
  return rows.filter((r): r is NonNullable<typeof r> => !!r);
}

/** Deliveries parked as failed: a Query of the status index, keys only. */
async function failedDeliveries(): Promise<number> {
  const { data } = await db()
    .service.entities.delivery.query.byStatus({ status: 'failed' })
    .go({ pages: 'all', attributes: ['deliveryId'] });
  return data.length;
}

/**
 * Every morning: each active organiser gets one digest of agreements expiring, past their end or
 * quiet, yesterday's absentees per cohort and the count of failed deliveries. Nothing to report
 * means no mail. Keyed by the day, so a second run that day sends nothing.
 */
export async function sendOrganiserDigests(at: Date): Promise<{ date: string; organisers: number; sent: number }> {
  const date = localDate(at, DEFAULT_TIME_ZONE);
  const [reminders, absent, failed] = await Promise.all([
    partnershipReminders(date),
    absentees(at),
    failedDeliveries(),
  ]);
  const data: DailyDigestData = {
    date,
    partnerships: {
      expiring: agreements(reminders.expiring),
      overdue: agreements(reminders.overdue),
      inactive: agreements(reminders.inactive),
    },
    absentees: absent,
    failedDeliveries: failed,
  };
  const empty =
    !reminders.expiring.length && !reminders.overdue.length && !reminders.inactive.length && !absent.length && !failed;
  const organisers = await activeOrganisers();
  if (empty) return { date, organisers: organisers.length, sent: 0 };
  for (const o of organisers) {
    await notify({
      key: organiserDigestKey(date),
      kind: 'organiser.daily-digest',
      recipient: accountRecipient(o)!,
      data,
    });
  }
  return { date, organisers: organisers.length, sent: organisers.length };
}
