import { db, waitlistInOrder, type RegistrationInput } from '@aksu/core';
import type { Row } from '../../scripts/bench/benchmark.ts';
import {
  latencySummary,
  loopbackClient,
  openLoop,
  type Arrival,
  type OpenLoopResult,
} from '../../scripts/bench/open-loop.ts';
import { round } from '../../scripts/bench/stats.ts';
import { settled, startServerProcess } from '../../scripts/bench/server-process.ts';
import { newUniversity } from '../support/accounts.ts';
import { newEvent, newTrip } from '../support/events.ts';

export interface RegistrationBurst {
  registrants: number;
  seats: number;
  windowSec: number;
  /** Distinct loopback addresses; the per-client limit stays at its production default of 20 a minute. */
  clients: number;
  /** Requests on the wire at once: the public function's reserved concurrency. */
  maxInFlight: number;
  /** Requests not answered this long after the first arrival are abandoned and count as errors. */
  boundSec: number;
}

const body = (i: number): RegistrationInput =>
  ({
    name: `报名者${i}`,
    universityName: '北京大学',
    degreeLevel: 'master',
    major: '计算机科学与技术',
    graduationYear: 2026,
    phone: `139${String(i).padStart(8, '0')}`,
    email: `burst.${i}@example.com`,
    hometown: '阿克苏',
    fromRegion: true,
    interestedInSummerProgramme: true,
    interestedInFullTime: false,
    consent: true,
  }) as RegistrationInput;

/**
 * `registrants` people register for one event of `seats` seats, their arrivals spread evenly over
 * `windowSec` and released open-loop (nobody waits for anyone else's answer). Arrival order is the
 * order the server received them: each registration is numbered at receipt. Read back afterwards:
 * the numbers are 1..N with none twice, the seats went to numbers 1..seats, every answer matches
 * what is stored, and the waitlist promotion walks is in number order.
 */
