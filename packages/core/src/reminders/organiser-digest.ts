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
import { findOverdueContacts } from '../talent-service/care.ts';
import { findOverdueRequests } from '../talent-service/requests.ts';
import type { CareView } from '../talent-service/care.schema.ts';
import type { ServiceRequestView } from '../talent-service/request.schema.ts';

/** A commissioner's own overdue people and requests listed by name, at most this many of each; the rest are counted. */
export const DIGEST_OWN_ROWS = 20;

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
 * The talent service's part for one organiser: everyone's overdue contacts and requests counted, and
 * those the organiser looks after as commissioner named, the longest overdue first.
 */
function talentPart(
  userId: string,
  contacts: readonly CareView[],
  requests: readonly ServiceRequestView[],
): DailyDigestData['talent'] {
  const ownContacts = contacts.filter((c) => c.commissionerId === userId);
  const ownRequests = requests.filter((r) => r.commissionerId === userId);
  return {
    contactsOverdue: contacts.length,
    requestsOverdue: requests.length,
    own: {
      contacts: ownContacts.slice(0, DIGEST_OWN_ROWS).map((c) => ({ name: c.name, dueOn: c.nextContactDue })),
      contactsCount: ownContacts.length,
      requests: ownRequests
        .slice(0, DIGEST_OWN_ROWS)
        .map((r) => ({ personName: r.personName, kind: r.kind, dueOn: r.dueOn })),
      requestsCount: ownRequests.length,
    },
  };
}

/**
 * Every morning: each active organiser gets one digest of agreements expiring, past their end or
 * quiet, yesterday's absentees per cohort, the count of failed deliveries, and the talent service's
 * overdue contacts and requests (everyone's counted, their own as commissioner named). Nothing to
 * report means no mail. Keyed by the day, so a second run that day sends nothing.
 */
export async function sendOrganiserDigests(at: Date): Promise<{ date: string; organisers: number; sent: number }> {
  const date = localDate(at, DEFAULT_TIME_ZONE);
  const [reminders, absent, failed, contacts, requests] = await Promise.all([
    partnershipReminders(date),
    absentees(at),
    failedDeliveries(),
    findOverdueContacts(at),
    findOverdueRequests(at),
  ]);
  const shared: Omit<DailyDigestData, 'talent'> = {
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
    !reminders.expiring.length &&
    !reminders.overdue.length &&
    !reminders.inactive.length &&
    !absent.length &&
    !failed &&
    !contacts.length &&
    !requests.items.length;
  const organisers = await activeOrganisers();
  if (empty) return { date, organisers: organisers.length, sent: 0 };
  for (const o of organisers) {
    await notify({
      key: organiserDigestKey(date),
      kind: 'organiser.daily-digest',
      recipient: accountRecipient(o)!,
      data: { ...shared, talent: talentPart(o.userId, contacts, requests.items) } satisfies DailyDigestData,
    });
  }
  return { date, organisers: organisers.length, sent: organisers.length };
}
