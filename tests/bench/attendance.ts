import { randomBytes } from 'node:crypto';
import { Attendance, configureDb, type Actor } from '@aksu/core';
import { SHARD_COUNT } from '@aksu/core/db/shards';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Benchmark, Row } from '../../scripts/bench/benchmark.ts';
import { loopLoad, summarize, type LoadSample, type LoadShape } from '../../scripts/bench/load.ts';
import { startServerProcess, type ServerProcess } from '../../scripts/bench/server-process.ts';
import { emptyReadMeter, meterReads } from '../../scripts/bench/read-meter.ts';
import { round } from '../../scripts/bench/stats.ts';
import { ensureTable, startDynamoLocal, type LocalDynamo } from '../../scripts/lib/dynamodb-local.ts';
import { attendanceDayOf, HOST_UNITS, placedInterns, runningCohort, UNIVERSITIES } from './attendance-seed.ts';
import { checkInFloorFactory } from './check-in-floor.ts';

const CONCURRENCY = 16;
const ROUNDS = 3;
// Long enough that the requests still in flight when a stretch ends (not counted) are a small part of it.
const STRETCH: LoadShape = { concurrency: CONCURRENCY, durationSec: 4 };
const WARM_UP: LoadShape = { concurrency: CONCURRENCY, durationSec: 10 };
// Every check-in needs an intern who has not checked in today: more than the API can use in the
// warm-up and the three stretches (22 s), about 2,200 at 100 check-ins a second.
const INTERNS = Number(process.env.ATTENDANCE_BENCH_INTERNS ?? 6000);
// Override for a quick check of the benchmark itself, e.g. ATTENDANCE_BENCH_SIZES=50,200.
const SIZES = (process.env.ATTENDANCE_BENCH_SIZES ?? '200,20000').split(',').map(Number);
const ORGANISER: Actor = { userId: 'usr_BENCH00000000000000000000000', role: 'organiser', isAdmin: true };

/**
 * Check-in throughput: POST /v1/check-ins through the whole stack (HTTP, JWT, active-account check,
 * zod, the intern's registration and placement in one BatchGet, the cohort as the process keeps it
 * for 30 s, the seven-item TransactWriteItems with its sharded counters and outbox event) against the
 * same transaction sent straight to DynamoDB Local: the smallest write that makes a check-in correct.
 * Each API request is a different intern's first check-in of the day. Then the attendance board's read
 * cost for a day of 200 and of 20,000 interns.
 */
