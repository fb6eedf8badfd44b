import { beforeAll, describe, expect, it } from 'vitest';
import { Cohorts, db, Placements, registerBatch } from '@aksu/core';
import { newAccount, newUniversity, PASSWORD, SYSTEM, uniqueSuffix, type Account } from '../support/accounts.ts';
import { openCohort, studentBody, validNationalId } from '../support/cohorts.ts';
import { call, concurrently } from '../support/http.ts';
import { newHostUnit, newMentor, newProject } from '../support/programme.ts';

let organiser: Account;
let coordinatorA: Account;
let coordinatorB: Account;
let uniA: string;
let uniB: string;

beforeAll(async () => {
  [uniA, uniB] = (await Promise.all([newUniversity(), newUniversity()])).map((u) => u.universityId) as [string, string];
  [organiser, coordinatorA, coordinatorB] = await Promise.all([
    newAccount('organiser'),
    newAccount('coordinator', { universityId: uniA }),
    newAccount('coordinator', { universityId: uniB }),
  ]);
});

const register = (cohortId: string, token: string, body: unknown, headers: Record<string, string> = {}) =>
  call('POST', `/v1/cohorts/${cohortId}/registrations`, { token, body, headers });
const counters = async (cohortId: string, universityId: string) =>
  (await Cohorts.summary(SYSTEM, cohortId)).universities.find((u) => u.universityId === universityId)!;

