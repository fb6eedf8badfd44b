import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { call, concurrently } from '../support/http.ts';

let organiser: Account;
let university: Awaited<ReturnType<typeof newUniversity>>;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  university = await newUniversity();
});

const create = (body: Record<string, unknown>) =>
  call('POST', '/v1/partnerships', {
    token: organiser.token,
    body: { universityId: university.universityId, title: '战略合作协议', type: 'strategic_cooperation', ...body },
  });
const transition = (id: string, to: string, extra: Record<string, unknown> = {}) =>
  call('POST', `/v1/partnerships/${id}/transitions`, { token: organiser.token, body: { to, ...extra } });

describe('partnership lifecycle', () => {
  it('starts as a prospect and moves along prospect → negotiating → signed → active → expired', async () => {
    const created = await create({
      commitments: [{ description: '每年推荐硕博研究生参加社会实践', studentsPerYear: 10 }],
      ownerDepartment: '地委组织部',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'prospect',
      allowedTransitions: ['negotiating', 'terminated'],
      version: 1,
    });
    const id = created.body.partnershipId;
    expect((await transition(id, 'negotiating', { on: '2024-03-12', note: '考察宣介期间会谈' })).status).toBe(200);
    const signed = await transition(id, 'signed', { on: '2024-03-14' });
    expect(signed.body).toMatchObject({ status: 'signed', signedOn: '2024-03-14', version: 3 });
    expect((await transition(id, 'active')).body.status).toBe('active');
    expect((await transition(id, 'expired')).body.allowedTransitions).toEqual([]);

    const timeline = await call('GET', `/v1/partnerships/${id}/activities`, { token: organiser.token });
    expect(timeline.body.items.map((a: any) => `${a.fromStatus}→${a.toStatus}`)).toEqual([
      'active→expired',
      'signed→active',
      'negotiating→signed',
      'prospect→negotiating',
    ]);
    expect(timeline.body.items.find((a: any) => a.toStatus === 'negotiating').outcome).toBe('考察宣介期间会谈');
  });

  it('refuses a transition off the lifecycle with 409 and the allowed ones', async () => {
    const { body } = await create({});
    const skip = await transition(body.partnershipId, 'active');
    expect(skip.status).toBe(409);
    expect(skip.body).toMatchObject({ code: 'invalid_transition', allowed: ['negotiating', 'terminated'] });
    const unknown = await transition(body.partnershipId, 'approved');
    expect(unknown.status).toBe(400);
  });

  it('lets one of two concurrent transitions from the same state win', async () => {
    const { body } = await create({});
    const results = await concurrently(5, () => transition(body.partnershipId, 'negotiating'));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(4);
    const timeline = await call('GET', `/v1/partnerships/${body.partnershipId}/activities`, { token: organiser.token });
    expect(timeline.body.items).toHaveLength(1);
  });

  it('records existing agreements in their state, requiring the signing date', async () => {
    const missing = await create({ status: 'active' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe('signedOn');
    const backwards = await create({ status: 'active', signedOn: '2024-05-01', expiresOn: '2023-05-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].path).toBe('expiresOn');
    const ok = await create({
      status: 'active',
      signedOn: '2023-06-01',
      expiresOn: '2028-05-31',
      documents: [{ name: '协议扫描件', url: 'https://example.org/a.pdf' }],
    });
    expect(ok.status).toBe(201);
  });

  it('refuses a partnership with a university that does not exist', async () => {
    const res = await call('POST', '/v1/partnerships', {
      token: organiser.token,
      body: { universityId: 'uni_00000000000000000000000000', title: '不存在的合作', type: 'practice_base' },
    });
    expect(res.status).toBe(404);
  });

  it('applies edits with the current version only', async () => {
    const { body } = await create({});
    const ok = await call('PATCH', `/v1/partnerships/${body.partnershipId}`, {
      token: organiser.token,
      body: { version: 1, notes: '已互访' },
    });
    expect(ok.body).toMatchObject({ notes: '已互访', version: 2 });
    const stale = await call('PATCH', `/v1/partnerships/${body.partnershipId}`, {
      token: organiser.token,
      body: { version: 1, notes: 'x' },
    });
    expect(stale.status).toBe(409);
    const status = await call('PATCH', `/v1/partnerships/${body.partnershipId}`, {
      token: organiser.token,
      body: { version: 2, status: 'active' },
    });
    expect(status.status).toBe(400);
  });
});

describe('coordinators and partnerships', () => {
  it('see their own university’s partnerships and timeline, not others’, and cannot write', async () => {
    const own = await newUniversity();
    const other = await newUniversity();
    const coordinator = await newAccount('coordinator', { universityId: own.universityId });
    const mine = (
      await call('POST', '/v1/partnerships', {
        token: organiser.token,
        body: { universityId: own.universityId, title: '本校协议', type: 'practice_base' },
      })
    ).body;
    const theirs = (
      await call('POST', '/v1/partnerships', {
        token: organiser.token,
        body: { universityId: other.universityId, title: '他校协议', type: 'practice_base' },
      })
    ).body;
    const list = await call('GET', '/v1/partnerships', { token: coordinator.token });
    expect(list.body.items.map((p: any) => p.partnershipId)).toEqual([mine.partnershipId]);
    expect((await call('GET', `/v1/partnerships/${theirs.partnershipId}`, { token: coordinator.token })).status).toBe(
      404,
    );
    expect(
      (await call('GET', `/v1/universities/${other.universityId}/activities`, { token: coordinator.token })).status,
    ).toBe(404);
    expect(
      (
        await call('POST', `/v1/partnerships/${mine.partnershipId}/transitions`, {
          token: coordinator.token,
          body: { to: 'negotiating' },
        })
      ).status,
    ).toBe(403);
  });
});
