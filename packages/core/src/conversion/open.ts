import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { localDate } from '../time.ts';
import type { OpenOutcomeInput } from './conversion.schema.ts';
import type { FunnelField } from './funnel-counter.entity.ts';
import { counterKeysOf, counterWrites, type Entities, type OutcomeRecord } from './counters.ts';

const INTERN_STATUSES = ['accepted', 'confirmed'];

/** The latest invitation of the kind, which is what a later hire is credited to. */
async function latestInvitation(leadId: string, kind: 'summer_programme' | 'full_time') {
  const { data } = await db().service.entities.leadInvitation.query.byLead({ leadId }).go({ pages: 'all' });
  return data.filter((i) => i.kind === kind).sort((a, b) => b.invitedAt.localeCompare(a.invitedAt))[0];
}

type Credit = { eventId?: string; tripId?: string };

/**
 * The event and trip a hire is credited to: the invitation's when there is one, else the one an
 * invitation would have been credited to that day (`Leads.invite`: the lead's event starting latest,
 * where the person was last met). One rule, so a person hired through an application is credited as
 * the same person invited by hand first would be, and the trip and event reports do not depend on
 * whether an organiser happened to press "invite". A cancelled registration leaves no history item,
 * so it credits nothing. The lead's events are one partition, one item per event registered, read in
 * one Query; its sort key is the event's id, not its start, so the start is compared here.
 */
async function creditOf(leadId: string, invitation: Credit | undefined): Promise<Credit> {
  const credit = invitation ?? (await lastMet(leadId));
  return {
    ...(credit?.eventId ? { eventId: credit.eventId } : {}),
    ...(credit?.tripId ? { tripId: credit.tripId } : {}),
  };
}

async function lastMet(leadId: string): Promise<Credit | undefined> {
  const { data } = await db()
    .service.entities.leadEvent.query.byLead({ leadId })
    .go({ pages: 'all', attributes: ['eventId', 'tripId', 'startsAt'] });
  return data.sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0];
}

/** The university's partnership a hire is credited to: the active or signed one, else the latest. */
async function partnershipOf(universityId: string | undefined): Promise<string | undefined> {
  if (!universityId) return undefined;
  const { data } = await db()
    .service.entities.partnership.query.byUniversity({ universityId })
    .go({ pages: 'all', order: 'desc' });
  return (data.find((p) => p.status === 'active' || p.status === 'signed') ?? data[0])?.partnershipId;
}

export type Subject = Omit<
  OutcomeRecord,
  'outcomeId' | 'stage' | 'reached' | 'history' | 'retainedYears' | 'createdAt' | 'updatedAt' | 'version'
>;

export async function internSubject(registrationId: string): Promise<Subject> {
  const { cohortRegistration, cohort, unique } = db().service.entities;
  const { data: r } = await cohortRegistration.get({ registrationId }).go();
  if (!r) throw notFound('Registration');
  if (!INTERN_STATUSES.includes(r.status))
    throw new DomainError('conflict', 'Only accepted interns have an outcome', {
      errors: [{ path: 'registrationId', message: 'Not an accepted intern', code: 'not_an_intern' }],
    });
  const { data: c } = await cohort.get({ cohortId: r.cohortId }).go();
  const { data: guard } = await unique.get({ kind: 'leadEmail', value: r.email.trim().toLowerCase() }).go();
  const invitation = guard ? await latestInvitation(guard.ownerId, 'summer_programme') : undefined;
  const completed = !!c && (c.status === 'closed' || c.endsOn < localDate(new Date(), c.timeZone));
  return {
    subjectKind: 'intern',
    subjectId: r.registrationId,
    cohortKey: r.cohortId,
    cohortId: r.cohortId,
    universityKey: r.universityId,
    universityId: r.universityId,
    name: r.name,
    degreeLevel: r.degreeLevel,
    discipline: r.discipline,
    fromRegion: r.fromRegion,
    ...(r.hostUnitId ? { hostUnitId: r.hostUnitId } : {}),
    ...(r.mentorId ? { mentorId: r.mentorId } : {}),
    placed: !!r.hostUnitId,
    completed: completed && !!r.hostUnitId,
    ...(guard ? await creditOf(guard.ownerId, invitation) : {}),
    ...(await partnershipOf(r.universityId).then((p) => (p ? { partnershipId: p } : {}))),
  };
}

/**
 * A lead's outcome subject. Opened by hand, it needs a full-time invitation (that is what a hire is
 * credited to); an accepted job application is its own evidence and opens it without one.
 */