describe('registering students', () => {
  it('gives exactly the quota to 50 concurrent registrations against a quota of 10', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 10 }]);
    const results = await concurrently(50, () => register(cohort.cohortId, coordinatorA.token, studentBody()));
    const created = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status !== 201);
    expect(created).toHaveLength(10);
    expect(refused.map((r) => r.body.code)).toEqual(Array(40).fill('quota_exceeded'));
    expect(await counters(cohort.cohortId, uniA)).toMatchObject({ quota: 10, active: 10, submitted: 10 });
    const list = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations?limit=100`, { token: organiser.token });
    expect(list.body.items).toHaveLength(10);
  });

  it('accepts the same national ID once when two universities register it at once', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 10 }, { universityId: uniB, quota: 10 }]);
    const nationalId = validNationalId();
    const results = await concurrently(6, (i) =>
      register(cohort.cohortId, i % 2 ? coordinatorB.token : coordinatorA.token, studentBody({ nationalId })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(5).fill('duplicate_person'));
    const [a, b] = await Promise.all([counters(cohort.cohortId, uniA), counters(cohort.cohortId, uniB)]);
    expect(a.submitted + b.submitted).toBe(1);
    // Same person in another cohort is fine.
    const other = await openCohort([{ universityId: uniA, quota: 1 }]);
    expect((await register(other.cohortId, coordinatorA.token, studentBody({ nationalId }))).status).toBe(201);
  });

  it('writes a batch of many rows from several universities in transactions that stay within 100 items', async () => {
    const uniC = (await newUniversity()).universityId;
    const universities = [uniA, uniB, uniC];
    const cohort = await openCohort(universities.map((universityId) => ({ universityId, quota: 40 })));
    // Interleaved, so every transaction carries three counters besides its rows' two items each.
    const rows = Array.from({ length: 100 }, (_, i) => studentBody({ universityId: universities[i % 3] }));
    const outcomes = await registerBatch(SYSTEM, cohort.cohortId, rows);
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    const taken = await Promise.all(universities.map(async (u) => (await counters(cohort.cohortId, u)).active));
    expect(taken).toEqual([34, 33, 33]);
  });

  it('normalises what people type and lists each field that is wrong, in one go', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 5 }]);
    const id = validNationalId('female');
    const spaced = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const ok = await register(cohort.cohortId, coordinatorA.token, studentBody({ name: '　古丽 • 娜扎 ', nationalId: spaced, phone: '+86 139 1234 5678', degreeLevel: '博士', studyYear: '2' }));
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ name: '古丽·娜扎', gender: 'female', degreeLevel: 'phd', studyYear: 2, status: 'submitted', source: 'form' });
    expect(ok.body.nationalIdMasked).toBe(`${id.slice(0, 3)}***********${id.slice(-4)}`);

    const typo = id.slice(0, 16) + ((Number(id[16]) + 1) % 10) + id[17];
    const bad = await register(cohort.cohortId, coordinatorA.token, studentBody({ nationalId: typo, phone: '12345', email: 'nope' }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'phone']);
    const checksum = await register(cohort.cohortId, coordinatorA.token, studentBody({ nationalId: typo }));
    expect(checksum.status).toBe(400);
    expect(checksum.body.errors[0]).toMatchObject({ path: 'nationalId' });
    const noConsent = await register(cohort.cohortId, coordinatorA.token, studentBody({ consent: false }));
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.errors[0].path).toBe('consent');
    const bachelor = await register(cohort.cohortId, coordinatorA.token, studentBody({ degreeLevel: '本科' }));
    expect(bachelor.status).toBe(422);
    expect(bachelor.body.code).toBe('not_eligible');
    expect((await counters(cohort.cohortId, uniA)).submitted).toBe(1);
  });

  it('answers a retry with the same Idempotency-Key with the first registration', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 5 }]);
    const body = studentBody();
    const key = `reg-${uniqueSuffix()}-retry`;
    const [first, second] = await concurrently(2, () => register(cohort.cohortId, coordinatorA.token, body, { 'idempotency-key': key }));
    expect(first!.status).toBe(201);
    expect(second!.status).toBe(201);
    expect(second!.body.registrationId).toBe(first!.body.registrationId);
    expect((await counters(cohort.cohortId, uniA)).submitted).toBe(1);
  });

  it('is only possible while the cohort is open and inside its window (organisers also during review)', async () => {
    const later = await openCohort([{ universityId: uniA, quota: 5 }], {
      registrationOpensAt: new Date(Date.now() + 86_400_000).toISOString(),
      registrationClosesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
    const early = await register(later.cohortId, coordinatorA.token, studentBody());
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('registration_closed');
    await Cohorts.transition(SYSTEM, later.cohortId, { to: 'review' });
    expect((await register(later.cohortId, coordinatorA.token, studentBody())).status).toBe(409);
    const late = await register(later.cohortId, organiser.token, studentBody({ universityId: uniA }));
    expect(late.status).toBe(201);
    const noUniversity = await register(later.cohortId, organiser.token, studentBody());
    expect(noUniversity.status).toBe(400);
    expect(noUniversity.body.errors[0].path).toBe('universityId');
  });

  it('confines coordinators to their university: another cohort is 404, another university is refused', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 5 }]);
    expect((await register(cohort.cohortId, coordinatorB.token, studentBody())).status).toBe(404);
    const forOther = await register(cohort.cohortId, coordinatorA.token, studentBody({ universityId: uniB }));
    expect(forOther.status).toBe(403);
  });
});

describe('personal data', () => {
  it('is masked for coordinators, shown in full to organisers on one registration only, and stored encrypted', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 5 }]);
    const body = studentBody();
    const created = await register(cohort.cohortId, coordinatorA.token, body);
    const id = created.body.registrationId;
    const text = (value: unknown) => JSON.stringify(value);
    expect(text(created.body)).not.toContain(body.phone);
    expect(text(created.body)).not.toContain(body.nationalId);

    const coordinatorList = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations`, { token: coordinatorA.token });
    const coordinatorOne = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations/${id}`, { token: coordinatorA.token });
    for (const res of [coordinatorList, coordinatorOne]) {
      expect(res.status).toBe(200);
      expect(text(res.body)).not.toContain(body.phone);
      expect(text(res.body)).not.toContain(body.emergencyContact.phone);
      expect(text(res.body)).not.toContain(body.nationalId);
    }
    expect(coordinatorOne.body.phone).toBe(`${body.phone.slice(0, 3)}****${body.phone.slice(-4)}`);

    const organiserList = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations`, { token: organiser.token });
    expect(organiserList.body.items[0].phone).toBe(body.phone);
    expect(text(organiserList.body)).not.toContain(body.nationalId);
    const organiserOne = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations/${id}`, { token: organiser.token });
    expect(organiserOne.body.nationalId).toBe(body.nationalId);

    const stored = await db().service.entities.cohortRegistration.get({ registrationId: id }).go({ data: 'raw' });
    const raw = text(stored.data);
    expect(raw).not.toContain(body.nationalId);
    expect(raw).toContain('nationalIdSealed');
    const audit = await call('GET', `/v1/audit?entityType=cohortRegistration&entityId=${id}`, { token: organiser.token });
    expect(audit.status).toBe(200);
    expect(audit.body.items.length).toBeGreaterThan(0);
    expect(text(audit.body)).not.toContain(body.nationalId);
    expect(text(audit.body)).not.toContain(body.phone);
    expect(text(audit.body)).not.toContain('nationalIdSealed');
  });

  it('writes an audit entry each time an organiser is shown a full national ID, without the ID in it', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 5 }]);
    const body = studentBody();
    const id = (await register(cohort.cohortId, coordinatorA.token, body)).body.registrationId;
    const views = async () => {
      const audit = await call('GET', `/v1/audit?entityType=cohortRegistration&entityId=${id}&limit=100`, { token: organiser.token });
      expect(audit.status).toBe(200);
      expect(JSON.stringify(audit.body)).not.toContain(body.nationalId);
      return (audit.body.items as { action: string; actorId: string; actorRole: string; at: string }[]).filter((e) => e.action === 'view_national_id');
    };

    // A coordinator's read shows the masked ID only, so it is not a viewing of the full one.
    await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations/${id}`, { token: coordinatorA.token });
    expect(await views()).toEqual([]);

    for (let i = 0; i < 2; i++) {
      const shown = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations/${id}`, { token: organiser.token });
      expect(shown.body.nationalId).toBe(body.nationalId);
    }
    const entries = await views();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ actorId: organiser.user.userId, actorRole: 'organiser' });
    expect(Date.parse(entries[0]!.at)).not.toBeNaN();
  });
});

describe('decisions', () => {
  it('decides many at once with a reason, reports each, keeps counters exact and hands out invitation codes once', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 10 }, { universityId: uniB, quota: 10 }]);
    const ids: string[] = [];
    for (const token of [coordinatorA.token, coordinatorA.token, coordinatorA.token, coordinatorB.token]) {
      ids.push((await register(cohort.cohortId, token, studentBody())).body.registrationId);
    }
    const decide = (registrationIds: string[], decision: string, reason?: string) =>
      call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/decisions`, { token: organiser.token, body: { registrationIds, decision, reason } });

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
    expect((await decide([ids[2]!], 'rejected', '专业不符')).body.results[0]).toMatchObject({ ok: true, status: 'rejected' });
    expect((await decide([ids[2]!], 'accepted')).body.results[0]).toMatchObject({ ok: false, code: 'invalid_transition' });

    expect(await counters(cohort.cohortId, uniA)).toMatchObject({ active: 2, submitted: 0, accepted: 2, waitlisted: 0, rejected: 1 });
    expect(await counters(cohort.cohortId, uniB)).toMatchObject({ active: 1, accepted: 1 });

    const one = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations/${ids[2]}`, { token: coordinatorA.token });
    expect(one.body).toMatchObject({ status: 'rejected', decisionReason: '专业不符' });
    expect(JSON.stringify(one.body)).not.toContain('invitationCode');

    const byStatus = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations?status=accepted`, { token: organiser.token });
    expect(byStatus.body.items.map((r: { registrationId: string }) => r.registrationId).sort()).toEqual([ids[0], ids[1], ids[3]].sort());
    const byUniversity = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations?universityId=${uniB}`, { token: organiser.token });
    expect(byUniversity.body.items.map((r: { registrationId: string }) => r.registrationId)).toEqual([ids[3]]);
    const coordinatorSeesOwn = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations?limit=100`, { token: coordinatorB.token });
    expect(coordinatorSeesOwn.body.items.map((r: { registrationId: string }) => r.registrationId)).toEqual([ids[3]]);

    const byCoordinator = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/decisions`, {
      token: coordinatorA.token,
      body: { registrationIds: [ids[1]], decision: 'rejected' },
    });
    expect(byCoordinator.status).toBe(403);
  });

  it('lets the accepted intern activate their account and sign in as that intern', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 3 }]);
    const body = studentBody();
    const id = (await register(cohort.cohortId, coordinatorA.token, body)).body.registrationId;
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
    const id = (await register(cohort.cohortId, coordinatorA.token, studentBody())).body.registrationId;
    const path = (verb: string) => `/v1/cohorts/${cohort.cohortId}/registrations/${id}/${verb}`;
    const early = await call('POST', path('confirm'), { token: coordinatorA.token });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'invalid_transition', allowed: ['accepted', 'waitlisted', 'rejected', 'withdrawn'] });
    await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/decisions`, { token: organiser.token, body: { registrationIds: [id], decision: 'accepted' } });
    expect((await call('POST', path('confirm'), { token: coordinatorB.token })).status).toBe(404);
    const confirmed = await call('POST', path('confirm'), { token: coordinatorA.token });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('confirmed');
    expect((await call('POST', path('withdraw'), { token: coordinatorB.token, body: {} })).status).toBe(404);
    const withdrawn = await call('POST', path('withdraw'), { token: coordinatorA.token, body: { reason: '家中有事' } });
    expect(withdrawn.status).toBe(200);
    expect(await counters(cohort.cohortId, uniA)).toMatchObject({ active: 0, accepted: 0, confirmed: 0, withdrawn: 1 });
  });

  it("gives a placed intern's seat and mentor slot back when they withdraw", async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 3 }]);
    const id = (await register(cohort.cohortId, coordinatorA.token, studentBody())).body.registrationId;
    await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/decisions`, { token: organiser.token, body: { registrationIds: [id], decision: 'accepted' } });
    const unit = await newHostUnit();
    const project = await newProject(unit.hostUnitId, cohort.cohortId, { seats: 2 });
    const { mentor } = await newMentor(unit.hostUnitId);
    await Placements.place(SYSTEM, cohort.cohortId, { registrationId: id, projectId: project.projectId, mentorId: mentor.mentorId });
    const { entities } = db().service;
    expect((await entities.projectSeats.get({ projectId: project.projectId }).go()).data?.placed).toBe(1);

    const withdrawn = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations/${id}/withdraw`, { token: coordinatorA.token, body: { reason: '无法按时到岗' } });
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
