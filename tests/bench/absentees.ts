import { Attendance, configureDb } from '@aksu/core';
import type { Benchmark, Row } from '../../scripts/bench/benchmark.ts';
import { round } from '../../scripts/bench/stats.ts';
import { ensureTable, startDynamoLocal, type LocalDynamo } from '../../scripts/lib/dynamodb-local.ts';
import { BENCH_DATE, BENCH_NOW, placedCohort } from './absentee-seed.ts';

// As many placed interns as this machine seeds in reasonable time; ABSENTEE_BENCH_INTERNS=500 checks the benchmark
// itself.
const INTERNS = Number(process.env.ABSENTEE_BENCH_INTERNS ?? 20_000);
/** One in ten did not check in: the job reads every placement and marks these. */
const ABSENT = Math.round(INTERNS / 10);
/**
 * The per-invocation budget the benchmark runs with (the job's default reads 5,000; smaller shows more invocations).
 */
const BUDGET = { items: Number(process.env.ABSENTEE_BENCH_BUDGET ?? 2_000), ms: 60_000 };
/** The Jobs stack's function timeout for the job, in seconds. */
const LAMBDA_TIMEOUT_SEC = 300;
const TARGET_INTERNS = 100_000;

/**
 * The absentee job at scale: a cohort of INTERNS placed interns, a tenth of whom did not check in,
 * marked by invocations of the job with a fixed budget, each continuing from the checkpoint the
 * last one saved. Reports how many invocations it took, the most work and time any invocation
 * had, and what 100,000 interns would take at the measured pace.
 */
export const benchmark: Benchmark = {
  name: 'absentees',
  async run() {
    let dynamo: LocalDynamo | undefined;
    let destroy: (() => void) | undefined;
    try {
      dynamo = await startDynamoLocal();
      const table = 'bench-absentees';
      await ensureTable(dynamo.endpoint, table);
      const handle = configureDb({ tableName: table, endpoint: dynamo.endpoint, region: 'local' });
      destroy = () => handle.client.destroy();
      const t0 = performance.now();
      const cohort = await placedCohort(INTERNS, ABSENT);
      const seedSec = round((performance.now() - t0) / 1000, 1);

      const invocations: Array<{ scanned: number; marked: number; ms: number }> = [];
      const started = performance.now();
      for (;;) {
        const begin = performance.now();
        const progress = await Attendance.markAbsentees({ now: BENCH_NOW, cohortId: cohort.cohortId, budget: BUDGET });
        invocations.push({
          scanned: progress.scanned,
          marked: progress.runs.reduce((s, r) => s + r.marked, 0),
          ms: performance.now() - begin,
        });
        if (progress.done) break;
        if (invocations.length > INTERNS) throw new Error('the job did not finish');
      }
      const totalSec = (performance.now() - started) / 1000;
      const marked = invocations.reduce((s, i) => s + i.marked, 0);
      const scanned = invocations.reduce((s, i) => s + i.scanned, 0);
      if (marked !== ABSENT || scanned !== INTERNS)
        throw new Error(`marked ${marked} of ${ABSENT}, read ${scanned} of ${INTERNS}`);
      // A second run of a finished day reads its checkpoint and writes nothing.
      const again = await Attendance.markAbsentees({ now: BENCH_NOW, cohortId: cohort.cohortId, budget: BUDGET });
      if (!again.done || again.runs.some((r) => r.marked)) throw new Error('a finished day was marked again');

      const maxScanned = Math.max(...invocations.map((i) => i.scanned));
      const maxSec = Math.max(...invocations.map((i) => i.ms)) / 1000;
      const perPlacementMs = (totalSec * 1000) / INTERNS;
      const targetInvocations = Math.ceil(TARGET_INTERNS / BUDGET.items);
      const targetSec = (perPlacementMs * TARGET_INTERNS) / 1000;
      const bounded = maxScanned <= BUDGET.items;
      const fits = maxSec <= LAMBDA_TIMEOUT_SEC;
      const json = {
        interns: INTERNS,
        absent: ABSENT,
        date: BENCH_DATE,
        budget: BUDGET,
        seedSec,
        invocations: invocations.length,
        maxPlacementsPerInvocation: maxScanned,
        maxInvocationSec: round(maxSec, 2),
        totalSec: round(totalSec, 1),
        perPlacementMs: round(perPlacementMs, 3),
        extrapolated100k: {
          invocations: targetInvocations,
          totalSec: round(targetSec, 0),
          maxInvocationSec: round(maxSec, 2),
          lambdaTimeoutSec: LAMBDA_TIMEOUT_SEC,
        },
      };
      const rows: Row[] = [
        {
          metric: `absentee job, ${INTERNS} placed interns (${ABSENT} absent): invocations`,
          value: invocations.length,
          unit: 'calls',
        },
        {
          metric: 'absentee job: most placements in one invocation',
          value: maxScanned,
          unit: 'items',
          target: `≤ ${BUDGET.items} (the budget)`,
          met: bounded,
        },
        {
          metric: 'absentee job: longest invocation',
          value: round(maxSec, 2),
          unit: 's',
          target: `≤ ${LAMBDA_TIMEOUT_SEC} s (function timeout)`,
          met: fits,
        },
        { metric: 'absentee job: total time', value: round(totalSec, 1), unit: 's' },
        {
          metric:
            `absentee job at ${TARGET_INTERNS.toLocaleString('en')} interns ` +
            `(extrapolated): ${targetInvocations} invocations, ~${round(targetSec, 0)} s in all`,
          value: `${round(maxSec, 2)} s max`,
          unit: 'per call',
          target: 'each invocation bounded and within the timeout',
          met: bounded && fits,
        },
      ];
      return { rows, json: { absentees: json } };
    } finally {
      destroy?.();
      await dynamo?.stop();
    }
  },
};
