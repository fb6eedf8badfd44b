import { randomBytes } from 'node:crypto';
import { configureDb, createInvitedAccount, Users, type Actor } from '@aksu/core';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Benchmark } from '../../scripts/bench/benchmark.ts';
import {
  httpLoad,
  loopLoad,
  summarize,
  type LoadSample,
  type LoadShape,
  type LoadSummary,
} from '../../scripts/bench/load.ts';
import { childCpuReader } from '../../scripts/bench/child-cpu.ts';
import { startServerProcess, type ServerProcess } from '../../scripts/bench/server-process.ts';
import { round, toMB } from '../../scripts/bench/stats.ts';
import { sized } from '../../scripts/bench/quick.ts';
import { createUniversityBody, floorTransactionFactory } from '../../scripts/bench/university-write.ts';
import { ensureTable, startDynamoLocal, type LocalDynamo } from '../../scripts/lib/dynamodb-local.ts';

const CONCURRENCY = 16;
const WARM_UP: LoadShape = { concurrency: CONCURRENCY, durationSec: 2 };
// API and floor take turns in short stretches (10 s each in total), so a change in other load on
// the machine during the run hits both sides instead of only the one running at that moment.
// Whole seconds: autocannon stops only on its one-second tick.
// Quick: two rounds are enough to fill every row.
const ROUNDS = sized(5, 2);
const STRETCH: LoadShape = { concurrency: CONCURRENCY, durationSec: 2 };
const TARGET_RATIO = 0.8;
// One request at a time: no queueing, so the latency difference is what the API adds per request.
const UNLOADED: LoadShape = { concurrency: 1, durationSec: 2 };

// Only the audit entry names this actor; the admin the API authenticates is a real account.
const SETUP_ACTOR: Actor = { userId: 'usr_BENCH00000000000000000000000', role: 'organiser', isAdmin: true };

/** An active admin organiser signed in with a real token, as tests/support/accounts.ts makes one. */
async function adminSession(jwtSecret: string): Promise<{ token: string; actor: Actor }> {
  const { invitationCode } = await createInvitedAccount(SETUP_ACTOR, {
    email: `bench.${randomBytes(4).toString('hex')}@example.com`,
    name: '基准测试管理员',
    role: 'organiser',
    isAdmin: true,
  });
  const { token, user } = await Users.activate({ code: invitationCode, password: 'bench-password-42' }, jwtSecret);
  return { token, actor: { userId: user.userId, role: 'organiser', isAdmin: true } };
}

const describe = (s: LoadSummary) => [`${s.opsPerSec}`, `${s.p50Ms} / ${s.p99Ms}`, `${s.ok} / ${s.failed}`] as const;

/**
 * POST /v1/universities through the whole stack (HTTP, JWT, active-account check, zod validation,
 * ElectroDB, TransactWriteItems) against the same three-item transaction sent straight to DynamoDB
 * Local. The difference is what the API adds on top of the database.
 */
