import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, addYears, localDate, MyTalentService } from '@aksu/core';
import { newAccount, type Account } from '../support/accounts.ts';
import { runJobAt } from '../support/backbone.ts';
import { call } from '../support/http.ts';
import { internActor } from '../support/authz/talent-world.ts';
import { lookedAfter, type LookedAfter } from '../support/talent-service.ts';

const DAY = 86_400_000;
const today = () => localDate();
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

let organiser: Account;
beforeAll(async () => {
  organiser = await newAccount('organiser');
});

interface Signal {
  code: string;
  since: string;
  params: Record<string, string | number>;
  action: string;
}
interface Person {
  outcomeId: string;
  signals: Signal[];
}

async function attention(token: string, all = false): Promise<Person[]> {
  const res = await call('GET', `/v1/talent-service/attention${all ? '?all=true' : ''}`, { token });
  expect(res.status).toBe(200);
  return res.body.items;
}
const codesOf = async (p: LookedAfter) =>
  ((await attention(p.commissioner.token)).find((x) => x.outcomeId === p.outcomeId)?.signals ?? [])
    .map((s) => s.code)
    .sort();

/** Onboarded a year and `days` ago: the first year's confirmation is pending, the second far off. */
const pendingSince = (days: number) => addDays(addYears(today(), -1), -days);

const confirmYear = (p: LookedAfter, body: Record<string, unknown>) =>
  call('POST', `/v1/outcomes/${p.outcomeId}/retention`, {
    token: organiser.token,
    body: { year: 1, confirmedOn: today(), stillEmployed: true, employer: '阿克苏地区第一人民医院', ...body },
  });

