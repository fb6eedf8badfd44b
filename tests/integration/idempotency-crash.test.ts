import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DailyCheckIns, db, Idempotency, PayoutBatches, type Actor } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { dailyWorld } from '../support/daily.ts';
import { call } from '../support/http.ts';
import { recordDays, runningProgramme } from '../support/logs-stipends.ts';

/**
 * A server killed mid-request leaves its Idempotency-Key claimed and never completed. The lapse is
 * simulated at the data level: the claim is made as the dead process made it, a minute ago (longer
 * than the lease), and for the cases where the write itself happened, the write is made too. The
 * retry, as a client sends it after the restart, must get the first result when the write happened
 * and perform it exactly once when it did not; never 409 idempotency_in_progress for a day.
 */
let organiser: Account;
let universityId: string;
beforeAll(async () => {
  organiser = await newAccount('organiser');
  universityId = (await newUniversity()).universityId;
});

const A_MINUTE_AGO = () => Date.now() - 60_000;

/** The claim a process made before it was killed: the same scope and request hash the server computes. */
async function claimedByDeadProcess(
  userId: string,
  method: string,
  routePath: string,
  path: string,
  body: string,
  key: string,
) {
  const scope = `${userId}:${method}:${routePath}`;
  const hash = createHash('sha256').update(`${path}\n${body}`).digest('base64url');
  expect((await Idempotency.begin(scope, key, hash, A_MINUTE_AGO())).kind).toBe('proceed');
}

const internActor = (userId: string, registrationId: string, universityId: string): Actor => ({
  userId,
  role: 'intern',
  universityId,
  internId: registrationId,
});

describe('a retry after the server died holding the key', () => {
  it('check-in, killed before the write: the retry checks in, once', async () => {
    const world = await dailyWorld({ interns: 1, universities: [universityId] });
    const intern = world.interns[0]!;
    const me = (await call('GET', '/v1/me', { token: intern.token })).body;
    await claimedByDeadProcess(me.userId, 'POST', '/v1/check-ins', '/v1/check-ins', '{}', 'crash-before-0001');

    const retry = await call('POST', '/v1/check-ins', {
      token: intern.token,
      body: {},
      headers: { 'idempotency-key': 'crash-before-0001' },
    });
    expect(retry.status, JSON.stringify(retry.body)).toBe(201);
    const again = await call('POST', '/v1/check-ins', {
      token: intern.token,
      body: {},
      headers: { 'idempotency-key': 'crash-before-0001' },
    });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(retry.body);
    const days = await db()
      .service.entities.attendanceDay.query.byCohortDay({ cohortId: world.cohort.cohortId, date: world.today })
      .go();
    expect(days.data).toHaveLength(1);
  });

  it(
    'check-in, killed after the write and before the ' + 'key was completed: the retry gets the first check-in',
    async () => {
      const world = await dailyWorld({ interns: 1, universities: [universityId] });
      const intern = world.interns[0]!;
      const me = (await call('GET', '/v1/me', { token: intern.token })).body;
      await claimedByDeadProcess(me.userId, 'POST', '/v1/check-ins', '/v1/check-ins', '{}', 'crash-after-0001');
      const written = await DailyCheckIns.checkIn(
        internActor(me.userId, intern.registrationId, intern.universityId),
        {},
        { idempotencyKey: 'crash-after-0001' },
      );

      const retry = await call('POST', '/v1/check-ins', {
        token: intern.token,
        body: {},
        headers: { 'idempotency-key': 'crash-after-0001' },
      });
      expect(retry.status, JSON.stringify(retry.body)).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retry.body).toEqual(JSON.parse(JSON.stringify(written.checkIn)));
      const days = await db()
        .service.entities.attendanceDay.query.byCohortDay({ cohortId: world.cohort.cohortId, date: world.today })
        .go();
      expect(days.data).toHaveLength(1);
    },
  );

  it(
    'payout, killed after the batch was paid and before the ' +
      'key was completed: the retry gets the paid batch, paid once',
    async () => {
      const p = await runningProgramme(universityId, 1);
      const intern = p.interns[0]!;
      await recordDays(p, intern.registrationId, [{ date: p.cohort.startsOn, status: 'present' }]);
      const statement = `/v1/cohorts/${p.cohort.cohortId}/stipend-statements/${intern.registrationId}`;
      const { totalFen } = (await call('GET', statement, { token: organiser.token })).body;
      expect((await call('POST', `${statement}/approve`, { token: organiser.token, body: { totalFen } })).status).toBe(
        200,
      );
      const batch = (await call('POST', `/v1/cohorts/${p.cohort.cohortId}/payout-batches`, { token: organiser.token }))
        .body;
      const path = `/v1/payout-batches/${batch.batchId}/pay`;
      const key = `pay-crash-${batch.batchId}`;
      await claimedByDeadProcess(organiser.user.userId, 'POST', '/v1/payout-batches/:batchId/pay', path, '', key);
      const actor: Actor = { userId: organiser.user.userId, role: 'organiser', isAdmin: false };
      const paid = await PayoutBatches.pay(actor, batch.batchId, { idempotencyKey: key });

      const retry = await call('POST', path, { token: organiser.token, headers: { 'idempotency-key': key } });
      expect(retry.status, JSON.stringify(retry.body)).toBe(200);
      expect(retry.body).toMatchObject({
        batchId: batch.batchId,
        status: 'paid',
        paidAt: paid.paidAt,
        ledgerEntryId: paid.ledgerEntryId,
      });
      // Without the key (or with another) it is a second payment, which stays refused.
      expect(
        (await call('POST', path, { token: organiser.token, headers: { 'idempotency-key': `other-${key}` } })).body
          .code,
      ).toBe('already_paid');
      const trail = await call('GET', `/v1/audit?entityType=payoutBatch&entityId=${batch.batchId}`, {
        token: organiser.token,
      });
      expect(trail.body.items.filter((e: { action: string }) => e.action === 'pay')).toHaveLength(1);
    },
  );

  it('payout, killed before the write: the retry pays, once', async () => {
    const p = await runningProgramme(universityId, 1);
    const intern = p.interns[0]!;
    await recordDays(p, intern.registrationId, [{ date: p.cohort.startsOn, status: 'present' }]);
    const statement = `/v1/cohorts/${p.cohort.cohortId}/stipend-statements/${intern.registrationId}`;
    const { totalFen } = (await call('GET', statement, { token: organiser.token })).body;
    await call('POST', `${statement}/approve`, { token: organiser.token, body: { totalFen } });
    const batch = (await call('POST', `/v1/cohorts/${p.cohort.cohortId}/payout-batches`, { token: organiser.token }))
      .body;
    const path = `/v1/payout-batches/${batch.batchId}/pay`;
    const key = `pay-before-${batch.batchId}`;
    await claimedByDeadProcess(organiser.user.userId, 'POST', '/v1/payout-batches/:batchId/pay', path, '', key);

    const retry = await call('POST', path, { token: organiser.token, headers: { 'idempotency-key': key } });
    expect(retry.status, JSON.stringify(retry.body)).toBe(200);
    expect(retry.body.status).toBe('paid');
    const again = await call('POST', path, { token: organiser.token, headers: { 'idempotency-key': key } });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(retry.body);
  });
});