export const benchmark: Benchmark = {
  name: 'api-writes',
  async run() {
    const jwtSecret = randomBytes(32).toString('base64');
    let dynamo: LocalDynamo | undefined;
    let server: ServerProcess | undefined;
    const destroy: Array<() => void> = [];
    try {
      dynamo = await startDynamoLocal();
      // Separate tables so neither side writes into a table the other has already grown.
      const apiTable = 'bench-api';
      const floorTable = 'bench-floor';
      await ensureTable(dynamo.endpoint, apiTable);
      await ensureTable(dynamo.endpoint, floorTable);

      const setup = configureDb({ tableName: apiTable, endpoint: dynamo.endpoint, region: 'local' });
      destroy.push(() => setup.client.destroy());
      const { token, actor } = await adminSession(jwtSecret);

      // core's own client factory, so the floor's SDK settings are the API's.
      const { client } = configureDb({ tableName: floorTable, endpoint: dynamo.endpoint, region: 'local' });
      destroy.push(() => client.destroy());
      const nextTransaction = floorTransactionFactory(actor);
      const floorWrite = () => client.send(new TransactWriteCommand(nextTransaction() as never));

      server = await startServerProcess({
        TABLE_NAME: apiTable,
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        JWT_SECRET: jwtSecret,
      });
      const idle = await server.usage();
      const request = {
        path: '/v1/universities',
        headers: { authorization: `Bearer ${token}` },
        body: createUniversityBody,
      };
      const apiWrite = (shape: LoadShape) => httpLoad(server!.url, request, shape);

      // Where the two cores go: on this machine the JVM, the API and the load generator share them.
      const jvmCpuMs = childCpuReader(['DynamoDBLocal.jar', String(dynamo.port)]) ?? (() => Number.NaN);
      await apiWrite(WARM_UP);
      await loopLoad(floorWrite, WARM_UP);
      const apiSamples: LoadSample[] = [];
      const floorSamples: LoadSample[] = [];
      const cpu = { serverUser: 0, serverSystem: 0, apiJvm: 0, floorJvm: 0 };
      const { dynamoCalls: callsBefore, requests: requestsBefore } = await server.usage();
      const apiStretch = async () => {
        const before = await server!.usage();
        const jvm = jvmCpuMs();
        apiSamples.push(await apiWrite(STRETCH));
        cpu.apiJvm += jvmCpuMs() - jvm;
        const after = await server!.usage();
        cpu.serverUser += after.cpuUserMs - before.cpuUserMs;
        cpu.serverSystem += after.cpuSystemMs - before.cpuSystemMs;
      };
      const floorStretch = async () => {
        const jvm = jvmCpuMs();
        floorSamples.push(await loopLoad(floorWrite, STRETCH));
        cpu.floorJvm += jvmCpuMs() - jvm;
      };
      // A-B then B-A: whichever side runs later in a round (warmer JVM, bigger heap) alternates.
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? [apiStretch, floorStretch] : [floorStretch, apiStretch];
        for (const stretch of order) await stretch();
      }
      const loaded = await server.usage();
      const unloaded = {
        api: summarize([await apiWrite(UNLOADED)]),
        floor: summarize([await loopLoad(floorWrite, UNLOADED)]),
      };
      await server.stop();
      server = undefined;

      const api = summarize(apiSamples);
      const floor = summarize(floorSamples);
      if (api.ok === 0) throw new Error(`No API write succeeded (${api.failed} failed)`);
      const ratio = round(api.opsPerSec / floor.opsPerSec, 3);
      const met = ratio >= TARGET_RATIO;
      const peakRssMB = toMB(loaded.maxRssKB * 1024);
      // Per request the server received: autocannon stops counting at the deadline, but requests
      // already in flight still reach DynamoDB.
      const requests = loaded.requests - requestsBefore;
      const dynamoCallsPerRequest = Object.fromEntries(
        Object.entries(loaded.dynamoCalls).map(([command, count]) => [
          command,
          round((count - (callsBefore[command] ?? 0)) / requests, 3),
        ]),
      );
      const apiCpu = {
        serverMsPerOp: round((cpu.serverUser + cpu.serverSystem) / requests, 2),
        serverKernelMsPerOp: round(cpu.serverSystem / requests, 2),
        autocannonMsPerOp: api.generatorCpuMsPerOp,
        dynamoLocalMsPerOp: round(cpu.apiJvm / requests, 2),
      };
      const floorCpu = {
        clientMsPerOp: floor.generatorCpuMsPerOp,
        dynamoLocalMsPerOp: round(cpu.floorJvm / (floor.ok + floor.lateOps), 2),
      };
      // With every core busy, throughput is cores / CPU per write, so this is the ratio the CPU
      // accounting alone predicts; when it matches the measured one, CPU per write is the lever.
      const cpuBoundRatio = round(
        (floorCpu.clientMsPerOp + floorCpu.dynamoLocalMsPerOp) /
          (apiCpu.serverMsPerOp + apiCpu.autocannonMsPerOp + apiCpu.dynamoLocalMsPerOp),
        3,
      );
      const [apiOps, apiLatency, apiCount] = describe(api);
      const [floorOps, floorLatency, floorCount] = describe(floor);
      return {
        json: {
          api: {
            operation: 'POST /v1/universities (one 3-item TransactWriteItems)',
            ...api,
            cpu: apiCpu,
            dynamoCallsPerRequest,
          },
          floor: {
            operation: 'TransactWriteCommand with the same 3 Puts, straight to DynamoDB Local',
            ...floor,
            cpu: floorCpu,
          },
          apiToFloorRatio: ratio,
          apiToFloorTarget: { min: TARGET_RATIO, met, predictedByCpuPerWrite: cpuBoundRatio },
          unloadedLatency: {
            concurrency: 1,
            apiP50Ms: unloaded.api.p50Ms,
            floorP50Ms: unloaded.floor.p50Ms,
            apiOverheadP50Ms: round(unloaded.api.p50Ms - unloaded.floor.p50Ms, 2),
            apiP99Ms: unloaded.api.p99Ms,
            floorP99Ms: unloaded.floor.p99Ms,
          },
          apiPeakRssMB: peakRssMB,
          apiServerMemory: { idleRssMB: toMB(idle.rssBytes), afterLoadRssMB: toMB(loaded.rssBytes), peakRssMB },
          apiWritesMethod: {
            rounds: ROUNDS,
            stretchSec: STRETCH.durationSec,
            warmUpSec: WARM_UP.durationSec,
            latency: 'nearest-rank over every 2xx/successful operation',
          },
        },
        rows: [
          { metric: 'API write throughput', value: apiOps, unit: 'ops/s' },
          { metric: 'API write p50 / p99', value: apiLatency, unit: 'ms' },
          { metric: 'API writes ok / failed', value: apiCount, unit: 'requests' },
          {
            metric: 'CPU per write: server / autocannon / JVM',
            value: `${apiCpu.serverMsPerOp} / ${apiCpu.autocannonMsPerOp} / ${apiCpu.dynamoLocalMsPerOp}`,
            unit: 'ms',
          },
          { metric: 'floor throughput', value: floorOps, unit: 'ops/s' },
          { metric: 'floor p50 / p99', value: floorLatency, unit: 'ms' },
          { metric: 'floor ok / failed', value: floorCount, unit: 'transactions' },
          {
            metric: 'CPU per write: client / JVM',
            value: `${floorCpu.clientMsPerOp} / ${floorCpu.dynamoLocalMsPerOp}`,
            unit: 'ms',
          },
          { metric: 'API / floor', value: ratio, unit: 'ratio', target: `>= ${TARGET_RATIO}`, met },
          { metric: 'API / floor predicted by CPU per write', value: cpuBoundRatio, unit: 'ratio' },
          {
            metric: 'p50 one at a time: API / floor',
            value: `${unloaded.api.p50Ms} / ${unloaded.floor.p50Ms}`,
            unit: 'ms',
          },
          { metric: 'API server peak RSS', value: peakRssMB, unit: 'MB' },
        ],
      };
    } finally {
      await server?.stop();
      await dynamo?.stop();
      for (const close of destroy) close();
    }
  },
};
