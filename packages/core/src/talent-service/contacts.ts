import { outcomeToday } from '../conversion/dates.ts';
import { auditRecord, diffChanges } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { futureDateError } from '../future-date.ts';
import { newId } from '../ids.ts';
import { getRecord } from '../users/records.ts';
import { pickView } from '../views.ts';
import { readableCare } from './care-records.ts';
import { ContactLogView, type LogContactInput } from './care.schema.ts';

/** The log a person's page shows: the latest contacts, newest first. */
const LOG_PAGE = 100;

/**
 * A contact or visit, by the commissioner, any organiser or the person's own contact. Dated no later
 * than today in the cohort's time zone; a contact later than the last one moves the last contact
 * day (and so clears an overdue contact) in the same transaction, on the version it was read at.
 */
export async function logContact(
  actor: Actor,
  outcomeId: string,
  input: LogContactInput,
  now = new Date(),
): Promise<ContactLogView> {
  const care = await readableCare(actor, outcomeId);
  const today = await outcomeToday(care.cohortId, now);
  const dateError = futureDateError(today, { on: input.on });
  if (dateError) throw dateError;
  const at = now.toISOString();
  const entry = {
    outcomeId,
    logId: newId('contactLog'),
    on: input.on,
    kind: input.kind,
    byUserId: actor.userId,
    byName: (await getRecord(actor.userId))?.name ?? '',
    ...(input.raised ? { raised: input.raised } : {}),
    ...(input.followUps ? { followUps: input.followUps } : {}),
    createdAt: at,
  };
  const moves = input.on > care.lastContactOn;
  await transact(
    ({ contactLog, talentCare, audit }) => [
      contactLog.create(entry).commit(),
      ...(moves
        ? [
            talentCare
              .patch({ outcomeId })
              // The indexes sorted by last contact are rebuilt from every part of their keys.
              .set({
                lastContactOn: input.on,
                commissionerId: care.commissionerId,
                contactUserId: care.contactUserId,
                tier: care.tier,
                updatedAt: at,
                version: care.version + 1,
              })
              .where((a, { eq }) => eq(a.version, care.version))
              .commit(),
          ]
        : []),
      audit.create(auditRecord(actor, 'talentCare', outcomeId, 'contact', diffChanges(undefined, entry), at)).commit(),
    ],
    () => new DomainError('version_conflict', 'Someone changed this person’s care at the same time; try again'),
  );
  return pickView(ContactLogView, entry);
}

export async function contactLog(actor: Actor, outcomeId: string): Promise<{ items: ContactLogView[] }> {
  await readableCare(actor, outcomeId);
  const { data } = await db()
    .service.entities.contactLog.query.byOutcome({ outcomeId })
    .go({ order: 'desc', count: LOG_PAGE, limit: LOG_PAGE });
  return { items: data.map((item) => pickView(ContactLogView, item)) };
}
