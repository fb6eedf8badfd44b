import { requireCohortRecord } from '../cohorts/records.ts';
import { db } from '../db/service.ts';
import { notify } from '../notifications/notify.ts';
import type { DomainEvent } from '../outbox/events.ts';
import { jobOutcomes, type RowOutcome } from './batches.ts';
import type { ImportEventPayload } from './import-events.ts';
import { accountRecipient } from '../notifications/recipients.ts';

export const IMPORT_FINISHED_KIND = 'coordinator.import-finished';

/** Rejected rows per reason, largest first (then by name, so the mail reads the same every time). */
export function countsByReason(
  rows: Pick<RowOutcome, 'status' | 'reason'>[],
): Array<{ reason: string; count: number }> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.status !== 'rejected') continue;
    const reason = row.reason ?? 'rejected';
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

/**
 * Tells the uploader (a coordinator, or the organiser who uploaded for a university) that the job
 * is done, with the counts per reason and a link to the job. Keyed by the job, not the event, so
 * it goes once per job however the job came to be finished.
 */
export async function notifyImportFinished(event: DomainEvent): Promise<void> {
  const { importJobId } = event.payload as ImportEventPayload;
  const { importJob, user } = db().service.entities;
  const { data: job } = await importJob.get({ importJobId }).go({ consistent: true });
  if (job?.status !== 'completed') return;
  const [{ data: uploader }, cohort, rows] = await Promise.all([
    user.get({ userId: job.createdBy }).go({ attributes: ['userId', 'email', 'name', 'status'] }),
    requireCohortRecord(job.cohortId),
    jobOutcomes(importJobId),
  ]);
  // An account removed or disabled since the upload has nobody to tell.
  const recipient = accountRecipient(uploader);
  if (!recipient) return;
  await notify({
    key: `${importJobId}:finished`,
    kind: IMPORT_FINISHED_KIND,
    recipient,
    data: {
      filename: job.filename,
      cohortName: cohort.name,
      totalRows: job.totalRows,
      accepted: job.accepted,
      rejected: job.rejected,
      reasons: countsByReason(rows),
      path: `/cohorts/${job.cohortId}/import?job=${importJobId}`,
    },
    expiresAt: job.expiresAt,
  });
}
