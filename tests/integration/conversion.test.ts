import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { roleToken, outcomeCalls } from '../support/conversion.ts';
import { concurrently } from '../support/http.ts';
import { acceptedIntern, newCohort } from '../support/programme.ts';

let organiser: Account;
let coordinator: Account;
let uni: Awaited<ReturnType<typeof newUniversity>>;
let otherUni: Awaited<ReturnType<typeof newUniversity>>;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  uni = await newUniversity();
  otherUni = await newUniversity();
  coordinator = await newAccount('coordinator', { universityId: uni.universityId });
});

const { as, open, step, onboard } = outcomeCalls(() => organiser.token);

describe('outcome lifecycle', () => {
  it('opens once, moves forward with dates and employer, lists the allowed moves on an invalid one', async () => {
    const cohort = await newCohort();
    const intern = await acceptedIntern(cohort.cohortId, uni.universityId);
    const first = await as('POST', '/v1/outcomes', { registrationId: intern.registrationId });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      stage: 'none',
      subjectKind: 'intern',
      cohortId: cohort.cohortId,
      universityId: uni.universityId,
    });
    const again = await as('POST', '/v1/outcomes', { registrationId: intern.registrationId });
    expect(again.status).toBe(200);
    expect(again.body.outcomeId).toBe(first.body.outcomeId);
    const id = first.body.outcomeId;

    expect(
      (
        await step(id, 'offered', {
          employer: '阿克苏纺织工业城',
          post: '工艺工程师',
          employmentKind: 'state_owned_enterprise',
        })
      ).status,
    ).toBe(200);
    const back = await step(id, 'applied');
    expect(back.status).toBe(409);
    expect(back.body.code).toBe('invalid_transition');
    expect(back.body.allowed).toEqual(['agreement_signed', 'onboarded', 'declined']);
    const noConfirmation = await step(id, 'agreement_signed');
    expect(noConfirmation.status).toBe(400);
    expect(noConfirmation.body.errors.map((e: { path: string }) => e.path)).toContain('agreementConfirmedOn');
    expect((await step(id, 'agreement_signed', { on: '2025-05-20', agreementConfirmedOn: '2025-05-28' })).status).toBe(
      200,
    );
    const onboarded = await onboard(id);
    expect(onboarded.status).toBe(200);
    expect(onboarded.body).toMatchObject({
      stage: 'onboarded',
      employer: '阿克苏地区第一人民医院',
      employmentKind: 'public_institution',
      agreementConfirmedOn: '2025-05-28',
      onboardedOn: '2025-07-10',
      subsidyCategory: 'master',
      inHighTechZone: false,
    });
    expect(onboarded.body.history.map((h: { stage: string }) => h.stage)).toEqual([
      'offered',
      'agreement_signed',
      'onboarded',
    ]);
    expect((await step(id, 'declined', { reason: '改主意' })).body.code).toBe('invalid_transition');

    const funnel = (await as('GET', `/v1/dashboard/funnel?cohortId=${cohort.cohortId}`)).body;
    expect(funnel.total).toMatchObject({
      interns: 1,
      interested: 1,
      applied: 1,
      offered: 1,
      signed: 1,
      onboarded: 1,
      declined: 0,
      left: 0,
    });
  });

  it('onboards with the employer the offer recorded, and asks for one only when none is on record', async () => {
    const cohort = await newCohort();
    const withOffer = (await open((await acceptedIntern(cohort.cohortId, uni.universityId)).registrationId)).outcomeId;
    expect((await step(withOffer, 'offered', { employer: '阿克苏纺织工业城', post: '工艺工程师' })).status).toBe(200);
    const onboarded = await step(withOffer, 'onboarded', { on: '2025-07-10' });
    expect(onboarded.status, JSON.stringify(onboarded.body)).toBe(200);
    expect(onboarded.body).toMatchObject({ stage: 'onboarded', employer: '阿克苏纺织工业城' });
    expect(onboarded.body.history.at(-1)).toMatchObject({ stage: 'onboarded', employer: '阿克苏纺织工业城' });

    // Straight to 报到 with nobody named: the employer is asked for, on its field.
    const bare = (await open((await acceptedIntern(cohort.cohortId, uni.universityId)).registrationId)).outcomeId;
    const refused = await step(bare, 'onboarded', { on: '2025-07-10' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'employer', code: 'required' })]);
    expect((await as('GET', `/v1/outcomes/${bare}`)).body.stage).toBe('none');
  });

  it(
    'keeps the retention ledger in yearly order, once ' + 'per year, and ends in left when someone moves away',
    async () => {
      const cohort = await newCohort();
      const intern = await acceptedIntern(cohort.cohortId, uni.universityId);
      const { outcomeId } = await open(intern.registrationId);
      expect(
        (
          await as('POST', `/v1/outcomes/${outcomeId}/retention`, {
            year: 1,
            confirmedOn: '2026-07-10',
            stillEmployed: true,
            employer: '甲',
          })
        ).body.code,
      ).toBe('invalid_transition');
      await onboard(outcomeId, '2024-07-10');
      expect(
        (
          await as('POST', `/v1/outcomes/${outcomeId}/retention`, {
            year: 2,
            confirmedOn: '2026-07-10',
            stillEmployed: true,
            employer: '甲',
          })
        ).status,
      ).toBe(409);
      const confirmations = await concurrently(8, () =>
        as('POST', `/v1/outcomes/${outcomeId}/retention`, {
          year: 1,
          confirmedOn: '2025-07-10',
          stillEmployed: true,
          employer: '阿克苏地区第一人民医院',
          proofReference: 'SB-2026-001',
        }),
      );
      expect(confirmations.filter((r) => r.status === 201)).toHaveLength(1);
      expect(confirmations.filter((r) => r.status !== 201).every((r) => r.status === 409)).toBe(true);
      expect((await as('GET', `/v1/outcomes/${outcomeId}`)).body).toMatchObject({
        stage: 'retained',
        retainedYears: 1,
      });
      const left = await as('POST', `/v1/outcomes/${outcomeId}/retention`, {
        year: 2,
        confirmedOn: '2026-07-10',
        stillEmployed: false,
        employer: '—',
      });
      expect(left.status).toBe(201);
      expect((await as('GET', `/v1/outcomes/${outcomeId}`)).body.stage).toBe('left');
      const ledger = (await as('GET', `/v1/outcomes/${outcomeId}/retention`)).body;
      expect(
        ledger.confirmations.map((c: { year: number; stillEmployed: boolean }) => [c.year, c.stillEmployed]),
      ).toEqual([
        [1, true],
        [2, false],
      ]);
      expect(ledger.eligibility.eligible).toBe(false);
      const total = (await as('GET', `/v1/dashboard/funnel?cohortId=${cohort.cohortId}`)).body.total;
      expect(total).toMatchObject({ onboarded: 1, retained: 1, left: 1, retainedY1: 1 });
    },
  );
});

