import { auditRecord, diffChanges } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import type { AppService } from '../db/service.ts';
import { isConflict, retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import type { FieldErrorCode, FieldParams } from '../field-errors.ts';
import type { PlacementRecord } from '../placements/records.ts';
import { localDate } from '../time.ts';
import { requireCohortRecord } from '../cohorts/records.ts';
import { CreateLogInput, UpdateLogInput } from './activity-logs.schema.ts';
import { getLog, getWeek, type LogRecord } from './records.ts';
import { weekStartOf } from './weeks.ts';

type Ops = ReturnType<Parameters<AppService['transaction']['write']>[0]>;

type TransactionEntities = Parameters<Parameters<AppService['transaction']['write']>[0]>[0];

/** A log write's audit entry, under the `registrationId:logDate` id its history is read by. */
const logAudit = (
  audit: TransactionEntities['audit'],
  actor: Actor,
  log: { registrationId: string; logDate: string },
  action: 'create' | 'update',
  changes: ReturnType<typeof diffChanges>,
  at: string,
) =>
  audit.create(auditRecord(actor, 'activityLog', `${log.registrationId}:${log.logDate}`, action, changes, at)).commit();

export const weekReviewed = () =>
  new DomainError('week_reviewed', 'Your mentor has approved this week; its logs can no longer be changed');
const dateError = (message: string, code: FieldErrorCode, params?: FieldParams) =>
  new DomainError('validation_failed', message, {
    errors: [{ path: 'logDate', message, code, ...(params && { params }) }],
  });

/** Runs a write whose week may have been created or reviewed meanwhile: such a race is read again. */
async function retrying<T>(run: (attempt: number) => Promise<T>): Promise<T> {
  const raced = (error: unknown) => isConflict(error) && Boolean((error as DomainError).extra.raced);
  return retryOnConflict(run, { attempts: 6, retryable: raced });
}

/**
 * Writes a new log and counts it into its week, creating the week (pending) on its first log.
 * A week the mentor approved refuses new logs.
 */
export async function createLog(actor: Actor, placement: PlacementRecord, input: CreateLogInput): Promise<LogRecord> {
  const fields = CreateLogInput.parse(input);
  const weekStart = weekStartOf(fields.logDate);
  // The week does not depend on the cohort, so the first attempt reads them in one round trip.
  const [cohort, firstRead] = await Promise.all([
    requireCohortRecord(placement.cohortId),
    getWeek(placement.registrationId, weekStart),
  ]);
  if (fields.logDate < cohort.startsOn || fields.logDate > cohort.endsOn) {
    const span = { from: cohort.startsOn, to: cohort.endsOn };
    throw dateError(`Choose a day of the cohort (${span.from} to ${span.to})`, 'out_of_range', span);
  }
  const today = localDate(Date.now(), cohort.timeZone);
  if (fields.logDate > today)
    throw dateError('A log cannot be written for a day still to come', 'after_today', { latest: today });
  return retrying(async (attempt) => {
    const week = attempt === 0 ? firstRead : await getWeek(placement.registrationId, weekStart);
    if (week?.status === 'approved') throw weekReviewed();
    const at = new Date().toISOString();
    const record: LogRecord = {
      registrationId: placement.registrationId,
      logDate: fields.logDate,
      weekStart,
      cohortId: placement.cohortId,
      universityId: placement.universityId,
      hours: fields.hours,
      category: fields.category,
      summary: fields.summary,
      attachments: fields.attachments,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await transact(
      ({ activityLog, logWeek, audit }) =>
        [
          activityLog.create(record).commit(),
          week
            ? logWeek
                .patch({ registrationId: record.registrationId, weekStart })
                .add({ logCount: 1 })
                .set({ updatedAt: at })
                .where((a, { eq }) => `${eq(a.status, week.status)} AND ${eq(a.version, week.version)}`)
                .commit()
            : logWeek
                .create({
                  registrationId: record.registrationId,
                  weekStart,
                  cohortId: record.cohortId,
                  universityId: record.universityId,
                  status: 'pending',
                  logCount: 1,
                  createdAt: at,
                  updatedAt: at,
                  version: 1,
                })
                .commit(),
          logAudit(audit, actor, record, 'create', diffChanges(undefined, { ...record }), at),
        ] as Ops,
      (failed) =>
        failed.index === 0
          ? new DomainError('already_exists', 'There is already a log for this day; edit it instead', {
              errors: [{ path: 'logDate', message: 'Already logged', code: 'already_logged' }],
            })
          : new DomainError('conflict', 'The week changed meanwhile', { raced: true }),
    );
    return record;
  });
}

/** Edits a log while its week is not approved, under the version the intern read. */
export async function updateLog(
  actor: Actor,
  registrationId: string,
  logDate: string,
  input: UpdateLogInput,
): Promise<LogRecord> {
  const { version, ...changes } = UpdateLogInput.parse(input);
  return retrying(async () => {
    // A log's week is its date's, so the two are read at once rather than one after the other.
    const [before, week] = await Promise.all([
      getLog(registrationId, logDate),
      getWeek(registrationId, weekStartOf(logDate)),
    ]);
    if (!before) throw new DomainError('not_found', 'Log was not found');
    if (!week || week.status === 'approved') throw weekReviewed();
    if (before.version !== version)
      throw new DomainError('version_conflict', 'The log was changed elsewhere; reload it and edit again');
    const at = new Date().toISOString();
    const after: LogRecord = { ...before, ...changes, updatedAt: at, version: before.version + 1 };
    await transact(
      ({ activityLog, logWeek, audit }) =>
        [
          activityLog
            .patch({ registrationId, logDate })
            .set({ ...changes, updatedAt: at, version: after.version })
            .where((a, { eq }) => eq(a.version, before.version))
            .commit(),
          // Touching the week under its read status and version is what makes an edit and an approval
          // racing each other end in one of them, never an edit slipping into an approved week.
          logWeek
            .patch({ registrationId, weekStart: before.weekStart })
            .set({ updatedAt: at })
            .where((a, { eq }) => `${eq(a.status, week.status)} AND ${eq(a.version, week.version)}`)
            .commit(),
          logAudit(audit, actor, { registrationId, logDate }, 'update', diffChanges({ ...before }, { ...after }), at),
        ] as Ops,
      (failed) =>
        failed.index === 0
          ? new DomainError('version_conflict', 'The log was changed elsewhere; reload it and edit again')
          : new DomainError('conflict', 'The week changed meanwhile', { raced: true }),
    );
    return after;
  });
}