export async function registrationBurst(
  endpoint: string,
  tableName: string,
  jwtSecret: string,
  shape: RegistrationBurst,
) {
  const trip = await newTrip([(await newUniversity()).universityId]);
  const event = await newEvent(trip, { capacity: shape.seats });
  const server = await startServerProcess({
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: endpoint,
    JWT_SECRET: jwtSecret,
    // The burst is ~12 a second per event above the production default of 600 a minute: a stage
    // expecting one raises this limit; the per-client limit stays at its default (20 a minute).
    REGISTRATION_LIMIT_PER_EVENT: String(shape.registrants * 2),
  });
  let run: OpenLoopResult;
  let arrivals: Arrival[] = [];
  let info: { seatsLeft?: number } | undefined;
  try {
    arrivals = Array.from({ length: shape.registrants }, (_, i) => ({
      atMs: (i * shape.windowSec * 1000) / shape.registrants,
      from: loopbackClient(i, shape.clients),
      method: 'POST',
      path: `/v1/public/events/${event.eventId}/registrations`,
      body: body(i),
    }));
    run = await openLoop(server.url, arrivals, shape.maxInFlight, shape.boundSec * 1000);
    await settled(server);
    info = JSON.parse(
      (
        await openLoop(
          server.url,
          [{ atMs: 0, from: '127.0.0.1', method: 'GET', path: `/v1/public/events/${event.eventId}` }],
          1,
        )
      ).outcomes[0]!.body,
    );
  } finally {
    await server.stop();
  }
  const { outcomes } = run;
  const created = outcomes.filter((o) => o.status === 201);
  const errors = outcomes.filter((o) => o.status === 0 || o.status >= 500);
  const refused = outcomes.filter((o) => o.status !== 201 && o.status !== 0 && o.status < 500);
  const statusCounts: Record<string, number> = {};
  for (const o of outcomes) statusCounts[o.status || 'network'] = (statusCounts[o.status || 'network'] ?? 0) + 1;

  // Read back what the table holds, and the waitlist in the order promotion walks it.
  const stored = (
    await db()
      .service.entities.registration.query.byEvent({ eventId: event.eventId })
      .go({ pages: 'all', consistent: true })
  ).data;
  const registered = stored.filter((r) => r.status === 'registered');
  const waitlisted = stored.filter((r) => r.status === 'waitlisted');
  const numbers = stored.map((r) => r.arrival ?? 0).sort((a, b) => a - b);
  const numberedOnce = numbers.every((n, i) => n === i + 1);
  const lastSeat = Math.max(0, ...registered.map((r) => r.arrival ?? Number.POSITIVE_INFINITY));
  const firstWait = Math.min(Number.POSITIVE_INFINITY, ...waitlisted.map((r) => r.arrival ?? 0));
  const seatsFirst = lastSeat < firstWait;
  const promotionOrder = (await waitlistInOrder(event.eventId)).map((r) => r.arrival ?? 0);
  let inversions = 0;
  for (let i = 1; i < promotionOrder.length; i++) if (!(promotionOrder[i]! > promotionOrder[i - 1]!)) inversions++;
  const walksAll = promotionOrder.length === waitlisted.length;
  const statusOf = new Map(stored.map((r) => [r.registrationId, r.status]));
  const answersWrong = created.filter((o) => {
    const receipt = JSON.parse(o.body) as { registrationId: string; status: string };
    return statusOf.get(receipt.registrationId) !== receipt.status;
  }).length;
  const orderOk = numberedOnce && seatsFirst && inversions === 0 && walksAll && answersWrong === 0;
  // For information: how far receipt order strays from the order the client sent (in-flight requests overtake each
  // other).
  const numberOf = new Map(stored.map((r) => [r.registrationId, r.arrival ?? 0]));
  const sentOrder = [...created]
    .sort((a, b) => a.index - b.index)
    .map((o) => numberOf.get((JSON.parse(o.body) as { registrationId: string }).registrationId) ?? 0);
  let overtaken = 0;
  for (let i = 1; i < sentOrder.length; i++) if (sentOrder[i]! < sentOrder[i - 1]!) overtaken++;
  const latency = latencySummary(created);
  const json = {
    model:
      `${shape.registrants} arrivals evenly over ${shape.windowSec} ` +
      `s from ${shape.clients} client addresses, open loop`,
    registrants: shape.registrants,
    seats: shape.seats,
    maxInFlight: shape.maxInFlight,
    lastRequestOnTheWireMs: run.lastSentMs,
    elapsedMs: run.elapsedMs,
    statusCounts,
    registered: registered.length,
    waitlisted: waitlisted.length,
    seatsLeftShown: info?.seatsLeft,
    stored: stored.length,
    arrivalOrder: {
      numbersOneToNOnce: numberedOnce,
      lastSeatedNumber: lastSeat,
      firstWaitlistedNumber: Number.isFinite(firstWait) ? firstWait : null,
      waitlistPairsOutOfArrivalOrder: inversions,
      promotionWalksWholeWaitlist: walksAll,
      answersDifferingFromStored: answersWrong,
      sentPairsReceivedReversed: overtaken,
      ok: orderOk,
    },
    errors: errors.length,
    refused: refused.length,
    firstError: errors[0]?.error ?? errors[0]?.body.slice(0, 200),
    firstRefusal: refused[0]?.body.slice(0, 200),
    latencyFromArrivalMs: latency,
  };
  const arrivalSpanMs = Math.round(arrivals.at(-1)!.atMs);
  const label = `${shape.registrants} for ${shape.seats} seats`;
  const rows: Row[] = [
    {
      metric: `${label}: arrivals over (${shape.maxInFlight} in flight at most)`,
      value: arrivalSpanMs,
      unit: 'ms',
      target: `<= ${shape.windowSec * 1000}`,
      met: arrivalSpanMs <= shape.windowSec * 1000,
    },
    { metric: `${label}: all answered by`, value: round(run.elapsedMs / 1000, 1), unit: 's' },
    {
      metric: `${label}: registered`,
      value: registered.length,
      unit: 'people',
      target: `= ${shape.seats}`,
      met: registered.length === shape.seats && info?.seatsLeft === 0,
    },
    {
      metric: `${label}: waitlisted`,
      value: waitlisted.length,
      unit: 'people',
      target: `= ${shape.registrants - shape.seats}`,
      met: waitlisted.length === shape.registrants - shape.seats,
    },
    {
      metric: `${label}: seats to arrivals 1-${shape.seats}, waitlist in arrival order (pairs out of order)`,
      value: inversions,
      unit: 'pairs',
      target: 'seats first, 0',
      met: orderOk,
    },
    {
      metric: `${label}: errors (5xx or network) / other refusals`,
      value: `${errors.length} / ${refused.length}`,
      unit: 'requests',
      target: '0 / 0',
      met: errors.length === 0 && refused.length === 0,
    },
    {
      metric: `${label}: p50 / p99 from arrival (per-event limit raised to ${shape.registrants * 2}/min)`,
      value: `${latency.p50Ms} / ${latency.p99Ms}`,
      unit: 'ms',
    },
  ];
  return { rows, json };
}
