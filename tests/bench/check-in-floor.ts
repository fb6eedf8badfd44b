/**
 * The check-in transaction as the API commits it, built once from ElectroDB and refilled per call:
 * the floor that the check-in benchmark compares the API's own path against.
 */
import { checkInRecorded, db, outboxOp, ulid, type Actor } from '@aksu/core';
import { auditRecord } from '@aksu/core/audit/changes';
import { shardOf } from '@aksu/core/db/shards';
import { hostUnitIds, universityIds } from './attendance-seed.ts';

const REG = 'ZZBENCHREGZZ';
const NONCE = 'ZZBENCHNONCEZZ';
const AUDIT = 'ZZBENCHAUDITZZ';
const AT = '2000-01-01T00:00:00.000Z';
const SHARD = 'ZZSHARDZZ';
const HOST = 'ZZBENCHHOSTZZ';
const UNI = 'ZZBENCHUNIZZ';

/**
 * TransactWriteItems input for a check-in as the API commits it (the day record created only if
 * absent, the nonce guard, the cohort's, host unit's and university's counters, the audit entry, the
 * `check-in.recorded` outbox event),
 * from ElectroDB's own `.params()` built once and filled in per call by string substitution.
 */
export function checkInFloorFactory(cohortId: string, date: string, actor: Actor): () => Record<string, unknown> {
  const registrationId = `crg_${REG}`;
  const day = {
    registrationId,
    date,
    cohortId,
    universityId: UNI,
    hostUnitId: HOST,
    mentorKey: 'none',
    status: 'present' as const,
    checkedInAt: AT,
    receivedAt: AT,
    syncedLate: false,
    clientNonce: NONCE,
    createdAt: AT,
    updatedAt: AT,
  };
  // The shard is a placeholder too: each call's counters go to the shard of its own registration, as the API's do.
  const counterKeys = [
    { dimension: 'all' as const, key: 'all', shard: SHARD },
    { dimension: 'hostUnit' as const, key: day.hostUnitId, shard: SHARD },
    { dimension: 'university' as const, key: day.universityId, shard: SHARD },
  ];
  const params = db()
    .service.transaction.write(({ attendanceDay, unique, attendanceCounter, audit, outboxEvent }) => [
      attendanceDay.create(day).commit(),
      unique.create({ kind: 'checkInNonce', value: `${registrationId}:${NONCE}`, ownerId: date }).commit(),
      ...counterKeys.map((k) =>
        attendanceCounter
          .update({ cohortId, date, ...k })
          .add({ checkedIn: 1 })
          .commit(),
      ),
      audit
        .create({
          ...auditRecord(
            actor,
            'attendanceDay',
            `${registrationId}:${date}`,
            'check-in',
            { status: { after: 'present' } },
            AT,
          ),
          auditId: `aud_${AUDIT}`,
        })
        .commit(),
      outboxOp({ outboxEvent }, { ...checkInRecorded(day), eventId: `obx_${AUDIT}` }),
    ])
    .params();
  const template = JSON.stringify(params);
  const placeholders = [REG, NONCE, AUDIT, AT, SHARD, HOST, UNI].flatMap((p) => [p, p.toLowerCase()]);
  const pattern = new RegExp(placeholders.join('|').replace(/\./g, '\\.'), 'g');
  let n = 0;
  return () => {
    const reg = ulid();
    // The host unit and university go round as the seeded interns' do (attendance-seed.ts), so the
    // floor's counters are spread, and collide, as the API's are: not all on one host unit's shards.
    const i = n++;
    const values = {
      [REG]: reg,
      [NONCE]: ulid(),
      [AUDIT]: ulid(),
      [AT]: new Date().toISOString(),
      [SHARD]: shardOf(`crg_${reg}`),
      [HOST]: hostUnitIds[i % hostUnitIds.length]!,
      [UNI]: universityIds[i % universityIds.length]!,
    };
    const fill: Record<string, string> = {};
    for (const [placeholder, value] of Object.entries(values)) {
      fill[placeholder] = value;
      fill[placeholder.toLowerCase()] = value.toLowerCase();
    }
    return JSON.parse(template.replace(pattern, (match) => fill[match]!));
  };
}
