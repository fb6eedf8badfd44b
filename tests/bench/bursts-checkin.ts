import { randomBytes } from 'node:crypto';
import { createInvitedAccount, db, Users, type Actor } from '@aksu/core';
import type { Row } from '../../scripts/bench/benchmark.ts';
import {
  latencySummary,
  loopbackClient,
  openLoop,
  type Arrival,
  type OpenLoopResult,
} from '../../scripts/bench/open-loop.ts';
import { settled, startServerProcess } from '../../scripts/bench/server-process.ts';
import { round } from '../../scripts/bench/stats.ts';
import { placedInterns, runningCohort } from './attendance-seed.ts';

export interface CheckInBurst {
  /** Placed interns of one cohort: the whole window's population. */
  interns: number;
  /** Interns the window's model spreads over its 30 minutes (the peak rate follows from it). */
  windowInterns: number;
  /** How long the peak rate is held. */
  runSec: number;
  /** Share of check-ins a phone sends twice (a lost answer, a retry): each must count once. */
  resendShare: number;
  /** Requests on the wire at once: the phone function's reserved concurrency. */
  maxInFlight: number;
  /** After the last arrival, how long answers may take before the rest are abandoned as errors. */
  drainSec: number;
}

const WINDOW_MIN = 30;
const SIGMA_MIN = 5;
/**
 * Arrivals over the 30-minute window follow a normal curve around its middle with σ = 5 minutes
 * (most interns arrive together; few at the edges). The peak minute carries the curve's density at
 * its mode over one minute: 1 / (σ·√(2π)) ≈ 7.98% of the window's check-ins.
 */
export const PEAK_MINUTE_SHARE = 1 / (SIGMA_MIN * Math.sqrt(2 * Math.PI));

const SETUP_ACTOR: Actor = { userId: 'usr_BENCH00000000000000000000000', role: 'organiser', isAdmin: true };

async function organiserToken(jwtSecret: string): Promise<string> {
  const { invitationCode } = await createInvitedAccount(SETUP_ACTOR, {
    email: `burst.${randomBytes(4).toString('hex')}@example.com`,
    name: '基准测试管理员',
    role: 'organiser',
    isAdmin: true,
  });
  return (await Users.activate({ code: invitationCode, password: 'bench-password-42' }, jwtSecret)).token;
}

/**
 * The peak of a 30-minute check-in window, held for `runSec`: each second carries the peak
 * minute's rate, every arrival a different intern of one cohort (plus a share of resends), released
 * open-loop. Afterwards the board (through the API) must equal the day records, and each intern
 * answered 201 must have exactly one record.
 */