export const benchmark: Benchmark = {
  name: 'attendance',
  async run() {
    const jwtSecret = randomBytes(32).toString('base64');
    let dynamo: LocalDynamo | undefined;
    let server: ServerProcess | undefined;
    const destroy: Array<() => void> = [];
    const rows: Row[] = [];
    const json: Record<string, unknown> = {};
    try {
      dynamo = await startDynamoLocal();
      // One table for both sides, the one the interns are seeded into. DynamoDB Local slows every
      // write to a table with a stream by the records waiting in the other tables' streams: with the
      // 4,000 seeded interns in the API's table, the floor in a table of its own fell from about
      // 120 to 23 transactions a second while the API ran at 90, and the ratio came out near 4.
      // In one table both sides carry the same stream, the same cohort and the same counter shards.
      await ensureTable(dynamo.endpoint, 'bench-checkin');
      const setup = configureDb({ tableName: 'bench-checkin', endpoint: dynamo.endpoint, region: 'local' });
      destroy.push(() => setup.client.destroy());
      const { cohortId, today } = await runningCohort();
      const t0 = performance.now();
      const tokens = await placedInterns(cohortId, INTERNS, jwtSecret);
      const seedSec = round((performance.now() - t0) / 1000, 1);

      // Floor writes are check-ins of interns that exist nowhere else, so they never meet the API's.
      const nextTransaction = checkInFloorFactory(cohortId, today, ORGANISER);
      const floorWrite = () => setup.client.send(new TransactWriteCommand(nextTransaction() as never));

      server = await startServerProcess({
        TABLE_NAME: 'bench-checkin',
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        JWT_SECRET: jwtSecret,
      });
      let next = 0;
      const apiWrite = async () => {
        const token = tokens[next++];
        if (!token) throw new Error('out of interns');
        const response = await fetch(`${server!.url}/v1/check-ins`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ clientNonce: `bench-${next}-${token.slice(-12)}`.replace(/[^A-Za-z0-9._:-]/g, '') }),
        });
        await response.arrayBuffer();
        if (response.status !== 201) throw new Error(`check-in answered ${response.status}`);
      };
      // Warm both sides at the measured concurrency, then alternate short stretches so other load on
      // the machine hits both. The API's process compiles its hot path in its first few hundred
      // requests: after one second at four in flight its first stretch still ran at half the rate of
      // the next two, which measured the compiler rather than the check-in.
      await loopLoad(apiWrite, WARM_UP);
      await loopLoad(floorWrite, WARM_UP);
      const apiSamples: LoadSample[] = [];
      const floorSamples: LoadSample[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const order = r % 2 === 0 ? ['api', 'floor'] : ['floor', 'api'];
        for (const side of order) {
          if (side === 'api') apiSamples.push(await loopLoad(apiWrite, STRETCH));
          else floorSamples.push(await loopLoad(floorWrite, STRETCH));
        }
      }
      await server.stop();
      server = undefined;
      const api = summarize(apiSamples);
      const floor = summarize(floorSamples);
      // A failed check-in is not a slow one: once the interns run out, each request fails at once,
      // the loops spin without yielding and the requests still in flight finish late or not at all,
      // so the ratio would describe the generator. Say so instead of printing it.
      if (api.failed > 0 || floor.failed > 0)
        throw new Error(
          `${api.failed} check-ins through the API and ${floor.failed} floor writes failed; the ratio ` +
            `needs every one to succeed (${INTERNS} interns were seeded; raise ATTENDANCE_BENCH_INTERNS ` +
            'if the API used them all)',
        );
      const ratio = round(api.opsPerSec / floor.opsPerSec, 3);
      const TARGET = 0.8;
      json.checkInWrites = {
        api: {
          operation:
            'POST /v1/check-ins (session read, registration + placement ' +
            'in one BatchGet, the cohort kept by the process for 30 s, one 7-item TransactWriteItems)',
          generator: 'fetch loop',
          ...api,
        },
        floor: {
          operation:
            'TransactWriteCommand with the same 7 items (day, nonce guard, 3 ' +
            'sharded counters, audit, outbox event), straight to DynamoDB Local',
          ...floor,
        },
        apiToFloorRatio: ratio,
        internsSeeded: INTERNS,
        seedSec,
      };
      rows.push(
        { metric: 'check-in through the API', value: api.opsPerSec, unit: 'ops/s' },
        { metric: 'check-in transaction, DynamoDB floor', value: floor.opsPerSec, unit: 'ops/s' },
        {
          metric: 'check-in API / floor at 16 concurrent interns of one cohort',
          value: ratio,
          unit: 'ratio',
          target: `≥ ${TARGET}`,
          met: ratio >= TARGET,
        },
        { metric: 'check-in API p50 / p99', value: `${api.p50Ms} / ${api.p99Ms}`, unit: 'ms' },
      );

      for (const size of SIZES) {
        const table = `bench-attendance-${size}-${randomBytes(3).toString('hex')}`;
        await ensureTable(dynamo.endpoint, table);
        const handle = configureDb({ tableName: table, endpoint: dynamo.endpoint, region: 'local' });
        destroy.push(() => handle.client.destroy());
        const started = performance.now();
        const day = await attendanceDayOf(size);
        const daySeedSec = round((performance.now() - started) / 1000, 1);
        const meter = emptyReadMeter();
        meterReads(meter, 'attendanceReadMeter');
        const board = await Attendance.board(ORGANISER, day.cohortId, { date: day.date });
        if (board.totals.checkedIn + board.totals.absent + board.totals.onLeave !== size)
          throw new Error(`board counts ${JSON.stringify(board.totals)} for ${size}`);
        const cost = {
          reads: meter.reads,
          capacity: round(meter.capacity, 1),
          items: meter.items,
          seedSec: daySeedSec,
          totals: board.totals,
        };
        json[`attendanceRead${size}`] = cost;
        rows.push(
          { metric: `attendance board, ${size} interns: capacity`, value: cost.capacity, unit: 'RCU' },
          { metric: `attendance board, ${size} interns: items`, value: cost.items, unit: 'items' },
        );
      }
      // Sharded counters: a small day fills only some shards, so the board's items grow with the
      // first interns and then stop at the bound, however many more check in.
      // Bound: every shard of every counter, plus the cohort, the projects and their seat counters.
      const bound = SHARD_COUNT * (1 + HOST_UNITS + UNIVERSITIES) + 1 + 2 * HOST_UNITS;
      const items = SIZES.map((s) => (json[`attendanceRead${s}`] as { items: number }).items);
      rows.push({
        metric: `attendance board items at ${SIZES.join(' / ')} interns`,
        value: items.join(' / '),
        unit: 'items',
        target: `≤ ${bound}`,
        met: items.every((n) => n <= bound),
      });
      return { rows, json: { attendance: json } };
    } finally {
      await server?.stop();
      for (const d of destroy) d();
      await dynamo?.stop();
    }
  },
};