describe('concurrency', () => {
  it('of 20 simultaneous stage changes from the same version exactly one wins and is counted once', async () => {
    const cohort = await newCohort();
    const intern = await acceptedIntern(cohort.cohortId, uni.universityId);
    const opened = await concurrently(10, () => as('POST', '/v1/outcomes', { registrationId: intern.registrationId }));
    expect(new Set(opened.map((r) => r.body.outcomeId)).size).toBe(1);
    expect(opened.filter((r) => r.status === 201)).toHaveLength(1);
    const { outcomeId } = opened[0]!.body;
    const results = await concurrently(20, (i) =>
      as('POST', `/v1/outcomes/${outcomeId}/transitions`, {
        to: i % 2 ? 'offered' : 'declined',
        on: '2025-06-01',
        version: 1,
        reason: '另有去向',
      }),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status !== 200).map((r) => r.body.code)).toEqual(Array(19).fill('version_conflict'));
    const total = (await as('GET', `/v1/dashboard/funnel?cohortId=${cohort.cohortId}`)).body.total;
    expect(total.interns).toBe(1);
    expect(total.offered + total.declined).toBe(1);
  });
});

describe('scoping', () => {
  it('coordinators see their own students, interns their own outcome, nobody else’s', async () => {
    const cohort = await newCohort();
    const mine = await acceptedIntern(cohort.cohortId, uni.universityId);
    const theirs = await acceptedIntern(cohort.cohortId, otherUni.universityId);
    const [a, b] = [await open(mine.registrationId), await open(theirs.registrationId)];
    expect((await as('GET', `/v1/outcomes/${a.outcomeId}`, undefined, coordinator.token)).status).toBe(200);
    expect((await as('GET', `/v1/outcomes/${b.outcomeId}`, undefined, coordinator.token)).status).toBe(404);
    const listed = await as(
      'GET',
      `/v1/outcomes?cohortId=${cohort.cohortId}&universityId=${otherUni.universityId}`,
      undefined,
      coordinator.token,
    );
    expect(listed.body.items).toEqual([]);
    const own = await as('GET', `/v1/outcomes?cohortId=${cohort.cohortId}`, undefined, coordinator.token);
    expect(own.body.items.map((o: { outcomeId: string }) => o.outcomeId)).toEqual([a.outcomeId]);
    const intern = await roleToken('intern', { internId: mine.registrationId, universityId: uni.universityId });
    expect((await as('GET', '/v1/me/outcome', undefined, intern)).body.outcomeId).toBe(a.outcomeId);
    expect((await as('GET', `/v1/outcomes/${a.outcomeId}`, undefined, intern)).status).toBe(200);
    expect((await as('GET', `/v1/outcomes/${b.outcomeId}`, undefined, intern)).status).toBe(404);
    expect((await as('GET', `/v1/outcomes/${a.outcomeId}`, undefined, await roleToken('mentor'))).status).toBe(403);
    expect(
      (
        await as(
          'POST',
          `/v1/outcomes/${a.outcomeId}/transitions`,
          { to: 'offered', on: '2025-06-01', version: 1 },
          coordinator.token,
        )
      ).status,
    ).toBe(403);
    expect((await as('GET', '/v1/dashboard/funnel', undefined, coordinator.token)).status).toBe(403);
  });
});
