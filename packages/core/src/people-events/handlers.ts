import { getCohortRecord } from '../cohorts/records.ts';
import { getHostUnitRecord } from '../host-units/host-units.ts';
import { getProjectRecord } from '../host-units/projects.ts';
import { getMentorRecord } from '../mentors/index.ts';
import { notify } from '../notifications/notify.ts';
import type { DomainEvent } from '../outbox/events.ts';
import type { EventHandler } from '../outbox/handlers.ts';
import { decryptField } from '../personal/vault.ts';
import { getRegistrationRecord } from '../cohort-registrations/records.ts';
import { universityNames } from '../universities/names.ts';
import { INVITATION_TTL_DAYS } from '../users/invitation-code.ts';
import { getRecord } from '../users/records.ts';
import { PEOPLE_EVENTS, type PeopleEventType, type PeoplePayload } from './events.ts';
import { accountRecipient, type AccountRecipient } from '../notifications/recipients.ts';
import { internRecipient, mentorRecipient } from './recipients.ts';
import { gatherDecision } from './review-digests.ts';

/*
 * Every message is keyed by the event, so a replayed record, a retried handler or two workers at
 * once send it once (the notifications module keeps (key, recipient, channel) unique). The facts
 * of the moment travel in the payload; names of units, projects and cohorts are read when sending.
 */

/** The payload as its event type wrote it (`peopleEvent` checked it when the event was made). */
const payloadOf = <T extends PeopleEventType>(event: DomainEvent, _type: T) =>
  event.payload as unknown as PeoplePayload<T>;

async function send(event: DomainEvent, kind: string, recipient: AccountRecipient | null, data: object): Promise<void> {
  if (recipient) await notify({ key: event.eventId, kind, recipient, data });
}

async function cohortName(cohortId: string): Promise<string> {
  return (await getCohortRecord(cohortId))?.name ?? '';
}

async function accepted(event: DomainEvent) {
  const p = payloadOf(event, 'registration.accepted');
  const cohort = await getCohortRecord(p.cohortId);
  await send(event, 'intern.accepted', accountRecipient(await getRecord(p.userId)), {
    cohortName: cohort?.name ?? '',
    startsOn: cohort?.startsOn ?? '',
    endsOn: cohort?.endsOn ?? '',
    ...(p.invitationSealed ? { code: decryptField(p.invitationSealed), validForDays: INVITATION_TTL_DAYS } : {}),
  });
}

async function placementFacts(p: PeoplePayload<'placement.made'>) {
  const [cohort, unit, project, mentor, registration] = await Promise.all([
    getCohortRecord(p.cohortId),
    getHostUnitRecord(p.hostUnitId),
    getProjectRecord(p.projectId),
    p.mentorId ? getMentorRecord(p.mentorId) : null,
    getRegistrationRecord(p.registrationId),
  ]);
  return {
    cohortName: cohort?.name ?? '',
    hostUnitName: unit?.name ?? '',
    projectTitle: project?.title ?? '',
    ...(mentor ? { mentorName: mentor.name } : {}),
    internName: registration?.name ?? '',
    universityId: registration?.universityId,
  };
}

/** The intern hears where they are placed; a mentor who was not theirs before hears of a new mentee. */
function placementHandler(tellIntern: boolean) {
  return async (event: DomainEvent) => {
    const p = payloadOf(event, 'placement.made');
    const facts = await placementFacts(p);
    const span = { startDate: p.startDate, endDate: p.endDate };
    if (tellIntern) {
      await send(event, 'intern.placed', await internRecipient(p.registrationId), {
        registrationId: p.registrationId,
        cohortName: facts.cohortName,
        hostUnitName: facts.hostUnitName,
        projectTitle: facts.projectTitle,
        ...(facts.mentorName ? { mentorName: facts.mentorName } : {}),
        ...span,
        moved: event.type === PEOPLE_EVENTS.placementMoved,
      });
    }
    if (p.mentorId && p.mentorId !== p.previousMentorId) {
      const university = facts.universityId
        ? (await universityNames([facts.universityId])).get(facts.universityId)
        : undefined;
      await send(event, 'mentor.new-mentee', await mentorRecipient(p.mentorId), {
        internName: facts.internName,
        ...(university ? { universityName: university } : {}),
        cohortName: facts.cohortName,
        projectTitle: facts.projectTitle,
        ...span,
      });
    }
  };
}

async function weekReturned(event: DomainEvent) {
  const p = payloadOf(event, 'activity-week.returned');
  await send(event, 'intern.week-returned', await internRecipient(p.registrationId), {
    weekStart: p.weekStart,
    ...(p.comment ? { comment: p.comment } : {}),
  });
}

async function leaveDecided(event: DomainEvent) {
  const p = payloadOf(event, 'leave.decided');
  await send(event, 'intern.leave-decided', await internRecipient(p.registrationId), {
    from: p.from,
    to: p.to,
    status: p.status,
    ...(p.comment ? { comment: p.comment } : {}),
  });
}

async function leaveRequested(event: DomainEvent) {
  const p = payloadOf(event, 'leave.requested');
  if (!p.mentorId) return;
  await send(event, 'mentor.leave-pending', await mentorRecipient(p.mentorId), {
    internName: p.internName,
    from: p.from,
    to: p.to,
  });
}

async function stipendApproved(event: DomainEvent) {
  const p = payloadOf(event, 'stipend.approved');
  if (p.payeeKind !== 'intern') return;
  await send(event, 'intern.stipend-approved', await internRecipient(p.payeeId), {
    cohortName: await cohortName(p.cohortId),
    totalFen: p.totalFen,
  });
}

/** Every intern of the paid batch, a few at a time: a batch holds up to ninety payees. */
async function stipendPaid(event: DomainEvent) {
  const p = payloadOf(event, 'stipend.batch-paid');
  const name = await cohortName(p.cohortId);
  const interns = p.items.filter((item) => item.payeeKind === 'intern');
  for (let i = 0; i < interns.length; i += 4) {
    await Promise.all(
      interns.slice(i, i + 4).map(async (item) =>
        send(event, 'intern.stipend-paid', await internRecipient(item.payeeId), {
          cohortName: name,
          totalFen: item.totalFen,
          paidAt: p.paidAt,
        }),
      ),
    );
  }
}

const handler = (name: string, run: (event: DomainEvent) => Promise<void>): EventHandler[] => [{ name, run }];

/** This module's lines of the outbox registry. */
export const PEOPLE_HANDLERS: Record<string, EventHandler[]> = {
  [PEOPLE_EVENTS.registrationAccepted]: handler('people.intern-accepted', accepted),
  // Gathered into the coordinators' digest, which the `review-digests` job sends.
  [PEOPLE_EVENTS.registrationDecided]: handler('people.gather-review-digest', (event) => gatherDecision(event)),
  [PEOPLE_EVENTS.placementMade]: handler('people.placement', placementHandler(true)),
  [PEOPLE_EVENTS.placementMoved]: handler('people.placement', placementHandler(true)),
  [PEOPLE_EVENTS.placementMentorChanged]: handler('people.new-mentee', placementHandler(false)),
  [PEOPLE_EVENTS.weekReturned]: handler('people.week-returned', weekReturned),
  [PEOPLE_EVENTS.leaveRequested]: handler('people.leave-pending', leaveRequested),
  [PEOPLE_EVENTS.leaveDecided]: handler('people.leave-decided', leaveDecided),
  [PEOPLE_EVENTS.stipendApproved]: handler('people.stipend-approved', stipendApproved),
  [PEOPLE_EVENTS.stipendBatchPaid]: handler('people.stipend-paid', stipendPaid),
};
