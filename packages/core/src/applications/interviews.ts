/**
 * Interviews: organisers schedule one for a shortlisted application (which moves it to `interview`) or
 * reschedule the one it has; the applicant confirms it or asks for another time through "my
 * application". Each is one transaction on the application's version with its audit entry; scheduling
 * also writes the event whose handlers mail the applicant and the panel (interview-mail.ts).
 */
import { auditRecord, diffChanges } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import { confineToUnit, requireUnitReader } from '../auth/unit-scope.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { domainEvent, outboxOp } from '../outbox/events.ts';
import { DEFAULT_TIME_ZONE } from '../time.ts';
import type { ApplicationView } from './applications.schema.ts';
import { InterviewInput, InterviewReplyInput } from './interviews.schema.ts';
import { allowedApplicationMoves, type ApplicationStatus } from './lifecycle.ts';
import { type ApplicationRecord, applicationViewFor, existingApplication, staleApplication } from './records.ts';

export const INTERVIEW_SCHEDULED = 'application.interview-scheduled';
export const INTERVIEW_REPLIED = 'application.interview-replied';

export interface InterviewRepliedPayload extends Record<string, unknown> {
  applicationId: string;
  positionId: string;
  revision: number;
}

export interface InterviewScheduledPayload extends Record<string, unknown> {
  applicationId: string;
  positionId: string;
  revision: number;
  rescheduled: boolean;
  /** Who sat on the panel before a reschedule and no longer does: told they are free. */
  dropped?: Array<{ name: string; email: string }>;
}

type StoredInterview = NonNullable<ApplicationRecord['interview']>;

/** Where an interview can be scheduled from: a shortlisted application (moving it on) or one already at interview. */
const SCHEDULABLE: readonly ApplicationStatus[] = ['shortlisted', 'interview'];

function notSchedulable(from: ApplicationStatus): DomainError {
  return new DomainError('invalid_transition', `An interview cannot be scheduled for a ${from} application`, {
    from,
    to: 'interview',
    allowed: [...allowedApplicationMoves(from)],
  });
}

/** The one write of a changed application: its new fields on condition of the version and status read. */
async function save(
  actor: Actor,
  before: ApplicationRecord,
  after: ApplicationRecord,
  action: string,
  event?: ReturnType<typeof domainEvent>,
  explain = staleApplication,
): Promise<void> {
  const { applicationId } = before;
  await transact(
    ({ application, audit, outboxEvent }) => [
      application
        .patch({ applicationId })
        .set({
          status: after.status,
          statusSince: after.statusSince,
          interview: after.interview,
          updatedAt: after.updatedAt,
          version: after.version,
        })
        .where((a, { eq }) => `${eq(a.version, before.version)} AND ${eq(a.status, before.status)}`)
        .commit(),
      audit
        .create({
          ...auditRecord(
            actor,
            'application',
            applicationId,
            action,
            diffChanges(
              { status: before.status, interview: before.interview },
              { status: after.status, interview: after.interview },
            ),
            after.updatedAt,
          ),
          ...(actor.userId === 'public' ? { actorRole: 'public' } : {}),
        })
        .commit(),
      ...(event ? [outboxOp({ outboxEvent }, event)] : []),
    ],
    explain,
  );
}

export const Interviews = {
  /**
   * Schedules the interview of a shortlisted application, moving it to `interview`, or reschedules
   * the one an application at `interview` has (its revision one up, any reply cleared, since it
   * answered the old time). The applicant and the panel are told either way. A unit's reviewer
   * schedules its own unit's interviews, as it makes the other screening moves.
   */
  async schedule(actor: Actor, applicationId: string, input: InterviewInput): Promise<ApplicationView> {
    requireUnitReader(actor);
    const fields = InterviewInput.parse(input);
    const before = await existingApplication(applicationId);
    confineToUnit(actor, before.unitId, 'Application');
    if (before.version !== fields.version) throw staleApplication();
    if (!SCHEDULABLE.includes(before.status)) throw notSchedulable(before.status);
    const at = new Date().toISOString();
    const revision = (before.interview?.revision ?? 0) + 1;
    const interview: StoredInterview = {
      revision,
      startsAt: new Date(fields.startsAt).toISOString(),
      timeZone: DEFAULT_TIME_ZONE,
      durationMinutes: fields.durationMinutes,
      ...(fields.place ? { place: fields.place } : {}),
      ...(fields.onlineUrl ? { onlineUrl: fields.onlineUrl } : {}),
      panel: fields.panel.map(({ name, email }) => ({ name, email })),
      scheduledAt: at,
      scheduledBy: actor.userId,
    };
    const after: ApplicationRecord = {
      ...before,
      status: 'interview',
      statusSince: before.status === 'interview' ? before.statusSince : at,
      interview,
      updatedAt: at,
      version: before.version + 1,
    };
    const rescheduled = Boolean(before.interview);
    const dropped = (before.interview?.panel ?? []).filter((m) => !interview.panel.some((n) => n.email === m.email));
    const payload: InterviewScheduledPayload = {
      applicationId,
      positionId: before.positionId,
      revision,
      rescheduled,
      ...(dropped.length ? { dropped: dropped.map(({ name, email }) => ({ name, email })) } : {}),
    };
    await save(
      actor,
      before,
      after,
      rescheduled ? 'interview:rescheduled' : 'interview:scheduled',
      domainEvent(INTERVIEW_SCHEDULED, payload, at),
    );
    return applicationViewFor(actor, after);
  },

  /**
   * The applicant's answer to the interview's current revision: confirmed, or another time with a
   * note saying which times suit. Answering again replaces the answer; an answer to a revision that
   * has since been rescheduled is 409 `version_conflict`, so nobody confirms a time that is gone.
   * Its event tells the organiser who scheduled the interview (interview-mail.ts).
   */
  async reply(before: ApplicationRecord, input: InterviewReplyInput): Promise<ApplicationRecord> {
    const fields = InterviewReplyInput.parse(input);
    if (before.status !== 'interview' || !before.interview)
      throw new DomainError('invalid_transition', 'There is no interview to answer', {
        from: before.status,
        to: 'interview',
        allowed: [],
      });
    if (before.interview.revision !== fields.revision)
      throw new DomainError('version_conflict', 'The interview was rescheduled; read the new time and answer again');
    const at = new Date().toISOString();
    const after: ApplicationRecord = {
      ...before,
      interview: {
        ...before.interview,
        reply: { answer: fields.answer, ...(fields.note ? { note: fields.note } : {}), at },
      },
      updatedAt: at,
      version: before.version + 1,
    };
    await save(
      { userId: 'public', role: 'intern' },
      before,
      after,
      `interview:${fields.answer}`,
      domainEvent(INTERVIEW_REPLIED, {
        applicationId: before.applicationId,
        positionId: before.positionId,
        revision: fields.revision,
      } satisfies InterviewRepliedPayload),
      () => new DomainError('version_conflict', 'The application was changed meanwhile; reload and try again'),
    );
    return after;
  },
};
