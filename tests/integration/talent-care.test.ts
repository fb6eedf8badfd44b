import { beforeAll, describe, expect, it } from 'vitest';
import {
  Conversion,
  ServicePolicies,
  MyTalentService,
  TalentService,
  DEFAULT_SERVICE_POLICY,
  localDate,
  type Actor,
} from '@aksu/core';
import { newAccount, SYSTEM, type Account } from '../support/accounts.ts';
import { call } from '../support/http.ts';
import { lookedAfter } from '../support/talent-service.ts';

let organiser: Account;
beforeAll(async () => {
  organiser = await newAccount('organiser');
});

const get = (token: string, path: string) => call('GET', path, { token });

describe('who looks after whom', () => {
  it('shows a contact only the people assigned to them, and a logged visit clears an overdue contact', async () => {
    // Put in care long ago: a 托峰英才's quarterly contact is overdue today.
    const mine = await lookedAfter({ tier: 'tuofeng', now: new Date('2025-08-01T04:00:00Z') });
    const theirs = await lookedAfter({ tier: 'basic' });
    const list = await get(mine.contact.token, '/v1/talent-service/people');
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: { outcomeId: string }) => p.outcomeId)).toEqual([mine.outcomeId]);
    expect(list.body.items[0]).toMatchObject({
      contactOverdue: true,
      contactLevel: 'prefecture_leader',
      employer: '阿克苏地区第一人民医院',
    });
    expect((await get(mine.contact.token, `/v1/talent-service/people/${theirs.outcomeId}`)).status).toBe(404);
    expect(
      (
        await call('POST', `/v1/talent-service/people/${theirs.outcomeId}/contacts`, {
          token: mine.contact.token,
          body: { on: localDate(), kind: 'visit' },
        })
      ).status,
    ).toBe(404);

    const overdue = await get(organiser.token, '/v1/talent-service/overdue-contacts');
    expect(overdue.body.items.map((p: { outcomeId: string }) => p.outcomeId)).toContain(mine.outcomeId);
    expect(overdue.body.items.map((p: { outcomeId: string }) => p.outcomeId)).not.toContain(theirs.outcomeId);
    const ofCommissioner = await get(mine.commissioner.token, '/v1/talent-service/people');
    expect(ofCommissioner.body.items).toMatchObject([{ outcomeId: mine.outcomeId, contactOverdue: true }]);
    // Everyone of a tier, whoever looks after them; a contact still reads only their own.
    const ofTier = await get(organiser.token, '/v1/talent-service/people?tier=tuofeng&limit=100');
    const tuofeng = ofTier.body.items.map((c: { outcomeId: string }) => c.outcomeId);
    expect(tuofeng).toContain(mine.outcomeId);
    expect(tuofeng).not.toContain(theirs.outcomeId);
    const contactAsksTier = await get(mine.contact.token, '/v1/talent-service/people?tier=tuofeng');
    expect(contactAsksTier.body.items.map((c: { outcomeId: string }) => c.outcomeId)).toEqual([mine.outcomeId]);

    const visit = await call('POST', `/v1/talent-service/people/${mine.outcomeId}/contacts`, {
      token: mine.contact.token,
      body: { on: localDate(), kind: 'visit', raised: '孩子转学', followUps: '联系教育局' },
    });
    expect(visit.status).toBe(201);
    expect(visit.body).toMatchObject({ kind: 'visit', byName: '测试联系领导', raised: '孩子转学' });
    expect((await get(mine.contact.token, `/v1/talent-service/people/${mine.outcomeId}`)).body).toMatchObject({
      contactOverdue: false,
      lastContactOn: localDate(),
    });
    const after = await get(organiser.token, '/v1/talent-service/overdue-contacts');
    expect(after.body.items.map((p: { outcomeId: string }) => p.outcomeId)).not.toContain(mine.outcomeId);
    const log = await get(organiser.token, `/v1/talent-service/people/${mine.outcomeId}/contacts`);
    expect(log.body.items).toHaveLength(1);
  });

  it('refuses a contact dated after today, a tier the policy lacks and accounts of the wrong role', async () => {
    const p = await lookedAfter();
    const future = await call('POST', `/v1/talent-service/people/${p.outcomeId}/contacts`, {
      token: p.contact.token,
      body: { on: '2099-01-01', kind: 'call' },
    });
    expect(future.status).toBe(422);
    const assign = (body: Record<string, unknown>) =>
      call('PUT', `/v1/talent-service/people/${p.outcomeId}`, {
        token: organiser.token,
        body: {
          tier: 'basic',
          commissionerId: p.commissioner.user.userId,
          contactUserId: p.contact.user.userId,
          ...body,
        },
      });
    expect((await assign({ tier: 'nobody' })).body.errors[0]).toMatchObject({ path: 'tier', code: 'unknown_tier' });
    expect((await assign({ contactUserId: organiser.user.userId })).body.errors[0].code).toBe('not_contact');
    expect((await assign({ commissionerId: p.contact.user.userId })).body.errors[0].code).toBe('not_organiser');
    const moved = await assign({});
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ tier: 'basic', contactLevel: 'unit', version: 2 });
    expect(moved.body.tierLabel).toEqual({ zh: '基础人才', en: 'Basic talent' });
    // A screen sends the version it showed: one changed since is refused, not overwritten.
    expect((await assign({ tier: 'backbone', version: 1 })).body.code).toBe('version_conflict');
    expect((await assign({ tier: 'backbone', version: 2 })).body).toMatchObject({ tier: 'backbone', version: 3 });
  });

  it('lets no contact fall due for a person who has left, keeping their record', async () => {
    const p = await lookedAfter({ tier: 'tuofeng', now: new Date('2025-08-01T04:00:00Z') });
    const overdueIds = async () =>
      (await get(organiser.token, '/v1/talent-service/overdue-contacts')).body.items.map(
        (c: { outcomeId: string }) => c.outcomeId,
      );
    expect(await overdueIds()).toContain(p.outcomeId);
    const outcome = await Conversion.get(SYSTEM, p.outcomeId);
    await Conversion.transition(SYSTEM, p.outcomeId, {
      to: 'left',
      on: '2025-09-01',
      version: outcome.version,
      reason: '调离',
    });
    expect(await overdueIds()).not.toContain(p.outcomeId);
    expect((await get(p.contact.token, `/v1/talent-service/people/${p.outcomeId}`)).body).toMatchObject({
      inService: false,
      contactOverdue: false,
    });
  });
});

