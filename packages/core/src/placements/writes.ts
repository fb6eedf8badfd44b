import { auditRecord, diffChanges } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import type { AppService } from '../db/service.ts';
import { isConflict, retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError, type ErrorCode } from '../errors.ts';
import { getMentorRecord, INDEPENDENT } from '../mentors/index.ts';
import { NO_MENTOR } from './placement.entity.ts';
import { mentorOf, PLACEABLE_STATUSES, type InternRecord, type PlacementRecord } from './records.ts';
import { outboxOp } from '../outbox/events.ts';
import { peopleEvent } from '../people-events/events.ts';

export type WriteBuilder = Parameters<AppService['transaction']['write']>[0];
export type Ops = ReturnType<WriteBuilder>;

/** A refusal decided by a condition; unlike a contention `conflict`, retrying would not change it. */
export class Refusal extends DomainError {
  constructor(code: ErrorCode, message: string, extra: ConstructorParameters<typeof DomainError>[2] = {}) {
    super(code, message, extra);
  }
}

export const changedMeanwhile = () =>
  new Refusal(
    'conflict',
    'The intern was placed, moved or withdrawn by another request meanwhile; reload and try again',
  );

/** Where the intern should be after the write. */
export interface PlacementTarget {
  hostUnitId: string;
  projectId: string;
  mentorKey: string;
  startDate: string;
  endDate: string;
}

type Label = 'seat' | 'mentor' | 'registration' | 'placement' | 'other';

/** A mentor may take interns of their own host unit, or any intern when independent. */
export async function assertMentorFits(mentorId: string, hostUnitId: string, path = 'mentorId') {
  const mentor = await getMentorRecord(mentorId);
  if (!mentor)
    throw new Refusal('validation_failed', 'No such mentor', {
      errors: [{ path, message: 'No such mentor', code: 'not_found' }],
    });
  if (mentor.affiliation !== INDEPENDENT && mentor.affiliation !== hostUnitId) {
    throw new Refusal('validation_failed', 'The mentor belongs to another host unit', {
      errors: [
        { path, message: 'Choose a mentor of the host unit or an independent expert', code: 'mentor_not_eligible' },
      ],
    });
  }
}

/**
 * Writes a placement, a move or a mentor change in one transaction: the new project's seat (only
 * while `placed < seats`), the old project's seat freed, the new mentor's slot (only while
 * `mentees < maxMentees`), the old mentor's slot freed, the registration's placement fields
 * (only while it is accepted or confirmed and still where it was read), the placement record and
 * the audit entry. Contention between transactions is retried by `transact`, and again here, so a
 * crowd of placements into one project ends in exact seats and `no_seats_left` for the rest.
 */
export async function writePlacement(
  actor: Actor,
  intern: InternRecord,
  before: PlacementRecord | null,
  target: PlacementTarget,
): Promise<PlacementRecord> {
  return retryContended(() => attemptWrite(actor, intern, before, target));
}

/**
 * Tries a placement write again while it only lost to other transactions on the same seat or mentor
 * (beyond `transact`'s own retries); a refusal decided by a condition is final.
 */
export async function retryContended<T>(write: () => Promise<T>): Promise<T> {
  const contended = (error: unknown) => isConflict(error) && !(error instanceof Refusal);
  return retryOnConflict(write, { attempts: 31, retryable: contended });
}

