import { requireRole, type Actor } from '../auth/actor.ts';
import { allPages } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { notFound } from '../errors.ts';
import { localDate } from '../time.ts';
import { listPartnerships } from './list.ts';
import type { ListPartnershipsQuery, PartnershipView } from './partnerships.schema.ts';

/** Reminder thresholds the daily job uses. */
export const REMINDER_POLICY = { expiringWithinDays: 60, inactiveForDays: 90 } as const;

type ReminderItem = Pick<
  PartnershipView,
  'partnershipId' | 'universityId' | 'title' | 'status' | 'expiresOn' | 'lastActivityOn'
>;
export interface ReminderDigest {
  date: string;
  expiring: ReminderItem[];
  inactive: ReminderItem[];
  overdue: ReminderItem[];
  createdAt: string;
}

/**
 * The daily reminder run: partnerships expiring soon, those whose end date has passed while still
 * signed or active (someone has to expire or renew them), and open ones gone quiet, recorded for
 * the day. Runs as the system; reading every page is fine for a few hundred partnerships a day.
 */
export async function recordReminders(today = localDate()): Promise<ReminderDigest> {
  const system: Actor = { userId: 'usr_SYSTEM0000000000000000000CRON', role: 'organiser' };
  const all = async (query: ListPartnershipsQuery) => {
    const items = await allPages((page) => listPartnerships(system, query, page, today));
    return items.map(({ partnershipId, universityId, title, status, expiresOn, lastActivityOn }) => ({
      partnershipId,
      universityId,
      title,
      status,
      expiresOn,
      lastActivityOn,
    }));
  };
  const digest = {
    date: today,
    expiring: await all({ expiringWithinDays: REMINDER_POLICY.expiringWithinDays }),
    overdue: await all({ overdue: true }),
    inactive: await all({ inactiveForDays: REMINDER_POLICY.inactiveForDays }),
    createdAt: new Date().toISOString(),
  };
  await db().service.entities.reminderDigest.put(digest).go();
  return digest;
}

/** The reminders recorded for a day (today by default), for organisers. */
export async function readReminders(actor: Actor, date = localDate()): Promise<ReminderDigest> {
  requireRole(actor, 'organiser');
  const digest = (await db().service.entities.reminderDigest.get({ date }).go()).data as
    | (Omit<ReminderDigest, 'overdue'> & { overdue?: ReminderItem[] })
    | null;
  if (!digest) throw notFound('Reminders for that day');
  return { ...digest, overdue: digest.overdue ?? [] };
}
