import { checkInRecorded, checkInWrites, configureDb, outboxOp, type Actor } from '@aksu/core';
import { getDay, internContext, type DayRecord } from '@aksu/core/attendance/records';
import { transact } from '@aksu/core/db/transact';
import { DomainError } from '@aksu/core';
import type { Benchmark, Row } from '../../scripts/bench/benchmark.ts';
import { percentile, round } from '../../scripts/bench/stats.ts';
import { ensureTable, startDynamoLocal, type LocalDynamo } from '../../scripts/lib/dynamodb-local.ts';
import { BENCH_DATE, placedCohort } from './absentee-seed.ts';

/** Check-ins per variant; every one is a different intern's first of the day. */
const PER_VARIANT = Number(process.env.OUTBOX_BENCH_CHECKINS ?? 1500);
const WARM_UP = 100;
const TARGET = 0.1;

/**
 * What the outbox costs a check-in: the check-in as core runs it (the intern's registration,
 * placement and cohort, the day, then the one TransactWriteItems) with the `check-in.recorded`
 * event in the transaction and without it, built by the same `checkInWrites`. The two variants
 * alternate check-in by check-in on the same table and the same cohort day, so whatever else the
 * machine does hits both alike. The difference of the medians is the outbox's share.
 */
export const benchmark: Benchmark = {
  name: 'outbox',
  async run() {
    let dynamo: LocalDynamo | undefined;
    let destroy: (() => void) | undefined;
    try {
      dynamo = await startDynamoLocal();
      await ensureTable(dynamo.endpoint, 'bench-outbox');
      const handle = configureDb({ tableName: 'bench-outbox', endpoint: dynamo.endpoint, region: 'local' });
      destroy = () => handle.client.destroy();
      const total = 2 * PER_VARIANT + 2 * WARM_UP;
      // Everyone placed, nobody checked in yet: each check-in creates its day.
      const cohort = await placedCohort(total, total);
      const { placement } = handle.service.entities;
      const ids = (
        await placement.query
          .byCohort({ cohortId: cohort.cohortId })
          .go({ pages: 'all', attributes: ['registrationId'] })
      ).data.map((p) => p.registrationId);

      const checkIn = async (registrationId: string, withOutbox: boolean) => {
        const started = performance.now();
        const intern = (await internContext(registrationId))!;
        const before = await getDay(registrationId, BENCH_DATE);
        const at = new Date().toISOString();
        const after: DayRecord = {
          registrationId,
          date: BENCH_DATE,
          cohortId: intern.cohort.cohortId,
          universityId: intern.universityId,
          hostUnitId: intern.hostUnitId,
          mentorKey: intern.mentorKey,
          status: 'present',
          checkedInAt: at,
          receivedAt: at,
          syncedLate: false,
          clientNonce: `n-${registrationId}`,
          createdAt: at,
          updatedAt: at,
        };
        const actor: Actor = { userId: `usr_${registrationId}`, role: 'intern', internId: registrationId };
        const write = { actor, before, after, nonce: after.clientNonce, syncedLate: false };
        await transact(
          (entities) =>
            withOutbox
              ? [...checkInWrites(entities, write), outboxOp(entities, checkInRecorded(after))]
              : checkInWrites(entities, write),
          () => new DomainError('conflict', 'already checked in'),
        );
        return performance.now() - started;
      };

      let next = 0;
      for (let i = 0; i < WARM_UP; i++) {
        await checkIn(ids[next++]!, true);
        await checkIn(ids[next++]!, false);
      }
      const withMs: number[] = [];
      const withoutMs: number[] = [];
      for (let i = 0; i < PER_VARIANT; i++) {
        // Alternate which goes first, so neither always follows the other.
        if (i % 2 === 0) {
          withMs.push(await checkIn(ids[next++]!, true));
          withoutMs.push(await checkIn(ids[next++]!, false));
        } else {
          withoutMs.push(await checkIn(ids[next++]!, false));
          withMs.push(await checkIn(ids[next++]!, true));
        }
      }
      const stats = (ms: number[]) => {
        const sorted = [...ms].sort((a, b) => a - b);
        return {
          p50Ms: round(percentile(sorted, 50), 2),
          p90Ms: round(percentile(sorted, 90), 2),
          p99Ms: round(percentile(sorted, 99), 2),
          samples: ms.length,
        };
      };
      const withOutbox = stats(withMs);
      const without = stats(withoutMs);
      const added = (withOutbox.p50Ms - without.p50Ms) / without.p50Ms;
      const rows: Row[] = [
        { metric: 'check-in p50 with the outbox event (in core, same run)', value: withOutbox.p50Ms, unit: 'ms' },
        { metric: 'check-in p50 without it', value: without.p50Ms, unit: 'ms' },
        {
          metric: 'outbox adds to check-in p50',
          value: `${round(added * 100, 1)} %`,
          unit: '',
          target: `≤ ${TARGET * 100} %`,
          met: added <= TARGET,
        },
      ];
      return {
        rows,
        json: {
          outbox: {
            operation:
              'check-in in core: 4 reads + one TransactWriteItems, with and without the outbox item, alternating',
            withOutbox,
            without,
            addedP50: round(added, 4),
            target: TARGET,
          },
        },
      };
    } finally {
      destroy?.();
      await dynamo?.stop();
    }
  },
};
