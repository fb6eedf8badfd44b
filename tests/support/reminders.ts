import { db, Notifications } from '@aksu/core';
import { newAccount, uniqueEmail } from './accounts.ts';
import { sentTo, type Backbone, type CaughtMessage } from './backbone.ts';
import { acceptedIntern } from './programme.ts';

/** What the reminder and digest tests share: the mails of one kind to one address, the inbox, a placed intern. */

// Accounts made here also get their activation mail; each test counts only its own kind.
export const SUBJECTS = { reminder: '签到提醒', mentor: '本周汇总', organiser: '每日汇总' } as const;
export const mail = (kind: keyof typeof SUBJECTS, address: string) => (m: CaughtMessage) =>
  sentTo(address)(m) && m.subject.startsWith(SUBJECTS[kind]);
export const mailsTo = (backbone: Backbone, kind: keyof typeof SUBJECTS, address: string) =>
  backbone.mailbox.messages().filter(mail(kind, address));
export const inbox = async (userId: string, kind: string) =>
  (await Notifications.inbox.list(userId, { limit: 100 })).items.filter((n) => n.kind === kind);

/** A placed intern of the cohort for the dates given, with an activated account unless `account: false`. */
export async function placedIntern(
  cohortId: string,
  universityId: string,
  options: { account?: boolean; mentorId?: string } = {},
) {
  const email = uniqueEmail('intern');
  const registration = await acceptedIntern(cohortId, universityId, { email });
  let userId: string | undefined;
  if (options.account !== false) {
    userId = (await newAccount('intern', { internId: registration.registrationId, universityId })).user.userId;
    await db()
      .service.entities.cohortRegistration.patch({ registrationId: registration.registrationId })
      .set({ userId })
      .go();
  }
  const at = new Date().toISOString();
  await db()
    .service.entities.placement.create({
      registrationId: registration.registrationId,
      cohortId,
      universityId,
      hostUnitId: 'hst_TEST',
      projectId: 'prj_TEST',
      mentorKey: options.mentorId ?? 'none',
      startDate: '2030-07-01',
      endDate: '2030-08-31',
      placedAt: at,
      placedBy: 'usr_TEST',
      createdAt: at,
      updatedAt: at,
      version: 1,
    } as never)
    .go();
  const account = userId ? (await db().service.entities.user.get({ userId }).go()).data! : undefined;
  return {
    registrationId: registration.registrationId,
    name: registration.name,
    email: account?.email ?? email,
    userId,
  };
}