describe('who needs attention this week', () => {
  it('shows each signal for its cause, with its reason and next action, and drops it once dealt with', async () => {
    // Put in care 200 days ago: a 托峰英才's quarterly contact is overdue.
    const p = await lookedAfter({ tier: 'tuofeng', onboardedOn: pendingSince(30), now: daysAgo(200) });
    const filed = await MyTalentService.fileRequest(
      internActor(p.person, p.registrationId),
      { kind: 'housing', description: '申请人才公寓' },
      daysAgo(90),
    );
    const [person] = await attention(p.commissioner.token);
    expect(person!.outcomeId).toBe(p.outcomeId);
    expect(person!.signals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'contact_overdue', action: 'log_contact' }),
        expect.objectContaining({
          code: 'request_overdue',
          action: 'advance_request',
          params: expect.objectContaining({ count: 1, kind: 'housing', requestId: filed.requestId }),
        }),
        expect.objectContaining({
          code: 'retention_pending',
          action: 'confirm_retention',
          params: expect.objectContaining({ year: 1 }),
        }),
      ]),
    );

    const resolved = await call('POST', `/v1/talent-service/requests/${filed.requestId}/steps`, {
      token: p.commissioner.token,
      body: { version: 1, to: 'resolved' },
    });
    expect(resolved.status).toBe(200);
    expect(await codesOf(p)).toEqual(['contact_overdue', 'retention_pending']);

    const rated = await call('POST', `/v1/me/service-requests/${filed.requestId}/rating`, {
      token: p.person.token,
      body: { rating: 2 },
    });
    expect(rated.status).toBe(200);
    expect(await codesOf(p)).toEqual(['contact_overdue', 'low_rating', 'retention_pending']);

    // Confirmed for year 1, but at another unit.
    expect((await confirmYear(p, { employer: '阿克苏市教育局' })).status).toBe(201);
    const moved = (await attention(p.commissioner.token))[0]!.signals.find((s) => s.code === 'unit_changed');
    expect(moved).toMatchObject({ params: { from: '阿克苏地区第一人民医院', to: '阿克苏市教育局', on: today() } });
    expect(await codesOf(p)).toEqual(['contact_overdue', 'low_rating', 'unit_changed']);

    // One visit answers the overdue contact, the low rating and the change of unit.
    const visit = await call('POST', `/v1/talent-service/people/${p.outcomeId}/contacts`, {
      token: p.commissioner.token,
      body: { on: today(), kind: 'visit', raised: '新单位适应情况' },
    });
    expect(visit.status).toBe(201);
    expect(await attention(p.commissioner.token)).toEqual([]);
  });

  it('flags the fifth anniversary near with no home bought, until a home is recorded', async () => {
    const p = await lookedAfter({ tier: 'basic', onboardedOn: addDays(addYears(today(), -5), 60) });
    const signals = (await attention(p.commissioner.token))[0]!.signals;
    expect(signals.find((s) => s.code === 'home_condition_unmet')).toMatchObject({
      action: 'discuss_home_purchase',
      params: { anniversary: addDays(today(), 60) },
    });
    expect((await confirmYear(p, { homeBoughtOn: today() })).status).toBe(201);
    // The home is recorded; the second year's confirmation is still to come.
    expect(await codesOf(p)).toEqual(['retention_pending']);
    expect((await attention(p.commissioner.token))[0]!.signals[0]!.params.year).toBe(2);
  });

  it('orders by the number of signals, then by the oldest, and shows a commissioner only their own', async () => {
    const two = await lookedAfter({ tier: 'tuofeng', onboardedOn: pendingSince(5), now: daysAgo(200) });
    const recent = await lookedAfter({ tier: 'basic', onboardedOn: pendingSince(5) });
    const older = await lookedAfter({ tier: 'basic', onboardedOn: pendingSince(40) });
    const ours = new Set([two.outcomeId, recent.outcomeId, older.outcomeId]);
    const everyone = (await attention(organiser.token, true)).filter((x) => ours.has(x.outcomeId));
    expect(everyone.map((x) => x.outcomeId)).toEqual([two.outcomeId, older.outcomeId, recent.outcomeId]);
    expect((await attention(recent.commissioner.token)).map((x) => x.outcomeId)).toEqual([recent.outcomeId]);
    expect(await attention(organiser.token)).toEqual([]);
    // Organisers only.
    expect((await call('GET', '/v1/talent-service/attention', { token: two.contact.token })).status).toBe(403);
  });

  it('counts the share with no signal, the overdue contacts and the overdue requests per cohort and tier each night, read as one item', async () => {
    const flagged = await lookedAfter({ tier: 'backbone', onboardedOn: pendingSince(10) });
    const clear = await lookedAfter({ tier: 'basic', onboardedOn: addDays(today(), -30) });
    // In care since 200 days ago (a quarterly contact overdue), with two requests past their deadline.
    const late = await lookedAfter({ tier: 'tuofeng', onboardedOn: addDays(today(), -250), now: daysAgo(200) });
    for (const kind of ['housing', 'medical_care'] as const)
      await MyTalentService.fileRequest(
        internActor(late.person, late.registrationId),
        { kind, description: '尚未办结' },
        daysAgo(90),
      );
    const share = async () =>
      (await call('GET', '/v1/talent-service/attention/share', { token: organiser.token })).body as {
        computedAt: string | null;
        items: Array<{
          cohortId: string;
          tier: string;
          tierLabel: unknown;
          people: number;
          clear: number;
          contactOverdue: number;
          requestsOverdue: number;
        }>;
      };
    const rowOf = (view: Awaited<ReturnType<typeof share>>, p: LookedAfter) =>
      view.items.find((r) => r.cohortId === p.cohortId);

    await runJobAt('attention-counts');
    const first = await share();
    expect(first.computedAt).not.toBeNull();
    expect(rowOf(first, flagged)).toMatchObject({
      cohortId: flagged.cohortId,
      tier: 'backbone',
      people: 1,
      clear: 0,
      contactOverdue: 0,
      requestsOverdue: 0,
    });
    expect(rowOf(first, late)).toMatchObject({
      tier: 'tuofeng',
      people: 1,
      clear: 0,
      contactOverdue: 1,
      requestsOverdue: 2,
    });
    expect(rowOf(first, clear)).toMatchObject({ cohortId: clear.cohortId, tier: 'basic', people: 1, clear: 1 });
    expect(rowOf(first, clear)!.tierLabel).toEqual({ zh: '基础人才', en: expect.any(String) });

    expect((await confirmYear(flagged, {})).status).toBe(201);
    // The stored share moves with the next count, not before.
    expect(rowOf(await share(), flagged)!.clear).toBe(0);
    await runJobAt('attention-counts');
    expect(rowOf(await share(), flagged)).toMatchObject({ people: 1, clear: 1 });
  });
});