describe('cadence and deadlines', () => {
  it("counts overdue in the cohort's time zone, not the server's", async () => {
    // Put in care at 12:00 UTC on 15 January: already the 16th at UTC+14, still the 15th at UTC−11.
    const assignedAt = new Date('2026-01-15T12:00:00Z');
    const east = await lookedAfter({ timeZone: 'Pacific/Kiritimati', now: assignedAt });
    const west = await lookedAfter({ timeZone: 'Pacific/Pago_Pago', now: assignedAt });
    const at = (iso: string, outcomeId: string) => TalentService.get(SYSTEM, outcomeId, new Date(iso));
    expect(await at('2026-04-16T09:30:00Z', east.outcomeId)).toMatchObject({
      lastContactOn: '2026-01-16',
      nextContactDue: '2026-04-16',
      contactOverdue: false,
    });
    // 00:30 on the 17th at UTC+14: the due day has passed there, while it is still the 15th at UTC−11.
    expect((await at('2026-04-16T10:30:00Z', east.outcomeId)).contactOverdue).toBe(true);
    expect(await at('2026-04-16T10:30:00Z', west.outcomeId)).toMatchObject({
      nextContactDue: '2026-04-15',
      contactOverdue: false,
    });
    expect((await at('2026-04-16T11:30:00Z', west.outcomeId)).contactOverdue).toBe(true);
  });

  it('takes cadence and request deadlines from the version in force, so a new version changes them', async () => {
    const person = await lookedAfter({ tier: 'tuofeng', now: new Date('2027-05-01T04:00:00Z') });
    const actor: Actor = { userId: person.person.user.userId, role: 'intern', internId: person.registrationId };
    expect((await TalentService.get(SYSTEM, person.outcomeId, new Date('2027-06-05T04:00:00Z'))).contactOverdue).toBe(
      false,
    );
    const before = await MyTalentService.fileRequest(
      actor,
      { kind: 'school_transfer', description: '孩子转学' },
      new Date('2027-05-20T04:00:00Z'),
    );
    expect(before).toMatchObject({ receivedOn: '2027-05-20', dueOn: '2027-06-04' });

    const { policyId } = await ServicePolicies.create(SYSTEM, {
      ...DEFAULT_SERVICE_POLICY,
      name: '2027 年版',
      effectiveFrom: '2027-06-01',
      tiers: DEFAULT_SERVICE_POLICY.tiers.map((t) => (t.tier === 'tuofeng' ? { ...t, cadenceMonths: 1 } : t)),
      requestKinds: DEFAULT_SERVICE_POLICY.requestKinds.map((k) =>
        k.kind === 'school_transfer' ? { ...k, deadlineDays: 3 } : k,
      ),
    } as never);
    const care = await TalentService.get(SYSTEM, person.outcomeId, new Date('2027-06-05T04:00:00Z'));
    expect(care).toMatchObject({ policyId, nextContactDue: '2027-06-01', contactOverdue: true });
    expect((await TalentService.get(SYSTEM, person.outcomeId, new Date('2027-05-20T04:00:00Z'))).contactOverdue).toBe(
      false,
    );
    const after = await MyTalentService.fileRequest(
      actor,
      { kind: 'school_transfer', description: '第二个孩子转学' },
      new Date('2027-06-02T04:00:00Z'),
    );
    expect(after).toMatchObject({ receivedOn: '2027-06-02', dueOn: '2027-06-05' });
    // A request already filed keeps the deadline it was given.
    const mine = await MyTalentService.requests(actor, new Date('2027-06-02T04:00:00Z'));
    expect(mine.items.find((r) => r.requestId === before.requestId)?.dueOn).toBe('2027-06-04');

    const versions = await get(organiser.token, '/v1/talent-service/policies');
    expect(versions.body.items.map((v: { policyId: string }) => v.policyId)).toEqual(['default', policyId]);
    const again = await call('POST', '/v1/talent-service/policies', {
      token: organiser.token,
      body: { ...DEFAULT_SERVICE_POLICY, policyId: undefined, createdAt: undefined, effectiveFrom: '2027-06-01' },
    });
    expect(again.status).toBe(409);
  });
});
