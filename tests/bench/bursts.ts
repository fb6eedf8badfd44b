import { randomBytes } from 'node:crypto';
import { configureDb } from '@aksu/core';
import type { Benchmark } from '../../scripts/bench/benchmark.ts';
import { QUICK, sized } from '../../scripts/bench/quick.ts';
import { ensureTable, startDynamoLocal, type LocalDynamo } from '../../scripts/lib/dynamodb-local.ts';
import { checkInBurst } from './bursts-checkin.ts';
import { registrationBurst } from './bursts-registration.ts';

/** The public and the phone function each reserve 60 concurrent executions in the deployed stack. */
const RESERVED_CONCURRENCY = 60;

/**
 * In-flight requests are capped at the traffic class's reserved concurrency, as the deployed
 * functions cap them; arrivals beyond it wait at the client and the wait counts in their latency.
 *
 * Two bursts against the API server process and DynamoDB Local: a popular event's registration
 * opening (2,000 people for 300 seats within 10 s) and the peak of a cohort's 30-minute check-in
 * window (20,000 interns). Each in its own table, so neither reads what the other wrote.
 */
/**
 * Each burst on a DynamoDB Local of its own, started for it and stopped after it. One JVM behind both
 * carried the registration burst's aftermath (its stream records and the work behind them) into the
 * check-in burst: the same check-ins took several times longer than on a fresh JVM and half of them
 * were abandoned, which says nothing about the check-in path. In AWS the table serves both without
 * either leaving work behind for the other.
 */
async function onItsOwnDatabase<T>(tableName: string, run: (endpoint: string) => Promise<T>): Promise<T> {
  const dynamo: LocalDynamo = await startDynamoLocal();
  try {
    await ensureTable(dynamo.endpoint, tableName);
    const { client } = configureDb({ tableName, endpoint: dynamo.endpoint, region: 'local' });
    try {
      return await run(dynamo.endpoint);
    } finally {
      client.destroy();
    }
  } finally {
    await dynamo.stop();
  }
}

export const benchmark: Benchmark = {
  name: 'bursts',
  async run() {
    const jwtSecret = randomBytes(32).toString('base64');
    const started = performance.now();
    // Registrations and interns carry encrypted personal data; the API child inherits the key.
    process.env.PII_KEY ??= 'bench-pii-key-not-for-production';
    // BURSTS=registration or BURSTS=check-in runs one of the two (when working on one path).
    const which = process.env.BURSTS ?? 'all';
    // Quick keeps the burst's shape (a quarter of the people and seats, the same 10 s).
    const registration =
      which === 'check-in'
        ? { rows: [], json: {} }
        : await onItsOwnDatabase('bench-burst-registration', (endpoint) =>
            registrationBurst(endpoint, 'bench-burst-registration', jwtSecret, {
              registrants: sized(2000, 500),
              seats: sized(300, 75),
              windowSec: 10,
              clients: 200,
              maxInFlight: RESERVED_CONCURRENCY,
              boundSec: sized(120, 30),
            }),
          );
    console.log(`  registration burst done at ${Math.round(performance.now() - started) / 1000} s`);
    // Quick seeds a twentieth of the cohort and holds the same peak rate for 10 s.
    const checkIn =
      which === 'registration'
        ? { rows: [], json: {} }
        : await onItsOwnDatabase('bench-burst-checkin', (endpoint) =>
            checkInBurst(endpoint, 'bench-burst-checkin', jwtSecret, {
              interns: sized(20_000, 1_000),
              windowInterns: 20_000,
              runSec: sized(60, 10),
              resendShare: 0.05,
              maxInFlight: RESERVED_CONCURRENCY,
              drainSec: sized(60, 15),
            }),
          );
    return {
      rows: [...registration.rows, ...checkIn.rows],
      json: { bursts: { quick: QUICK, registration: registration.json, checkIn: checkIn.json } },
    };
  },
};
