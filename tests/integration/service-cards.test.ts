import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, VERIFICATIONS_PER_CLIENT_PER_MINUTE } from '@aksu/core';
import { newAccount, type Account } from '../support/accounts.ts';
import { call, concurrently } from '../support/http.ts';
import { lookedAfter } from '../support/talent-service.ts';

let organiser: Account;
beforeAll(async () => {
  organiser = await newAccount('organiser');
});

const issue = (outcomeId: string) =>
  call('POST', `/v1/talent-service/people/${outcomeId}/card`, { token: organiser.token });

describe('the talent service card', () => {
  it('is issued exactly once when twenty organisers issue it at the same moment', async () => {
    const person = await lookedAfter({ tier: 'tuofeng' });
    const answers = await concurrently(20, () => issue(person.outcomeId));
    expect(answers.filter((r) => r.status === 201)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(19).fill('already_exists'));
    const { data: audits } = await db()
      .service.entities.audit.query.byEntity({ entityType: 'serviceCard', entityId: person.outcomeId })
      .go();
    expect(audits).toHaveLength(1);
    const card = answers.find((r) => r.status === 201)!.body;
    expect(card).toMatchObject({ valid: true, tier: 'tuofeng', status: 'active' });
    expect(card.cardNumber).toMatch(/^AKS\d{12}$/);
    expect(card.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // The holder reads the same card on their phone.
    const mine = await call('GET', '/v1/me/service-card', { token: person.person.token });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      cardNumber: card.cardNumber,
      token: card.token,
      verifyPath: `/cards/${card.token}`,
    });
    expect(mine.body.benefits.map((b: { key: string }) => b.key)).toContain('sports_venues');
  });

  it('is refused to a tier whose time in service is too short', async () => {
    const person = await lookedAfter({ tier: 'basic', onboardedOn: new Date().toISOString().slice(0, 10) });
    const refused = await issue(person.outcomeId);
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ path: 'tier', code: 'too_early' });
  });

  it('shows a service provider only the validity, the masked name, the tier and the benefits', async () => {
    const person = await lookedAfter({ tier: 'leading', name: '欧阳娜娜' });
    const card = (await issue(person.outcomeId)).body;
    const check = await call('GET', `/v1/public/service-cards/${card.token}`);
    expect(check.status).toBe(200);
    expect(Object.keys(check.body).sort()).toEqual(['benefits', 'maskedName', 'tierLabel', 'valid', 'validUntil']);
    expect(check.body).toMatchObject({ valid: true, maskedName: '欧***', tierLabel: { zh: '领军人才' } });
    const text = JSON.stringify(check.body);
    for (const secret of [person.name, card.cardNumber, person.outcomeId, person.registrationId, person.person.email])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/1[3-9]\d{9}|\d{17}[\dXx]/);
    const { data: checks } = await db()
      .service.entities.cardVerification.query.byOutcome({ outcomeId: person.outcomeId })
      .go();
    expect(checks).toMatchObject([{ valid: true }]);
    expect(JSON.stringify(checks)).not.toContain('unknown');

    // Neither a made-up code nor the card number opens anything.
    expect((await call('GET', `/v1/public/service-cards/${randomBytes(16).toString('base64url')}`)).status).toBe(404);
    expect((await call('GET', `/v1/public/service-cards/${card.cardNumber}`)).status).toBe(400);
  });

  it('says a card is no longer valid once its holder has left', async () => {
    const person = await lookedAfter({ tier: 'tuofeng' });
    const card = (await issue(person.outcomeId)).body;
    const outcome = (await call('GET', `/v1/outcomes/${person.outcomeId}`, { token: organiser.token })).body;
    const left = await call('POST', `/v1/outcomes/${person.outcomeId}/transitions`, {
      token: organiser.token,
      body: { to: 'left', on: '2025-09-01', version: outcome.version, reason: '调离' },
    });
    expect(left.status).toBe(200);
    expect((await call('GET', `/v1/public/service-cards/${card.token}`)).body.valid).toBe(false);
  });

  // Last in the file: it spends the minute's allowance of the one client the test app is.
  it('limits the checks one client makes in a minute', async () => {
    // Twice the allowance and one: however the requests fall across a minute's turn, one window overflows.
    const answers = await concurrently(2 * VERIFICATIONS_PER_CLIENT_PER_MINUTE + 1, () =>
      call('GET', `/v1/public/service-cards/${randomBytes(16).toString('base64url')}`),
    );
    expect(answers.some((r) => r.status === 429)).toBe(true);
    expect(answers.every((r) => r.status === 404 || r.status === 429)).toBe(true);
  });
});
