import { auditRecord, diffChanges } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import { transact } from '../db/transact.ts';
import { mentorOf, type PlacementRecord } from './records.ts';
import { changedMeanwhile, retryContended, type Ops, type WriteBuilder } from './writes.ts';

/**
 * Takes a placed intern off their project (withdrawn, or to be placed afresh): the seat and the
 * mentor's slot are freed, the registration loses its placement fields and the placement record
 * goes, in one transaction conditioned on the placement being as read.
 */
export async function releasePlacement(actor: Actor, registrationId: string, before: PlacementRecord): Promise<void> {
  const at = new Date().toISOString();
  await retryContended(() =>
    transact(
      (entities) =>
        [
          ...releaseItems(entities, before),
          entities.cohortRegistration
            .patch({ registrationId })
            .remove(['hostUnitId', 'projectId', 'mentorId', 'placedAt'])
            .set({ updatedAt: at })
            .add({ version: 1 })
            .where((a, { eq }) => eq(a.projectId, before.projectId))
            .commit(),
          entities.audit
            .create(
              auditRecord(actor, 'placement', registrationId, 'release', diffChanges({ ...before }, undefined), at),
            )
            .commit(),
        ] as Ops,
      () => changedMeanwhile(),
    ),
  );
}

/**
 * What ending a placement writes besides the registration: the placement record deleted (only as
 * read), its project's seat and its mentor's slot given back. Shared by a release and a withdrawal.
 */
export function releaseItems(
  { placement, projectSeats, mentorLoad }: Parameters<WriteBuilder>[0],
  before: PlacementRecord,
) {
  const mentorId = mentorOf(before);
  return [
    placement
      .delete({ registrationId: before.registrationId })
      .where((a, { eq }) => eq(a.version, before.version))
      .commit(),
    projectSeats.patch({ projectId: before.projectId }).add({ placed: -1 }).commit(),
    ...(mentorId ? [mentorLoad.patch({ mentorId }).add({ mentees: -1 }).commit()] : []),
  ];
}
