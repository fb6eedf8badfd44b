import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TalentService } from '@aksu/core';
import { newAccount, SYSTEM, type Account } from '../support/accounts.ts';
import { startBackbone, type Backbone } from '../support/backbone.ts';
import { call } from '../support/http.ts';
import { hiredLead, lookedAfter } from '../support/talent-service.ts';

let organiser: Account;
// The stream worker and the mail catcher: a request's steps reach the person through them.
let backbone: Backbone;
beforeAll(async () => {
  organiser = await newAccount('organiser');
  backbone = await startBackbone();
});
afterAll(async () => {
  await backbone?.stop();
});

const as = (method: string, path: string, body?: unknown) => call(method, path, { token: organiser.token, body });
const invite = (outcomeId: string, email: string, token = organiser.token) =>
  call('POST', `/v1/talent-service/people/${outcomeId}/account`, { token, body: { email } });

describe('accounts for people who came from a lead', () => {
  it('lets a person hired from a lead activate, read their own card and file a request, and nothing else', async () => {
    const { email, outcome } = await hiredLead(organiser.token);
    // Before 报到 there is nothing of the service to see.
    const early = await invite(outcome.outcomeId, email);
    expect(early.status).toBe(409);
    const onboarded = await as('POST', `/v1/outcomes/${outcome.outcomeId}/transitions`, {
      to: 'onboarded',
      on: '2025-07-01',
      version: outcome.version,
      employer: '阿克苏地区行政公署',
      employmentKind: 'civil_service',
    });
    expect(onboarded.status).toBe(200);
    const [commissioner, contact] = await Promise.all([newAccount('organiser'), newAccount('contact')]);
    await TalentService.assign(SYSTEM, outcome.outcomeId, {
      tier: 'tuofeng',
      commissionerId: commissioner.user.userId,
      contactUserId: contact.user.userId,
    });
    const card = await as('POST', `/v1/talent-service/people/${outcome.outcomeId}/card`);
    expect(card.status).toBe(201);

    // Only organisers invite, and a person gets one account.
    expect((await invite(outcome.outcomeId, email, contact.token)).status).toBe(403);
    const invited = await invite(outcome.outcomeId, email);
    expect(invited.status).toBe(201);
    expect(invited.body.user).toMatchObject({ role: 'talent', outcomeId: outcome.outcomeId, status: 'invited' });
    const twice = await invite(outcome.outcomeId, `again.${email}`);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('already_exists');

    const session = await call('POST', '/v1/auth/activate', {
      body: { code: invited.body.invitationCode, password: 'long-enough-1' },
    });
    expect(session.status).toBe(200);
    const token = session.body.token as string;
    const me = await call('GET', '/v1/me', { token });
    expect(me.body).toMatchObject({ role: 'talent', outcomeId: outcome.outcomeId });

    const mine = await call('GET', '/v1/me/service-card', { token });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ cardNumber: card.body.cardNumber, token: card.body.token });
    const filed = await call('POST', '/v1/me/service-requests', {
      token,
      body: { kind: 'housing', description: '想申请人才公寓' },
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ outcomeId: outcome.outcomeId, commissionerId: commissioner.user.userId });
    const listed = await call('GET', '/v1/me/service-requests', { token });
    expect(listed.body.items.map((r: { requestId: string }) => r.requestId)).toEqual([filed.body.requestId]);
    // Each step reaches them in the notification centre, as it reaches an intern: received, then in progress.
    const step = await call('POST', `/v1/talent-service/requests/${filed.body.requestId}/steps`, {
      token: commissioner.token,
      body: { version: 1, to: 'in_progress', note: '已联系住建局' },
    });
    expect(step.status).toBe(200);
    const told = async () =>
      (await call('GET', '/v1/me/notifications?limit=100', { token })).body.items.filter(
        (n: { kind: string }) => n.kind === 'person.request-updated',
      ).length;
    await expect.poll(told, { timeout: 20_000 }).toBe(2);

    // Someone else's request does not exist for them.
    const other = await lookedAfter();
    const theirs = await call('POST', '/v1/me/service-requests', {
      token: other.person.token,
      body: { kind: 'medical_care', description: '挂号' },
    });
    expect(theirs.status).toBe(201);
    const rate = await call('POST', `/v1/me/service-requests/${theirs.body.requestId}/rating`, {
      token,
      body: { rating: 5 },
    });
    expect(rate.status).toBe(404);
    expect((await call('GET', `/v1/talent-service/requests/${theirs.body.requestId}`, { token })).status).toBe(403);
    expect((await call('GET', `/v1/talent-service/people/${other.outcomeId}`, { token })).status).toBe(403);

    // Their notifications and account are theirs; nothing of the summer programme, nor of the office's work.
    expect((await call('GET', '/v1/me/notifications', { token })).status).toBe(200);
    expect((await call('GET', `/v1/outcomes/${outcome.outcomeId}`, { token })).status).toBe(404);
    for (const path of ['/v1/cohorts', '/v1/me/outcome', '/v1/leads'])
      expect([path, (await call('GET', path, { token })).status]).toEqual([path, 403]);
  });

  it('is refused to an intern, who has their own account', async () => {
    const intern = await lookedAfter();
    const refused = await invite(intern.outcomeId, `talent.${intern.person.email}`);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('not_eligible');
  });
});
