import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { dailyWorld } from '../support/daily.ts';
import { call, concurrently, testApp } from '../support/http.ts';
import { acceptedIntern, newCohort } from '../support/programme.ts';

/**
 * One answer per contract: what the code answers is what the OpenAPI document promises, and two ways
 * of asking for the same thing (a resend by Idempotency-Key or by clientNonce) get the same answer.
 */
let organiser: Account;
let universityId: string;
beforeAll(async () => {
  organiser = await newAccount('organiser');
  universityId = (await newUniversity()).universityId;
});

const checkIn = (token: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  call('POST', '/v1/check-ins', { token, body, headers });

describe('a resent check-in', () => {
  it(
    'answers a resend by Idempotency-Key and by clientNonce ' +
      'alike: the first answer, 201, marked Idempotent-Replayed',
    async () => {
      const world = await dailyWorld({ interns: 2, universities: [universityId] });
      const [byKey, byNonce] = world.interns;

      const first = await checkIn(byKey!.token, {}, { 'idempotency-key': 'contract-key-0001' });
      expect(first.status).toBe(201);
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      const resentKey = await checkIn(byKey!.token, {}, { 'idempotency-key': 'contract-key-0001' });

      const tapped = await checkIn(byNonce!.token, { clientNonce: 'contract-nonce-0001' });
      expect(tapped.status).toBe(201);
      expect(tapped.headers.get('idempotent-replayed')).toBeNull();
      const resentNonce = await checkIn(byNonce!.token, { clientNonce: 'contract-nonce-0001' });

      for (const [resend, original] of [
        [resentKey, first],
        [resentNonce, tapped],
      ] as const) {
        expect(resend.status).toBe(201);
        expect(resend.headers.get('idempotent-replayed')).toBe('true');
        expect(resend.body).toEqual(original.body);
      }
    },
  );

  it('is documented as the code answers it: 201, no separate 200', async () => {
    const document = (await (await testApp().request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { description: string; responses: Record<string, unknown> }>>;
    };
    const operation = document.paths['/v1/check-ins']!.post!;
    expect(Object.keys(operation.responses)).toContain('201');
    expect(Object.keys(operation.responses)).not.toContain('200');
    expect(operation.description).toMatch(/Idempotent-Replayed/);
  });
});

describe('an outcome moved from a stale version', () => {
  it(
    'of 12 simultaneous moves from one version exactly one wins; ' +
      'every other answers 409 version_conflict, as documented',
    async () => {
      const cohort = await newCohort();
      const intern = await acceptedIntern(cohort.cohortId, universityId);
      const opened = await call('POST', '/v1/outcomes', {
        token: organiser.token,
        body: { registrationId: intern.registrationId },
      });
      const { outcomeId, version } = opened.body;
      // Every request asks for the same move: a loser reads the winner's stage, from which the move is
      // no longer allowed, but what it lost on is the version it was decided from.
      const results = await concurrently(12, () =>
        call('POST', `/v1/outcomes/${outcomeId}/transitions`, {
          token: organiser.token,
          body: { to: 'interested', on: '2025-06-01', version },
        }),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      const losers = results.filter((r) => r.status !== 200);
      expect(losers.map((r) => `${r.status} ${r.body.code}`)).toEqual(losers.map(() => '409 version_conflict'));

      // A loser that reads the outcome only after the winner wrote it is the same conflict.
      const stale = await call('POST', `/v1/outcomes/${outcomeId}/transitions`, {
        token: organiser.token,
        body: { to: 'interested', on: '2025-06-02', version },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('version_conflict');
    },
  );
});
