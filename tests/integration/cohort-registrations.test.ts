import { beforeAll, describe, expect, it } from 'vitest';
import { Cohorts, db, registerBatch } from '@aksu/core';
import { newUniversity, SYSTEM, uniqueSuffix, type Account } from '../support/accounts.ts';
import {
  openCohort,
  registerStudent,
  studentBody,
  twoUniversities,
  universityCounters,
  validNationalId,
} from '../support/cohorts.ts';
import { call, concurrently } from '../support/http.ts';

let organiser: Account;
let coordinatorA: Account;
let coordinatorB: Account;
let uniA: string;
let uniB: string;

beforeAll(async () => {
  ({ organiser, coordinatorA, coordinatorB, uniA, uniB } = await twoUniversities());
});

describe('registering students', () => {
  it('gives exactly the quota to 50 concurrent registrations against a quota of 10', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 10 }]);
    const results = await concurrently(50, () => registerStudent(cohort.cohortId, coordinatorA.token, studentBody()));
    const created = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status !== 201);
    expect(created).toHaveLength(10);
    expect(refused.map((r) => r.body.code)).toEqual(Array(40).fill('quota_exceeded'));
    expect(await universityCounters(cohort.cohortId, uniA)).toMatchObject({ quota: 10, active: 10, submitted: 10 });
    const list = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations?limit=100`, {
      token: organiser.token,
    });
    expect(list.body.items).toHaveLength(10);
  });

  it('accepts the same national ID once when two universities register it at once', async () => {
    const cohort = await openCohort([
      { universityId: uniA, quota: 10 },
      { universityId: uniB, quota: 10 },
    ]);
    const nationalId = validNationalId();
    const results = await concurrently(6, (i) =>
      registerStudent(cohort.cohortId, i % 2 ? coordinatorB.token : coordinatorA.token, studentBody({ nationalId })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(5).fill('duplicate_person'));
    const [a, b] = await Promise.all([
      universityCounters(cohort.cohortId, uniA),
      universityCounters(cohort.cohortId, uniB),
    ]);
    expect(a.submitted + b.submitted).toBe(1);
    // Same person in another cohort is fine.
    const other = await openCohort([{ universityId: uniA, quota: 1 }]);
    expect((await registerStudent(other.cohortId, coordinatorA.token, studentBody({ nationalId }))).status).toBe(201);
  });

  it('writes a batch of many rows from several universities in transactions that stay within 100 items', async () => {
    const uniC = (await newUniversity()).universityId;
    const universities = [uniA, uniB, uniC];
    const cohort = await openCohort(universities.map((universityId) => ({ universityId, quota: 40 })));
    // Interleaved, so every transaction carries three counters besides its rows' two items each.
    const rows = Array.from({ length: 100 }, (_, i) => studentBody({ universityId: universities[i % 3] }));
    const outcomes = await registerBatch(SYSTEM, cohort.cohortId, rows);
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    const taken = await Promise.all(
      universities.map(async (u) => (await universityCounters(cohort.cohortId, u)).active),
    );
    expect(taken).toEqual([34, 33, 33]);
  });

  it('normalises what people type and lists each field that is wrong, in one go', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 5 }]);
    const id = validNationalId('female');
    const spaced = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`.replace(/\d/g, (d) =>
      String.fromCharCode(d.charCodeAt(0) + 0xfee0),
    );
    const ok = await registerStudent(
      cohort.cohortId,
      coordinatorA.token,
      studentBody({
        name: '　古丽 • 娜扎 ',
        nationalId: spaced,
        phone: '+86 139 1234 5678',
        degreeLevel: '博士',
        studyYear: '2',
      }),
    );
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      name: '古丽·娜扎',
      gender: 'female',
      degreeLevel: 'phd',
      studyYear: 2,
      status: 'submitted',
      source: 'form',
    });
    expect(ok.body.nationalIdMasked).toBe(`${id.slice(0, 3)}***********${id.slice(-4)}`);

    const typo = id.slice(0, 16) + ((Number(id[16]) + 1) % 10) + id[17];
    const bad = await registerStudent(
      cohort.cohortId,
      coordinatorA.token,
      studentBody({ nationalId: typo, phone: '12345', email: 'nope' }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'phone']);
    const checksum = await registerStudent(cohort.cohortId, coordinatorA.token, studentBody({ nationalId: typo }));
    expect(checksum.status).toBe(400);
    expect(checksum.body.errors[0]).toMatchObject({ path: 'nationalId' });
    const noConsent = await registerStudent(cohort.cohortId, coordinatorA.token, studentBody({ consent: false }));
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.errors[0].path).toBe('consent');
    const bachelor = await registerStudent(cohort.cohortId, coordinatorA.token, studentBody({ degreeLevel: '本科' }));
    expect(bachelor.status).toBe(422);
    expect(bachelor.body.code).toBe('not_eligible');
    expect((await universityCounters(cohort.cohortId, uniA)).submitted).toBe(1);
  });

  it('answers a retry with the same Idempotency-Key with the first registration', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 5 }]);
    const body = studentBody();
    const key = `reg-${uniqueSuffix()}-retry`;
    const [first, second] = await concurrently(2, () =>
      registerStudent(cohort.cohortId, coordinatorA.token, body, { 'idempotency-key': key }),
    );
    expect(first!.status).toBe(201);
    expect(second!.status).toBe(201);
    expect(second!.body.registrationId).toBe(first!.body.registrationId);
    expect((await universityCounters(cohort.cohortId, uniA)).submitted).toBe(1);
  });

  it('is only possible while the cohort is open and inside its window (organisers also during review)', async () => {
    const later = await openCohort([{ universityId: uniA, quota: 5 }], {
      registrationOpensAt: new Date(Date.now() + 86_400_000).toISOString(),
      registrationClosesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
    const early = await registerStudent(later.cohortId, coordinatorA.token, studentBody());
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('registration_closed');
    await Cohorts.transition(SYSTEM, later.cohortId, { to: 'review' });
    expect((await registerStudent(later.cohortId, coordinatorA.token, studentBody())).status).toBe(409);
    const late = await registerStudent(later.cohortId, organiser.token, studentBody({ universityId: uniA }));
    expect(late.status).toBe(201);
    const noUniversity = await registerStudent(later.cohortId, organiser.token, studentBody());
    expect(noUniversity.status).toBe(400);
    expect(noUniversity.body.errors[0].path).toBe('universityId');
  });

  it('confines coordinators to their university: another cohort is 404, another university is refused', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 5 }]);
    expect((await registerStudent(cohort.cohortId, coordinatorB.token, studentBody())).status).toBe(404);
    const forOther = await registerStudent(cohort.cohortId, coordinatorA.token, studentBody({ universityId: uniB }));
    expect(forOther.status).toBe(403);
  });
});

