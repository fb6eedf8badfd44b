import { randomBytes } from 'node:crypto';
import { Conversion, configureDb, db, type Actor } from '@aksu/core';
import type { Benchmark, Row } from '../../scripts/bench/benchmark.ts';
import { emptyReadMeter, meterReads, type ReadMeter } from '../../scripts/bench/read-meter.ts';
import { round } from '../../scripts/bench/stats.ts';
import { ensureTable, startDynamoLocal, type LocalDynamo } from '../../scripts/lib/dynamodb-local.ts';
import { acceptedInternRecord, newCohort } from '../support/programme.ts';

const ACTOR: Actor = { userId: 'usr_BENCH00000000000000000000000', role: 'organiser', isAdmin: true };
// Override for a quick check of the benchmark itself, e.g. DASHBOARD_BENCH_SIZES=50,200. The
// large size is 25 times the small one: enough to show the reads stay put, while every intern is
// still written through the real conversion functions (a 20,000-intern cohort took hours that way
// on a 2-core machine, so the full bench never finished).
const SIZES = (process.env.DASHBOARD_BENCH_SIZES ?? '200,5000').split(',').map(Number);
/** Outcome writers at once: the funnel counters are spread over 16 shards, so 16 rarely meet on one. */
const WRITERS = 16;
const UNIVERSITIES = 26;
const HOST_UNITS = 12;
const MENTORS = 30;
const DISCIPLINES = ['工学', '理学', '农学', '医学', '管理学', '经济学'];
const STAGES = ['none', 'interested', 'offered', 'onboarded'] as const;

/**
 * A finished cohort of `size` interns over the same universities, host units, mentors and
 * disciplines, written through the conversion functions (so the counters are the real ones), with a
 * spread of stages. Registrations are written as records: how they got accepted is not measured.
 */
async function seedCohort(size: number) {
  const { cohortId } = await newCohort({
    startsOn: '2024-07-01',
    endsOn: '2024-08-31',
    registrationOpensAt: '2024-05-01T00:00:00+08:00',
    registrationClosesAt: '2024-06-30T23:59:59+08:00',
    status: 'closed',
  });
  const { cohortRegistration } = db().service.entities;
  const universities = Array.from({ length: UNIVERSITIES }, (_, i) => `uni_BENCH${String(i).padStart(21, '0')}`);
  const hostUnits = Array.from({ length: HOST_UNITS }, (_, i) => `hst_BENCH${String(i).padStart(21, '0')}`);
  const mentors = Array.from({ length: MENTORS }, (_, i) => `mnt_BENCH${String(i).padStart(21, '0')}`);
  const records = Array.from({ length: size }, (_, i) =>
    acceptedInternRecord(cohortId, universities[i % UNIVERSITIES]!, {
      degreeLevel: i % 5 === 0 ? 'phd' : 'master',
      discipline: DISCIPLINES[i % DISCIPLINES.length]!,
      fromRegion: i % 7 === 0,
      hostUnitId: hostUnits[i % HOST_UNITS]!,
      mentorId: mentors[i % MENTORS]!,
    }),
  );
  const ids = records.map((r) => r.registrationId);
  // One BatchWrite at a time; ElectroDB splits the records into groups of 25.
  await cohortRegistration.put(records as never).go();
  for (let i = 0; i < ids.length; i += WRITERS) {
    await Promise.all(
      ids.slice(i, i + WRITERS).map(async (registrationId, j) => {
        const { outcome } = await Conversion.open(ACTOR, { registrationId });
        const stage = STAGES[(i + j) % STAGES.length]!;
        if (stage === 'none') return;
        await Conversion.transition(ACTOR, outcome.outcomeId, {
          to: stage,
          on: '2025-07-01',
          version: outcome.version,
          ...(stage === 'onboarded' ? { employer: '阿克苏地区某单位' } : {}),
        });
      }),
    );
  }
  return cohortId;
}

async function readDashboard(meter: ReadMeter, cohortId: string) {
  const before = { ...meter };
  await Conversion.funnel(ACTOR, { cohortId, by: 'university' });
  await Conversion.funnel(ACTOR, { cohortId, by: 'discipline' });
  await Conversion.retentionCurves(ACTOR);
  await Conversion.subsidyForecast(ACTOR);
  return {
    reads: meter.reads - before.reads,
    capacity: round(meter.capacity - before.capacity, 1),
    items: meter.items - before.items,
    counterItems: meter.counterItems - before.counterItems,
    ceiling: meter.ceiling - before.ceiling,
  };
}

/**
 * What the organisers' dashboard (funnel by university and discipline, retention curves, subsidy
 * forecast) costs to read for a cohort of 200 and of 5,000 interns. It reads counters, each spread
 * over a fixed number of shards, so the items read grow with a cohort only until every shard of every
 * counter has been written (a few hundred interns here), then stay put: the target is that the ceiling
 * (the counters read × their shards, plus the other items) is the same at both sizes and that neither
 * read goes over it. Each size gets its own table so the other's items are not in it.
 */
export const benchmark: Benchmark = {
  name: 'dashboard-reads',
  async run() {
    let dynamo: LocalDynamo | undefined;
    const rows: Row[] = [];
    const json: Record<string, unknown> = {};
    try {
      dynamo = await startDynamoLocal();
      for (const size of SIZES) {
        const table = `bench-dashboard-${size}-${randomBytes(3).toString('hex')}`;
        await ensureTable(dynamo.endpoint, table);
        const handle = configureDb({ tableName: table, endpoint: dynamo.endpoint, region: 'local' });
        const t0 = performance.now();
        const cohortId = await seedCohort(size);
        const seedSec = round((performance.now() - t0) / 1000, 1);
        const meter = emptyReadMeter();
        meterReads(meter, 'dashboardReadMeter');
        const cost = await readDashboard(meter, cohortId);
        handle.client.destroy();
        rows.push(
          { metric: `dashboard read, ${size} interns: capacity`, value: cost.capacity, unit: 'RCU' },
          {
            metric: `dashboard read, ${size} interns: items (counter shards / ceiling)`,
            value: `${cost.items} (${cost.counterItems} / ${cost.ceiling})`,
            unit: 'items',
          },
          { metric: `dashboard read, ${size} interns: requests`, value: cost.reads, unit: 'requests' },
        );
        json[`dashboardRead${size}`] = { ...cost, seedSec };
      }
      const [small, large] = SIZES.map((s) => json[`dashboardRead${s}`] as Awaited<ReturnType<typeof readDashboard>>);
      rows.push({
        metric: `dashboard read: item ceiling at ${SIZES.join(' and ')} interns`,
        value: `${small!.ceiling} / ${large!.ceiling}`,
        unit: 'items',
        target: 'equal, reads within it',
        met: small!.ceiling === large!.ceiling && small!.items <= small!.ceiling && large!.items <= large!.ceiling,
      });
      return { rows, json };
    } finally {
      await dynamo?.stop();
    }
  },
};