export async function checkInBurst(endpoint: string, tableName: string, jwtSecret: string, shape: CheckInBurst) {
  const { cohortId, today } = await runningCohort();
  const t0 = performance.now();
  const tokens = await placedInterns(cohortId, shape.interns, jwtSecret);
  // The token's subject names the intern's registration: a check-in's record is keyed by it.
  const internOfToken = (token: string) =>
    (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { internId: string }).internId;
  const seedSec = round((performance.now() - t0) / 1000, 1);
  const admin = await organiserToken(jwtSecret);
  const perSec = (shape.windowInterns * PEAK_MINUTE_SHARE) / 60;
  const count = Math.min(shape.interns, Math.round(perSec * shape.runSec));
  const arrivals: Arrival[] = [];
  for (let i = 0; i < count; i++) {
    const atMs = (i * 1000) / perSec;
    const check = {
      from: loopbackClient(i, 250),
      method: 'POST' as const,
      path: '/v1/check-ins',
      headers: { authorization: `Bearer ${tokens[i]}` },
      body: { clientNonce: `burst-nonce-${i}` },
    };
    arrivals.push({ atMs, ...check });
    // The same phone sends again two seconds later, as after a timeout; the nonce makes it the same check-in.
    if (i % Math.round(1 / shape.resendShare) === 0) arrivals.push({ atMs: atMs + 2000, ...check });
  }
  arrivals.sort((a, b) => a.atMs - b.atMs);
  const internOf = new Map(
    arrivals.map((a, index) => [index, internOfToken(a.headers!.authorization!.slice('Bearer '.length))]),
  );
  const server = await startServerProcess({
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: endpoint,
    JWT_SECRET: jwtSecret,
  });
  let run: OpenLoopResult;
  let board: { totals?: { checkedIn?: number } } | undefined;
  try {
    run = await openLoop(server.url, arrivals, shape.maxInFlight, (shape.runSec + shape.drainSec) * 1000);
    await settled(server);
    const read = await openLoop(
      server.url,
      [
        {
          atMs: 0,
          from: '127.0.0.1',
          method: 'GET',
          path: `/v1/cohorts/${cohortId}/attendance?date=${today}`,
          headers: { authorization: `Bearer ${admin}` },
        },
      ],
      1,
    );
    board = JSON.parse(read.outcomes[0]!.body);
  } finally {
    await server.stop();
  }
  const { outcomes } = run;
  const ok = outcomes.filter((o) => o.status === 201);
  const errors = outcomes.filter((o) => o.status !== 201);
  const answeredInterns = new Set(
    ok.map((o) => arrivals[o.index]!.body as { clientNonce: string }).map((b) => b.clientNonce),
  );
  const days = (
    await db().service.entities.attendanceDay.query.byCohortDay({ cohortId, date: today }).go({ pages: 'all' })
  ).data;
  const present = days.filter((d) => d.status === 'present');
  const distinct = new Set(present.map((d) => d.registrationId)).size;
  const boardCheckedIn = board?.totals?.checkedIn;
  // Every intern answered 201 has exactly one record (a resend or an abandoned request may add none).
  const recorded = new Set(present.map((d) => d.registrationId));
  const answeredIds = new Set(ok.map((o) => internOf.get(o.index)!));
  const unrecorded = [...answeredIds].filter((id) => !recorded.has(id)).length;
  const countedOnce = unrecorded === 0 && distinct === present.length;
  const latency = latencySummary(ok);
  const label = `check-in peak, ${shape.interns} interns`;
  const json = {
    model:
      `${WINDOW_MIN}-min window, arrivals normal around its middle (σ ${SIGMA_MIN} min): ` +
      `the peak minute carries ${round(PEAK_MINUTE_SHARE * 100, 2)}% of ${shape.windowInterns}; ` +
      `that rate held ${shape.runSec} s, open loop; ` +
      `every ${Math.round(1 / shape.resendShare)}th check-in resent after 2 s with its nonce`,
    peakPerSec: round(perSec, 1),
    interns: shape.interns,
    seedSec,
    checkIns: count,
    requests: arrivals.length,
    maxInFlight: shape.maxInFlight,
    lastRequestOnTheWireMs: run.lastSentMs,
    elapsedMs: run.elapsedMs,
    achievedPerSec: round(ok.length / (run.elapsedMs / 1000), 1),
    answered201: ok.length,
    internsAnswered: answeredInterns.size,
    answeredWithoutRecord: unrecorded,
    records: present.length,
    boardCheckedIn,
    errors: errors.length,
    firstError: errors[0]?.error ?? errors[0]?.body.slice(0, 200),
    latencyFromArrivalMs: latency,
  };
  const rows: Row[] = [
    {
      metric: `${label}: offered rate (peak minute ${round(PEAK_MINUTE_SHARE * 100, 1)}% of ${shape.windowInterns})`,
      value: round(perSec, 1),
      unit: 'check-ins/s',
    },
    {
      metric: `${label}: check-ins / resends sent in ${shape.runSec} s`,
      value: `${count} / ${arrivals.length - count}`,
      unit: 'requests',
    },
    {
      metric: `${label}: all answered by (drain after the last arrival)`,
      value: round(run.elapsedMs / 1000, 1),
      unit: 's',
    },
    {
      metric: `${label}: answered 201 without exactly one record`,
      value: unrecorded,
      unit: 'interns',
      target: '0',
      met: countedOnce && answeredInterns.size === count,
    },
    {
      metric: `${label}: board checked in = records`,
      value: `${boardCheckedIn} / ${present.length}`,
      unit: 'interns',
      target: 'equal',
      met: boardCheckedIn === present.length,
    },
    {
      metric: `${label}: errors (any non-201)`,
      value: errors.length,
      unit: 'requests',
      target: '0',
      met: errors.length === 0,
    },
    { metric: `${label}: p50 / p99 from arrival`, value: `${latency.p50Ms} / ${latency.p99Ms}`, unit: 'ms' },
  ];
  return { rows, json };
}
