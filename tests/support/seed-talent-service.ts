import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/seed/index.ts';
import { TALENT_SEED } from '../../scripts/seed/talent-service.ts';
import { call } from './http.ts';

/**
 * What the seed's talent service part left: every person of the 2024 cohort in service has a tier, the
 * demo organiser as commissioner and a contact; some are overdue for a contact, half hold a card; the
 * retained person's requests are one in each state, one of them past its deadline.
 */
export async function expectTalentServiceDemo(token: string, raw: Array<{ outcomeId: string; stage: string }>) {
  const staying = raw.filter((o) => o.stage === 'onboarded' || o.stage === 'retained');
  expect(staying).toHaveLength(TALENT_SEED.care);
  const mine = (await call('GET', '/v1/talent-service/people?limit=100', { token })).body.items;
  expect(mine).toHaveLength(TALENT_SEED.care);
  expect(new Set(mine.map((c: { tier: string }) => c.tier)).size).toBe(4);
  const overdue = (await call('GET', '/v1/talent-service/overdue-contacts', { token })).body.items;
  expect(overdue.length).toBeGreaterThan(0);
  expect(overdue.length).toBeLessThan(TALENT_SEED.care);
  const cards = (
    await Promise.all(staying.map((o) => call('GET', `/v1/talent-service/people/${o.outcomeId}/card`, { token })))
  ).filter((r) => r.status === 200);
  expect(cards).toHaveLength(TALENT_SEED.cards);
  for (const [email, count] of [
    ['leader@example.com', TALENT_SEED.care - Math.floor(TALENT_SEED.care / 4)],
    ['unit.contact@example.com', Math.floor(TALENT_SEED.care / 4)],
  ] as const) {
    const contact = await call('POST', '/v1/auth/login', { body: { email, password: DEMO_PASSWORD } });
    expect(contact.body.user.role).toBe('contact');
    const theirs = await call('GET', '/v1/talent-service/people?limit=100', { token: contact.body.token });
    expect(theirs.body.items).toHaveLength(count);
  }
  // The retained person's requests, one in each state, one of them past its deadline.
  const retained = await call('POST', '/v1/auth/login', {
    body: { email: 'retained@example.com', password: DEMO_PASSWORD },
  });
  expect((await call('GET', '/v1/me/service-card', { token: retained.body.token })).status).toBe(200);
  const requests = (await call('GET', '/v1/me/service-requests', { token: retained.body.token })).body.items;
  expect(requests.map((r: { status: string }) => r.status).sort()).toEqual([
    'in_progress',
    'received',
    'received',
    'resolved',
    'unresolvable',
  ]);
  expect(requests.filter((r: { overdue: boolean }) => r.overdue)).toHaveLength(1);
  expect(requests.find((r: { status: string }) => r.status === 'resolved').rating).toBe(5);
  expect(requests.find((r: { status: string }) => r.status === 'unresolvable').reason).toBeTruthy();
}
