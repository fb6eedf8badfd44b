import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { futureDateError } from '../future-date.ts';
import { newId } from '../ids.ts';
import { localDate } from '../time.ts';
import { assertTransition, type PartnershipStatus } from './lifecycle.ts';
import { recordReminders } from './reminders.ts';
import { getStored, indexKeys, missingUniversity, stale } from './records.ts';
import { toActivity, toView, type Stored } from './views.ts';
import {
  CreateActivityInput,
  CreatePartnershipInput,
  type ActivityView,
  type PartnershipView,
  type TransitionInput,
  type UpdatePartnershipInput,
} from './partnerships.schema.ts';

/** Organisers' changes: each goes in one transaction with its audit entry (and timeline entry). */
export const PartnershipWrites = {
  async create(actor: Actor, input: CreatePartnershipInput): Promise<PartnershipView> {
    requireRole(actor, 'organiser');
    const fields = CreatePartnershipInput.parse(input);
    const at = new Date().toISOString();
    const stored: Stored = {
      partnershipId: newId('partnership'),
      ...fields,
      // Nothing has happened in the timeline yet: an agreement recorded after the fact has been
      // quiet since its signing, a new contact since today. Activities move it to their own dates.
      lastActivityOn: fields.signedOn ?? localDate(),
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await transact(
      ({ university, partnership, audit }) => [
        university
          .check({ universityId: stored.universityId })
          .where((a, { exists }) => exists(a.universityId))
          .commit(),
        partnership.create({ ...stored, ...indexKeys(stored) }).commit(),
        audit
          .create(auditRecord(actor, 'partnership', stored.partnershipId, 'create', diffChanges(undefined, stored), at))
          .commit(),
      ],
      (failed) => (failed.index === 0 ? missingUniversity() : new DomainError('conflict', 'Try again')),
    );
    return toView(stored);
  },

  async update(actor: Actor, partnershipId: string, input: UpdatePartnershipInput): Promise<PartnershipView> {
    requireRole(actor, 'organiser');
    const { version, ...changes } = input;
    const before = await getStored(partnershipId);
    if (!before) throw notFound('Partnership');
    if (before.version !== version) throw stale();
    const at = new Date().toISOString();
    const after: Stored = { ...before, ...changes, updatedAt: at, version: version + 1 };
    if (after.signedOn && after.expiresOn && after.expiresOn < after.signedOn) {
      throw new DomainError('validation_failed', 'The end date is before the signing date', {
        errors: [{ path: 'expiresOn', message: 'The end date is before the signing date', code: 'end_before_start' }],
      });
    }
    await transact(
      ({ partnership, audit }) => [
        partnership
          .patch({ partnershipId })
          .set({ ...changes, ...indexKeys(after), updatedAt: at, version: after.version })
          .where((a, { eq }) => eq(a.version, version))
          .commit(),
        audit
          .create(auditRecord(actor, 'partnership', partnershipId, 'update', diffChanges(before, after), at))
          .commit(),
      ],
      stale,
    );
    return toView(after);
  },

  /** Moves a partnership one step along its lifecycle and records the step in the timeline. */
  async transition(actor: Actor, partnershipId: string, input: TransitionInput): Promise<PartnershipView> {
    requireRole(actor, 'organiser');
    const before = await getStored(partnershipId);
    if (!before) throw notFound('Partnership');
    assertTransition(before.status, input.to);
    const today = localDate();
    const future = futureDateError(today, { on: input.on });
    if (future) throw future;
    const on = input.on ?? today;
    const at = new Date().toISOString();
    const after: Stored = {
      ...before,
      status: input.to,
      signedOn: input.to === 'signed' ? (before.signedOn ?? on) : before.signedOn,
      lastActivityOn: on > before.lastActivityOn ? on : before.lastActivityOn,
      updatedAt: at,
      version: before.version + 1,
    };
    const from: PartnershipStatus = before.status;
    await transact(
      ({ partnership, activity, audit }) => [
        partnership
          .patch({ partnershipId })
          .set({
            status: after.status,
            ...(after.signedOn ? { signedOn: after.signedOn } : {}),
            lastActivityOn: after.lastActivityOn,
            ...indexKeys(after),
            updatedAt: at,
            version: after.version,
          })
          .where((a, { eq }) => `${eq(a.version, before.version)} AND ${eq(a.status, from)}`)
          .commit(),
        activity
          .create({
            activityId: newId('activity'),
            universityId: before.universityId,
            partnershipId,
            kind: 'status_change',
            on,
            title: `${from} → ${input.to}`,
            outcome: input.note,
            fromStatus: from,
            toStatus: input.to,
            participants: [],
            createdBy: actor.userId,
            createdAt: at,
          })
          .commit(),
        audit
          .create(
            auditRecord(actor, 'partnership', partnershipId, `transition:${input.to}`, diffChanges(before, after), at),
          )
          .commit(),
      ],
      () => new DomainError('version_conflict', 'The partnership changed while you were working; reload and try again'),
    );
    return toView(after);
  },

  /**
   * Adds a visit, meeting or note that has happened to a university's timeline (and its
   * partnership's, if named). The partnership's last activity becomes the activity's own date when
   * that is later than the one it has, conditionally, so a backdated entry (or a slower concurrent
   * one) never moves it back.
   */
  async addActivity(actor: Actor, universityId: string, input: CreateActivityInput): Promise<ActivityView> {
    requireRole(actor, 'organiser');
    const fields = CreateActivityInput.parse(input);
    const future = futureDateError(localDate(), { on: fields.on });
    if (future) throw future;
    const linked = fields.partnershipId ? await getStored(fields.partnershipId) : null;
    if (fields.partnershipId && (!linked || linked.universityId !== universityId)) {
      throw new DomainError('validation_failed', 'The partnership does not belong to this university', {
        errors: [{ path: 'partnershipId', message: 'Not a partnership of this university', code: 'not_found' }],
      });
    }
    const at = new Date().toISOString();
    const record: ActivityView = {
      activityId: newId('activity'),
      universityId,
      ...fields,
      createdBy: actor.userId,
      createdAt: at,
    };
    await transact(
      ({ university, partnership, activity, audit }) => [
        university
          .check({ universityId })
          .where((a, { exists }) => exists(a.universityId))
          .commit(),
        activity.create(record).commit(),
        audit
          .create(
            auditRecord(
              actor,
              'university',
              universityId,
              'activity',
              diffChanges(undefined, { activity: fields }),
              at,
            ),
          )
          .commit(),
        ...(linked && fields.on > linked.lastActivityOn
          ? [
              partnership
                .patch({ partnershipId: linked.partnershipId })
                .set({ lastActivityOn: fields.on })
                .where((a, { lt }) => lt(a.lastActivityOn, fields.on))
                .commit(),
            ]
          : []),
      ],
      (failed) => (failed.index === 0 ? notFound('University') : new DomainError('conflict', 'Try again')),
    );
    return toActivity(record);
  },

  recordReminders,
};
