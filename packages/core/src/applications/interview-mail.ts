/** The mails an interview sends: the applicant and each panel member, from the scheduling event. */
import { Notifications } from '../notifications/index.ts';
import { accountRecipient, addressRecipient } from '../notifications/recipients.ts';
import type { DomainEvent } from '../outbox/events.ts';
import type { EventHandler } from '../outbox/handlers.ts';
import { getStoredPosition, unitNameOf } from '../positions/positions.ts';
import { findByEmail, getRecord } from '../users/records.ts';
import {
  INTERVIEW_REPLIED,
  INTERVIEW_SCHEDULED,
  type InterviewRepliedPayload,
  type InterviewScheduledPayload,
} from './interviews.ts';
import { getApplication } from './records.ts';

/** What the interview templates receive; `name` is the recipient's. */
export interface InterviewMailData {
  name: string;
  applicantName: string;
  positionTitle: string;
  unitName: string;
  startsAt: string;
  timeZone: string;
  durationMinutes: number;
  place?: string;
  onlineUrl?: string;
  panelNames: string[];
  rescheduled: boolean;
  /** The page the button opens: "my application" for the applicant, the application for the panel. */
  path: string;
}

/** What the mail to someone taken off a panel receives. */
export interface PanelReleasedData {
  name: string;
  applicantName: string;
  positionTitle: string;
  unitName: string;
}

/**
 * Mails the revision the event names, and only while it is the current one: a reschedule made before
 * the worker got here has its own event with the new time, so nobody is sent a time already replaced.
 * Each delivery is keyed by the event and the address, so a replay sends nothing twice.
 */
async function mailInterview(event: DomainEvent): Promise<void> {
  const { applicationId, positionId, revision, rescheduled, dropped = [] } = event.payload as InterviewScheduledPayload;
  const [application, position] = await Promise.all([getApplication(applicationId), getStoredPosition(positionId)]);
  if (!application || !position) return;
  const unitName = await unitNameOf(position);
  // Those a reschedule took off the panel are told, unless a later one put them back.
  for (const member of dropped) {
    if (application.interview?.panel.some((m) => m.email === member.email)) continue;
    const recipient = await panelRecipient(member);
    if (!recipient) continue;
    await Notifications.notify({
      key: event.eventId,
      kind: 'panel.interview-released',
      recipient,
      data: {
        name: member.name,
        applicantName: application.name,
        positionTitle: position.title,
        unitName,
      } satisfies PanelReleasedData,
    });
  }
  const interview = application.interview;
  if (application.status !== 'interview' || interview?.revision !== revision) return;
  const common = {
    applicantName: application.name,
    positionTitle: position.title,
    unitName,
    startsAt: interview.startsAt,
    timeZone: interview.timeZone,
    durationMinutes: interview.durationMinutes,
    ...(interview.place ? { place: interview.place } : {}),
    ...(interview.onlineUrl ? { onlineUrl: interview.onlineUrl } : {}),
    panelNames: interview.panel.map((m) => m.name),
    rescheduled,
  };
  await Notifications.notify({
    key: event.eventId,
    kind: 'applicant.interview',
    recipient: addressRecipient(application.email, {
      name: application.name,
      ...(application.locale ? { locale: application.locale } : {}),
    }),
    data: { ...common, name: application.name, path: `/positions/${positionId}/my` } satisfies InterviewMailData,
  });
  for (const member of interview.panel) {
    const recipient = await panelRecipient(member);
    if (!recipient) continue;
    await Notifications.notify({
      key: event.eventId,
      kind: 'panel.interview',
      recipient,
      data: {
        ...common,
        name: member.name,
        path: `/recruitment/positions/${positionId}/applications/${applicationId}`,
      } satisfies InterviewMailData,
    });
  }
}

/**
 * A panel member with an account (an organiser, the unit's reviewer) is told as that account: in its
 * saved language, with the item in its bell; anyone else by the address given. A disabled account
 * hears nothing, as everywhere.
 */
async function panelRecipient(member: { name: string; email: string }) {
  const account = await findByEmail(member.email);
  if (account && (account.role === 'organiser' || account.role === 'reviewer')) return accountRecipient(account);
  return addressRecipient(member.email, { name: member.name });
}

/** What the organiser is told of the applicant's answer. */
export interface InterviewReplyData {
  applicantName: string;
  positionTitle: string;
  answer: 'confirmed' | 'another_time';
  note?: string;
  path: string;
}

/**
 * Tells the organiser who scheduled the interview how the applicant answered, in the bell and by mail
 * (a kind they may turn off), so nobody has to keep opening the application to find out. An answer to
 * a revision since replaced, or one replaced by a newer answer, still says what was answered then.
 */
async function tellScheduler(event: DomainEvent): Promise<void> {
  const { applicationId, positionId, revision } = event.payload as InterviewRepliedPayload;
  const [application, position] = await Promise.all([getApplication(applicationId), getStoredPosition(positionId)]);
  const interview = application?.interview;
  if (!application || !position || !interview?.reply || interview.revision !== revision) return;
  const recipient = accountRecipient(await getRecord(interview.scheduledBy));
  if (!recipient) return;
  await Notifications.notify({
    key: event.eventId,
    kind: 'organiser.interview-reply',
    recipient,
    data: {
      applicantName: application.name,
      positionTitle: position.title,
      answer: interview.reply.answer,
      ...(interview.reply.note ? { note: interview.reply.note } : {}),
      path: `/recruitment/positions/${positionId}/applications/${applicationId}`,
    } satisfies InterviewReplyData,
  });
}

export const INTERVIEW_HANDLERS: Record<string, EventHandler[]> = {
  [INTERVIEW_SCHEDULED]: [{ name: 'applicant.interview', run: mailInterview }],
  [INTERVIEW_REPLIED]: [{ name: 'organiser.interview-reply', run: tellScheduler }],
};