export async function leadSubject(leadId: string, { invited = true }: { invited?: boolean } = {}): Promise<Subject> {
  const { data: lead } = await db().service.entities.lead.get({ leadId }).go();
  if (!lead) throw notFound('Lead');
  const invitation = await latestInvitation(leadId, 'full_time');
  if (!invitation && invited)
    throw new DomainError('conflict', 'Only a lead invited to a full-time post has an outcome', {
      errors: [{ path: 'leadId', message: 'Invite the lead to a full-time post first', code: 'not_invited' }],
    });
  return {
    subjectKind: 'lead',
    subjectId: leadId,
    cohortKey: 'lead',
    universityKey: lead.universityId ?? 'none',
    ...(lead.universityId ? { universityId: lead.universityId } : {}),
    name: lead.name,
    degreeLevel: lead.degreeLevel,
    discipline: lead.major,
    fromRegion: lead.fromRegion,
    placed: false,
    completed: false,
    ...(await creditOf(leadId, invitation)),
    ...(await partnershipOf(lead.universityId).then((p) => (p ? { partnershipId: p } : {}))),
  };
}

export async function outcomeOfSubject(subjectId: string): Promise<OutcomeRecord | null> {
  const { data } = await db().service.entities.outcome.query.bySubject({ subjectId }).go();
  return data[0] ?? null;
}

/**
 * Opens a person's outcome at stage `none`, once: a guard on the subject makes concurrent opens
 * produce one outcome, and a repeat returns the existing one. The person is counted as an intern
 * (placed, completed) or an invited lead in every scope in the same transaction.
 */
export async function openOutcome(
  actor: Actor,
  input: OpenOutcomeInput,
): Promise<{ outcome: OutcomeRecord; created: boolean }> {
  requireRole(actor, 'organiser');
  const subjectId = (input.registrationId ?? input.leadId)!;
  const existing = await outcomeOfSubject(subjectId);
  if (existing) return { outcome: existing, created: false };
  const subject = input.registrationId ? await internSubject(input.registrationId) : await leadSubject(input.leadId!);
  const { record, ops } = planOpen(actor, subject);
  try {
    await transact(ops, () => new DomainError('already_exists', 'This person already has an outcome'));
  } catch (error) {
    if (error instanceof DomainError && error.code === 'already_exists') {
      const winner = await outcomeOfSubject(subjectId);
      if (winner) return { outcome: winner, created: false };
    }
    throw error;
  }
  return { outcome: record, created: true };
}

/**
 * A new outcome at stage `none` for the subject and the writes that open it: the guard that keeps
 * one outcome per subject (first, so a caller can tell a lost race), the outcome, its audit entry and
 * the person counted as an intern (placed, completed) or an invited lead in every scope.
 */
export function planOpen(
  actor: Actor,
  subject: Subject,
  at = new Date().toISOString(),
): { record: OutcomeRecord; delta: Partial<Record<FunnelField, number>>; ops: (e: Entities) => never[] } {
  const record: OutcomeRecord = {
    outcomeId: newId('outcome'),
    ...subject,
    stage: 'none',
    reached: [],
    history: [],
    retainedYears: 0,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const delta: Partial<Record<FunnelField, number>> =
    subject.subjectKind === 'intern'
      ? { interns: 1, placed: subject.placed ? 1 : 0, completed: subject.completed ? 1 : 0 }
      : { leadsInvited: 1 };
  return { record, delta, ops: (e: Entities) => openingWrites(e, actor, record, delta, at) as never[] };
}

/**
 * The writes that open an outcome in the state given: the guard that keeps one outcome per subject
 * (first, so a caller can tell a lost race), the outcome, its opening audit entry and the counters
 * moved by `delta` in every scope. An outcome opened straight at a later stage is written once in that
 * state, since one transaction may write an item only once.
 */
export function openingWrites(
  e: Entities,
  actor: Actor,
  record: OutcomeRecord,
  delta: Partial<Record<FunnelField, number>>,
  at: string,
): unknown[] {
  return [
    e.unique.create({ kind: 'outcomeSubject', value: record.subjectId, ownerId: record.outcomeId }).commit(),
    e.outcome.create(record).commit(),
    e.audit
      .create(
        auditRecord(
          actor,
          'outcome',
          record.outcomeId,
          'open',
          diffChanges(undefined, { subjectId: record.subjectId, stage: 'none' }),
          at,
        ),
      )
      .commit(),
    ...counterWrites(e, counterKeysOf(record), delta, record.outcomeId),
  ];
}

/** Opens the outcome of every accepted or confirmed intern of a cohort (repeats are no-ops). */
export async function openCohortOutcomes(
  actor: Actor,
  cohortId: string,
): Promise<{ opened: number; existing: number }> {
  requireRole(actor, 'organiser');
  const { cohort, cohortRegistration } = db().service.entities;
  if (!(await cohort.get({ cohortId }).go()).data) throw notFound('Cohort');
  const ids: string[] = [];
  for (const status of INTERN_STATUSES as Array<'accepted' | 'confirmed'>) {
    const { data } = await cohortRegistration.query
      .byStatus({ cohortId, status })
      .go({ pages: 'all', attributes: ['registrationId'] });
    ids.push(...data.map((r) => r.registrationId));
  }
  // One at a time: every open moves the cohort's and the all-cohorts' totals, so parallel opens
  // would mostly wait out each other's transaction conflicts.
  let opened = 0;
  for (const registrationId of ids) if ((await openOutcome(actor, { registrationId })).created) opened++;
  return { opened, existing: ids.length - opened };
}