describe('personal data', () => {
  it(
    'is masked for coordinators, shown in full to organisers ' + 'on one registration only, and stored encrypted',
    async () => {
      const cohort = await openCohort([{ universityId: uniA, quota: 5 }]);
      const body = studentBody();
      const created = await registerStudent(cohort.cohortId, coordinatorA.token, body);
      const id = created.body.registrationId;
      const text = (value: unknown) => JSON.stringify(value);
      expect(text(created.body)).not.toContain(body.phone);
      expect(text(created.body)).not.toContain(body.nationalId);

      const coordinatorList = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations`, {
        token: coordinatorA.token,
      });
      const coordinatorOne = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations/${id}`, {
        token: coordinatorA.token,
      });
      for (const res of [coordinatorList, coordinatorOne]) {
        expect(res.status).toBe(200);
        expect(text(res.body)).not.toContain(body.phone);
        expect(text(res.body)).not.toContain(body.emergencyContact.phone);
        expect(text(res.body)).not.toContain(body.nationalId);
      }
      expect(coordinatorOne.body.phone).toBe(`${body.phone.slice(0, 3)}****${body.phone.slice(-4)}`);

      const organiserList = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations`, {
        token: organiser.token,
      });
      expect(organiserList.body.items[0].phone).toBe(body.phone);
      expect(text(organiserList.body)).not.toContain(body.nationalId);
      const organiserOne = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations/${id}`, {
        token: organiser.token,
      });
      expect(organiserOne.body.nationalId).toBe(body.nationalId);

      const stored = await db().service.entities.cohortRegistration.get({ registrationId: id }).go({ data: 'raw' });
      const raw = text(stored.data);
      expect(raw).not.toContain(body.nationalId);
      expect(raw).toContain('nationalIdSealed');
      const audit = await call('GET', `/v1/audit?entityType=cohortRegistration&entityId=${id}`, {
        token: organiser.token,
      });
      expect(audit.status).toBe(200);
      expect(audit.body.items.length).toBeGreaterThan(0);
      expect(text(audit.body)).not.toContain(body.nationalId);
      expect(text(audit.body)).not.toContain(body.phone);
      expect(text(audit.body)).not.toContain('nationalIdSealed');
    },
  );

  it('writes an audit entry each time an organiser is shown a full national ID, without the ID in it', async () => {
    const cohort = await openCohort([{ universityId: uniA, quota: 5 }]);
    const body = studentBody();
    const id = (await registerStudent(cohort.cohortId, coordinatorA.token, body)).body.registrationId;
    const views = async () => {
      const audit = await call('GET', `/v1/audit?entityType=cohortRegistration&entityId=${id}&limit=100`, {
        token: organiser.token,
      });
      expect(audit.status).toBe(200);
      expect(JSON.stringify(audit.body)).not.toContain(body.nationalId);
      return (audit.body.items as { action: string; actorId: string; actorRole: string; at: string }[]).filter(
        (e) => e.action === 'view_national_id',
      );
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