async function attemptWrite(
  actor: Actor,
  intern: InternRecord,
  before: PlacementRecord | null,
  target: PlacementTarget,
): Promise<PlacementRecord> {
  const at = new Date().toISOString();
  const registrationId = intern.registrationId;
  const moved = !before || before.projectId !== target.projectId;
  const oldMentor = before ? mentorOf(before) : undefined;
  const newMentor = target.mentorKey === NO_MENTOR ? undefined : target.mentorKey;
  const after: PlacementRecord = before
    ? {
        ...before,
        ...target,
        ...(moved ? { placedAt: at } : {}),
        placedBy: actor.userId,
        updatedAt: at,
        version: before.version + 1,
      }
    : {
        registrationId,
        cohortId: intern.cohortId,
        universityId: intern.universityId,
        ...target,
        placedAt: at,
        placedBy: actor.userId,
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
  const action = !before ? 'place' : moved ? 'move' : 'assign-mentor';
  const labels: Label[] = [];
  // The intern hears where they are placed (or moved) and the new mentor of a new mentee; the
  // event goes with the placement in its transaction, so a refused placement tells no one.
  const event = peopleEvent(!before ? 'placement.made' : moved ? 'placement.moved' : 'placement.mentor-changed', {
    registrationId,
    cohortId: intern.cohortId,
    hostUnitId: target.hostUnitId,
    projectId: target.projectId,
    startDate: target.startDate,
    endDate: target.endDate,
    ...(newMentor ? { mentorId: newMentor } : {}),
    ...(oldMentor ? { previousMentorId: oldMentor } : {}),
  });

  await transact(
    ({ projectSeats, mentorLoad, cohortRegistration, placement, audit, outboxEvent }) => {
      const ops: unknown[] = [];
      const push = (label: Label, op: unknown) => {
        labels.push(label);
        ops.push(op);
      };
      if (moved) {
        push(
          'seat',
          projectSeats
            .patch({ projectId: target.projectId })
            .add({ placed: 1 })
            .where((a, { name }) => `${name(a.placed)} < ${name(a.seats)}`)
            .commit(),
        );
        if (before) push('other', projectSeats.patch({ projectId: before.projectId }).add({ placed: -1 }).commit());
      }
      if (newMentor !== oldMentor) {
        if (newMentor) {
          push(
            'mentor',
            mentorLoad
              .patch({ mentorId: newMentor })
              .add({ mentees: 1 })
              .where((a, { name }) => `${name(a.mentees)} < ${name(a.maxMentees)}`)
              .commit(),
          );
        }
        if (oldMentor) push('other', mentorLoad.patch({ mentorId: oldMentor }).add({ mentees: -1 }).commit());
      }
      const registration = cohortRegistration
        .patch({ registrationId })
        .set({
          hostUnitId: target.hostUnitId,
          projectId: target.projectId,
          placedAt: after.placedAt,
          updatedAt: at,
          ...(newMentor ? { mentorId: newMentor } : {}),
        })
        .add({ version: 1 });
      push(
        'registration',
        (newMentor ? registration : registration.remove(['mentorId']))
          .where((a, { eq, notExists }) => {
            const status = `${eq(a.status, PLACEABLE_STATUSES[0])} OR ${eq(a.status, PLACEABLE_STATUSES[1])}`;
            const where = before ? eq(a.projectId, before.projectId) : notExists(a.projectId);
            return `(${status}) AND ${where}`;
          })
          .commit(),
      );
      push(
        'placement',
        before
          ? placement
              .patch({ registrationId })
              .set({
                hostUnitId: after.hostUnitId,
                projectId: after.projectId,
                mentorKey: after.mentorKey,
                startDate: after.startDate,
                endDate: after.endDate,
                placedAt: after.placedAt,
                placedBy: after.placedBy,
                updatedAt: at,
                version: after.version,
              })
              .where((a, { eq }) => eq(a.version, before.version))
              .commit()
          : placement.create(after).commit(),
      );
      push(
        'other',
        audit
          .create(
            auditRecord(
              actor,
              'placement',
              registrationId,
              action,
              diffChanges(before ? { ...before } : undefined, { ...after }),
              at,
            ),
          )
          .commit(),
      );
      push('other', outboxOp({ outboxEvent }, event));
      return ops as Ops;
    },
    (failed) => {
      switch (labels[failed.index]) {
        case 'seat':
          return new Refusal('no_seats_left', 'The project has no free seats', {
            errors: [{ path: 'projectId', message: 'No free seats left', code: 'no_seats_left' }],
          });
        case 'mentor':
          return new Refusal('mentor_full', 'The mentor already has as many mentees as allowed', {
            errors: [{ path: 'mentorId', message: 'The mentor has no free mentee slots', code: 'mentor_full' }],
          });
        default:
          return changedMeanwhile();
      }
    },
  );
  return after;
}
