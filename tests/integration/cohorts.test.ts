import { beforeAll, describe, expect, it } from 'vitest';
import { Cohorts } from '@aksu/core';
import { newAccount, newUniversity, SYSTEM, type Account } from '../support/accounts.ts';
import { openCohort, studentBody } from '../support/cohorts.ts';
import { call } from '../support/http.ts';

let organiser: Account;
let coordinatorA: Account;
let uniA: string;
let uniB: string;

beforeAll(async () => {
  [uniA, uniB] = (await Promise.all([newUniversity(), newUniversity()])).map((u) => u.universityId) as [string, string];
  [organiser, coordinatorA] = await Promise.all([
    newAccount('organiser'),
    newAccount('coordinator', { universityId: uniA }),
  ]);
});

const createBody = (universities: { universityId: string; quota: number }[]) => ({
  name: '2030年百名硕博社会实践',
  startsOn: '2030-08-01',
  endsOn: '2030-08-31',
  registrationOpensAt: '2030-05-01T00:00:00+08:00',
  registrationClosesAt: '2030-06-30T23:59:59+08:00',
  universities,
});

describe('cohorts', () => {
  it('are created in planning with the programme defaults', async () => {
    const res = await call('POST', '/v1/cohorts', {
      token: organiser.token,
      body: createBody([{ universityId: uniA, quota: 8 }]),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'planning',
      timeZone: 'Asia/Shanghai',
      eligibleDegreeLevels: ['master', 'phd'],
      allowedTransitions: ['registration_open'],
      checkInWindow: { start: '08:00', end: '10:30' },
      universities: [{ universityId: uniA, quota: 8 }],
      version: 1,
    });
    expect(res.body.stipendPolicy.dailyAllowanceFen).toBe(10_000);
  });

  it('refuse an unknown university, crossed dates and coordinators', async () => {
    const unknown = await call('POST', '/v1/cohorts', {
      token: organiser.token,
      body: createBody([{ universityId: 'uni_00000000000000000000000000', quota: 3 }]),
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].path).toBe('universities.0.universityId');
    const crossed = await call('POST', '/v1/cohorts', {
      token: organiser.token,
      body: { ...createBody([]), endsOn: '2030-07-01' },
    });
    expect(crossed.status).toBe(400);
    expect(crossed.body.errors.map((e: { path: string }) => e.path)).toContain('endsOn');
    const byCoordinator = await call('POST', '/v1/cohorts', { token: coordinatorA.token, body: createBody([]) });
    expect(byCoordinator.status).toBe(403);
  });

  it('refuse registration still open after the programme ends, on creation and on an edit of either date', async () => {
    const lateClose = await call('POST', '/v1/cohorts', {
      token: organiser.token,
      body: { ...createBody([]), registrationClosesAt: '2030-09-01T09:00:00+08:00' },
    });
    expect(lateClose.status).toBe(400);
    expect(lateClose.body.errors).toMatchObject([{ path: 'registrationClosesAt', code: 'closes_after_end' }]);

    const created = await call('POST', '/v1/cohorts', { token: organiser.token, body: createBody([]) });
    const { cohortId } = created.body;
    // The edit sends only the end; the close it would overtake is the stored one.
    const shortened = await call('PATCH', `/v1/cohorts/${cohortId}`, {
      token: organiser.token,
      body: { version: 1, startsOn: '2030-06-01', endsOn: '2030-06-20' },
    });
    expect(shortened.status).toBe(400);
    expect(shortened.body.errors).toMatchObject([{ path: 'registrationClosesAt', code: 'closes_after_end' }]);
    const extended = await call('PATCH', `/v1/cohorts/${cohortId}`, {
      token: organiser.token,
      body: { version: 1, registrationClosesAt: '2030-08-31T23:00:00+08:00' },
    });
    expect(extended.status).toBe(200);
  });

  it('move along their lifecycle and refuse a skipped step with what is allowed', async () => {
    const created = await call('POST', '/v1/cohorts', { token: organiser.token, body: createBody([]) });
    const id = created.body.cohortId;
    const skip = await call('POST', `/v1/cohorts/${id}/transitions`, {
      token: organiser.token,
      body: { to: 'running' },
    });
    expect(skip.status).toBe(409);
    expect(skip.body).toMatchObject({ code: 'invalid_transition', allowed: ['registration_open'] });
    for (const to of ['registration_open', 'review', 'running', 'closed']) {
      const step = await call('POST', `/v1/cohorts/${id}/transitions`, { token: organiser.token, body: { to } });
      expect(step.status, to).toBe(200);
      expect(step.body.status).toBe(to);
    }
  });

  it('update with a version, keep quotas in step with the counters and never below places taken', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 3 }]);
    for (let i = 0; i < 2; i++) {
      const r = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations`, {
        token: coordinatorA.token,
        body: studentBody(),
      });
      expect(r.status).toBe(201);
    }
    const tooLow = await call('PATCH', `/v1/cohorts/${cohort.cohortId}`, {
      token: organiser.token,
      body: { version: cohort.version, universities: [{ universityId: uniA, quota: 1 }] },
    });
    expect(tooLow.status).toBe(409);
    expect(tooLow.body.errors[0].path).toBe('universities.0.quota');

    const raised = await call('PATCH', `/v1/cohorts/${cohort.cohortId}`, {
      token: organiser.token,
      body: {
        version: cohort.version,
        name: '改名后的批次',
        universities: [
          { universityId: uniA, quota: 2 },
          { universityId: uniB, quota: 4 },
        ],
      },
    });
    expect(raised.status).toBe(200);
    expect(raised.body.version).toBe(cohort.version + 1);
    const summary = await Cohorts.summary(SYSTEM, cohort.cohortId);
    expect(summary.universities.find((u) => u.universityId === uniA)).toMatchObject({
      quota: 2,
      active: 2,
      submitted: 2,
    });
    expect(summary.universities.find((u) => u.universityId === uniB)).toMatchObject({ quota: 4, active: 0 });

    const full = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations`, {
      token: coordinatorA.token,
      body: studentBody(),
    });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('quota_exceeded');

    const stale = await call('PATCH', `/v1/cohorts/${cohort.cohortId}`, {
      token: organiser.token,
      body: { version: cohort.version, name: '又改' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');

    const leaving = await call('PATCH', `/v1/cohorts/${cohort.cohortId}`, {
      token: organiser.token,
      body: { version: raised.body.version, universities: [{ universityId: uniB, quota: 4 }] },
    });
    expect(leaving.status).toBe(409);
  });

  it('are visible to a coordinator only when their university takes part, with only its own quota', async () => {
    const theirs = await openCohort([
      { universityId: uniA, quota: 5 },
      { universityId: uniB, quota: 7 },
    ]);
    const other = await openCohort([{ universityId: uniB, quota: 7 }]);
    const list = await call('GET', '/v1/cohorts?limit=100', { token: coordinatorA.token });
    expect(list.status).toBe(200);
    const ids = list.body.items.map((c: { cohortId: string }) => c.cohortId);
    expect(ids).toContain(theirs.cohortId);
    expect(ids).not.toContain(other.cohortId);
    const one = await call('GET', `/v1/cohorts/${theirs.cohortId}`, { token: coordinatorA.token });
    expect(one.body.universities).toEqual([{ universityId: uniA, quota: 5 }]);
    expect((await call('GET', `/v1/cohorts/${other.cohortId}`, { token: coordinatorA.token })).status).toBe(404);
    expect((await call('GET', `/v1/cohorts/${other.cohortId}/summary`, { token: coordinatorA.token })).status).toBe(
      404,
    );
    const summary = await call('GET', `/v1/cohorts/${theirs.cohortId}/summary`, { token: coordinatorA.token });
    expect(summary.body.universities).toHaveLength(1);
    expect(summary.body.universities[0]).toMatchObject({ universityId: uniA, quota: 5 });
    const all = await call('GET', `/v1/cohorts/${theirs.cohortId}/summary`, { token: organiser.token });
    expect(all.body.universities).toHaveLength(2);
    expect(all.body.totals.quota).toBe(12);
  });
});