/** A server process of its own, started the way `pnpm dev` runs the API; resolves once it listens. */
function startServerProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/crash-server.ts'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, url: (JSON.parse(line) as { url: string }).url });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

describe('a server process killed mid-request and started again', () => {
  it('check-in: the retry to the new process gets one check-in, never idempotency_in_progress', async () => {
    const world = await dailyWorld({ interns: 1, universities: [universityId] });
    const intern = world.interns[0]!;
    // A short lease, as the restarted server would have after a long outage; the retry itself waits for it.
    const env = { IDEMPOTENCY_LEASE_SECONDS: '1', LOG_LEVEL: 'silent' };
    const first = await startServerProcess(env);
    const key = 'killed-mid-request-0001';
    const send = (url: string) =>
      fetch(`${url}/v1/check-ins`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${intern.token}`,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: '{}',
      });
    const inFlight = send(first.url).catch((error: unknown) => error);
    // Killed the moment the request has claimed its key: before or after its write, whichever it reached.
    const me = (await call('GET', '/v1/me', { token: intern.token })).body;
    const scope = `${me.userId}:POST:/v1/check-ins`;
    for (;;) {
      const { data } = await db().service.entities.idempotency.get({ scope, key }).go({ consistent: true });
      if (data) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await killed(first.child);
    await inFlight;

    const second = await startServerProcess(env);
    try {
      const retry = await send(second.url);
      const body = await retry.json();
      expect(retry.status, JSON.stringify(body)).toBe(201);
      expect(body).toMatchObject({ registrationId: intern.registrationId, date: world.today, status: 'present' });
      const days = await db()
        .service.entities.attendanceDay.query.byCohortDay({ cohortId: world.cohort.cohortId, date: world.today })
        .go();
      expect(days.data).toHaveLength(1);
    } finally {
      await killed(second.child);
    }
  });
});
