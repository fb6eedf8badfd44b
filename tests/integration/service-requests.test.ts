import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackbone, type Backbone } from '../support/backbone.ts';
import { call } from '../support/http.ts';
import { mailbox } from '../support/people-mail.ts';
import { lookedAfter } from '../support/talent-service.ts';

let backbone: Backbone;
beforeAll(async () => {
  backbone = await startBackbone();
});
afterAll(async () => {
  await backbone.stop();
});
const { waitMail, mailTo } = mailbox(() => backbone);

describe('requests (诉求) with deadlines', () => {
  it('goes from the phone to the commissioner and back, the person told of each step, and is rated once', async () => {
    const p = await lookedAfter({ tier: 'backbone' });
    const filed = await call('POST', '/v1/me/service-requests', {
      token: p.person.token,
      body: { kind: 'school_transfer', description: '孩子九月转入阿克苏市第一小学' },
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      status: 'received',
      commissionerId: p.commissioner.user.userId,
      overdue: false,
    });
    const requestId = filed.body.requestId as string;

    // It is the commissioner's to handle, earliest deadline first.
    const queue = await call('GET', '/v1/talent-service/requests', { token: p.commissioner.token });
    expect(queue.body.items.map((r: { requestId: string }) => r.requestId)).toEqual([requestId]);

    const step = (body: Record<string, unknown>) =>
      call('POST', `/v1/talent-service/requests/${requestId}/steps`, { token: p.commissioner.token, body });
    const rate = (rating: number) =>
      call('POST', `/v1/me/service-requests/${requestId}/rating`, { token: p.person.token, body: { rating } });
    expect((await rate(5)).status).toBe(409);
    const started = await step({ version: 1, to: 'in_progress', note: '已联系市教育局' });
    expect(started.body).toMatchObject({ status: 'in_progress', allowedTransitions: ['resolved', 'unresolvable'] });
    expect((await step({ version: 1, to: 'resolved' })).body.code).toBe('version_conflict');
    expect((await step({ version: 2, to: 'unresolvable' })).body.errors[0].code).toBe('reason_required');
    const resolved = await step({ version: 2, to: 'resolved', note: '已办妥入学手续' });
    expect(resolved.body).toMatchObject({ status: 'resolved', allowedTransitions: [] });
    expect((await step({ version: 3, to: 'in_progress' })).body).toMatchObject({ code: 'invalid_transition' });

    // Told by mail and in the notification centre at each step: received, in progress, resolved.
    const mails = await waitMail(p.person.email, /诉求|request/, 3);
    expect(mails.map((m) => m.text).join('\n')).toContain('已办妥入学手续');
    const updates = async () =>
      (await call('GET', '/v1/me/notifications?limit=100', { token: p.person.token })).body.items.filter(
        (n: { kind: string }) => n.kind === 'person.request-updated',
      ).length;
    await expect.poll(updates, { timeout: 20_000 }).toBe(3);
    // The commissioner heard of it once, when it arrived, with its deadline.
    const [filedMail] = await waitMail(p.commissioner.email, '新的子女转学诉求');
    expect(filedMail!.text).toContain(filed.body.dueOn);
    expect(mailTo(p.commissioner.email, '诉求')).toHaveLength(1);

    const rated = await rate(4);
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ rating: 4, notes: [{ text: '已联系市教育局' }, { text: '已办妥入学手续' }] });
    expect((await rate(5)).status).toBe(409);
    const mine = await call('GET', '/v1/me/service-requests', { token: p.person.token });
    expect(mine.body.items).toMatchObject([{ requestId, status: 'resolved', rating: 4 }]);
    // Closed requests leave the commissioner's open list.
    expect((await call('GET', '/v1/talent-service/requests', { token: p.commissioner.token })).body.items).toEqual([]);
  });

  it('keeps one person out of another person’s requests', async () => {
    const a = await lookedAfter();
    const b = await lookedAfter();
    const filed = await call('POST', '/v1/me/service-requests', {
      token: a.person.token,
      body: { kind: 'housing', description: '申请人才公寓' },
    });
    const closed = await call('POST', `/v1/talent-service/requests/${filed.body.requestId}/steps`, {
      token: a.commissioner.token,
      body: { version: 1, to: 'unresolvable', reason: '公寓已满' },
    });
    expect(closed.body).toMatchObject({ status: 'unresolvable', reason: '公寓已满' });
    const byOther = await call('POST', `/v1/me/service-requests/${filed.body.requestId}/rating`, {
      token: b.person.token,
      body: { rating: 1 },
    });
    expect(byOther.status).toBe(404);
    expect((await call('GET', '/v1/me/service-requests', { token: b.person.token })).body.items).toEqual([]);
  });

  it('files once on a double tap with the same Idempotency-Key, and lists the closed apart', async () => {
    const p = await lookedAfter();
    const tap = () =>
      call('POST', '/v1/me/service-requests', {
        token: p.person.token,
        headers: { 'idempotency-key': 'double-tap-0001' },
        body: { kind: 'spouse_employment', description: '配偶求职' },
      });
    const [one, two] = await Promise.all([tap(), tap()]);
    expect([one.status, two.status]).toEqual([201, 201]);
    expect(two.body.requestId).toBe(one.body.requestId);
    expect((await call('GET', '/v1/me/service-requests', { token: p.person.token })).body.items).toHaveLength(1);

    await call('POST', `/v1/talent-service/requests/${one.body.requestId}/steps`, {
      token: p.commissioner.token,
      body: { version: 1, to: 'resolved', note: '已推荐岗位' },
    });
    const list = async (query: string) =>
      (await call('GET', `/v1/talent-service/requests${query}`, { token: p.commissioner.token })).body.items.map(
        (r: { requestId: string }) => r.requestId,
      );
    expect(await list('')).toEqual([]);
    expect(await list('?state=closed')).toEqual([one.body.requestId]);
  });
});
