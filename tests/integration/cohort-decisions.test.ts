import { beforeAll, describe, expect, it } from 'vitest';
import { db, Placements } from '@aksu/core';
import { PASSWORD, SYSTEM, type Account } from '../support/accounts.ts';
import { openCohort, registerStudent, studentBody, twoUniversities, universityCounters } from '../support/cohorts.ts';
import { call } from '../support/http.ts';
import { newHostUnit, newMentor, newProject } from '../support/programme.ts';

let organiser: Account;
let coordinatorA: Account;
let coordinatorB: Account;
let uniA: string;
let uniB: string;

beforeAll(async () => {
  ({ organiser, coordinatorA, coordinatorB, uniA, uniB } = await twoUniversities());
});

describe('decisions', () => {
  it(
    'decides many at once with a reason, reports each, ' + 'keeps counters exact and hands out invitation codes once',
    async () => {
      const cohort = await openCohort([
        { universityId: uniA, quota: 10 },
        { universityId: uniB, quota: 10 },
      ]);
      const ids: string[] = [];
      for (const token of [coordinatorA.token, coordinatorA.token, coordinatorA.token, coordinatorB.token]) {
        ids.push((await registerStudent(cohort.cohortId, token, studentBody())).body.registrationId);
      }
      const decide = (registrationIds: string[], decision: string, reason?: string) =>
        call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/decisions`, {
          token: organiser.token,
          body: { registrationIds, decision, reason },
        });

      const accepted = await decide([ids[0]!, ids[1]!, ids[3]!], 'accepted', '材料齐全');
      expect(accepted.status).toBe(200);
      expect(accepted.body.results).toHaveLength(3);
      for (const r of accepted.body.results) {
        expect(r).toMatchObject({ ok: true, status: 'accepted' });
        expect(r.invitationCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      }
      const mixed = await decide([ids[0]!, ids[2]!, 'crg_00000000000000000000000000'], 'waitlisted', '名额待定');
      expect(mixed.body.results).toEqual([
        expect.objectContaining({ registrationId: ids[0], ok: false, code: 'invalid_transition', status: 'accepted' }),
        expect.objectContaining({ registrationId: ids[2], ok: true, status: 'waitlisted' }),
        expect.objectContaining({ ok: false, code: 'not_found' }),
      ]);
      // Waitlisted can still be accepted later; rejected is final and frees the place.
      expect((await decide([ids[2]!], 'rejected', '专业不符')).body.results[0]).toMatchObject({
        ok: true,
        status: 'rejected',
      });
      expect((await decide([ids[2]!], 'accepted')).body.results[0]).toMatchObject({
        ok: false,
        code: 'invalid_transition',
      });

      expect(await universityCounters(cohort.cohortId, uniA)).toMatchObject({
        active: 2,
        submitted: 0,
        accepted: 2,
        waitlisted: 0,
        rejected: 1,
      });
      expect(await universityCounters(cohort.cohortId, uniB)).toMatchObject({ active: 1, accepted: 1 });

      const one = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations/${ids[2]}`, {
        token: coordinatorA.token,
      });
      expect(one.body).toMatchObject({ status: 'rejected', decisionReason: '专业不符' });
      expect(JSON.stringify(one.body)).not.toContain('invitationCode');

      const byStatus = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations?status=accepted`, {
        token: organiser.token,
      });
      expect(byStatus.body.items.map((r: { registrationId: string }) => r.registrationId).sort()).toEqual(
        [ids[0], ids[1], ids[3]].sort(),
      );
      const byUniversity = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations?universityId=${uniB}`, {
        token: organiser.token,
      });
      expect(byUniversity.body.items.map((r: { registrationId: string }) => r.registrationId)).toEqual([ids[3]]);
      const coordinatorSeesOwn = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations?limit=100`, {
        token: coordinatorB.token,
      });
      expect(coordinatorSeesOwn.body.items.map((r: { registrationId: string }) => r.registrationId)).toEqual([ids[3]]);

      const byCoordinator = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/decisions`, {
        token: coordinatorA.token,
        body: { registrationIds: [ids[1]], decision: 'rejected' },
      });
      expect(byCoordinator.status).toBe(403);
    },
  );

  it('lets the accepted intern activate their account and sign in as that intern', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 3 }]);
    const body = studentBody();
    const id = (await registerStudent(cohort.cohortId, coordinatorA.token, body)).body.registrationId;
    const decided = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/decisions`, {
      token: organiser.token,
      body: { registrationIds: [id], decision: 'accepted' },
    });
    const code = decided.body.results[0].invitationCode;
    const activated = await call('POST', '/v1/auth/activate', { body: { code, password: PASSWORD } });
    expect(activated.status).toBe(200);
    const login = await call('POST', '/v1/auth/login', { body: { email: body.email, password: PASSWORD } });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ role: 'intern', internId: id, universityId: uniA, status: 'active' });
    const record = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations/${id}`, { token: organiser.token });
    expect(record.body.userId).toBe(login.body.user.userId);
    // Interns have no cohort screens.
    expect((await call('GET', `/v1/cohorts/${cohort.cohortId}`, { token: login.body.token })).status).toBe(403);
  });

  it('lets a coordinator confirm and withdraw their own students only', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 3 }]);
    const id = (await registerStudent(cohort.cohortId, coordinatorA.token, studentBody())).body.registrationId;
    const path = (verb: string) => `/v1/cohorts/${cohort.cohortId}/registrations/${id}/${verb}`;
    const early = await call('POST', path('confirm'), { token: coordinatorA.token });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      code: 'invalid_transition',
      allowed: ['accepted', 'waitlisted', 'rejected', 'withdrawn'],
    });
    await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/decisions`, {
      token: organiser.token,
      body: { registrationIds: [id], decision: 'accepted' },
    });
    expect((await call('POST', path('confirm'), { token: coordinatorB.token })).status).toBe(404);
    const confirmed = await call('POST', path('confirm'), { token: coordinatorA.token });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('confirmed');
    expect((await call('POST', path('withdraw'), { token: coordinatorB.token, body: {} })).status).toBe(404);
    const withdrawn = await call('POST', path('withdraw'), { token: coordinatorA.token, body: { reason: '家中有事' } });
    expect(withdrawn.status).toBe(200);
    expect(await universityCounters(cohort.cohortId, uniA)).toMatchObject({
      active: 0,
      accepted: 0,
      confirmed: 0,
      withdrawn: 1,
    });
  });

  it("gives a placed intern's seat and mentor slot back when they withdraw", async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 3 }]);
    const id = (await registerStudent(cohort.cohortId, coordinatorA.token, studentBody())).body.registrationId;
    await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/decisions`, {
      token: organiser.token,
      body: { registrationIds: [id], decision: 'accepted' },
    });
    const unit = await newHostUnit();
    const project = await newProject(unit.hostUnitId, cohort.cohortId, { seats: 2 });
    const { mentor } = await newMentor(unit.hostUnitId);
    await Placements.place(SYSTEM, cohort.cohortId, {
      registrationId: id,
      projectId: project.projectId,
      mentorId: mentor.mentorId,
    });
    const { entities } = db().service;
    expect((await entities.projectSeats.get({ projectId: project.projectId }).go()).data?.placed).toBe(1);

    const withdrawn = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/${id}/withdraw`, {
      token: coordinatorA.token,
      body: { reason: '无法按时到岗' },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(withdrawn.body.projectId).toBeUndefined();
    expect((await entities.projectSeats.get({ projectId: project.projectId }).go()).data?.placed).toBe(0);
    expect((await entities.mentorLoad.get({ mentorId: mentor.mentorId }).go()).data?.mentees).toBe(0);
    expect((await entities.placement.get({ registrationId: id }).go()).data).toBeNull();
    const stored = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations/${id}`, { token: organiser.token });
    expect(stored.body).not.toHaveProperty('projectId');
    expect(stored.body).not.toHaveProperty('mentorId');
  });
});
