import { beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_POLICY } from '@aksu/core';
import { newAccount, newUniversity, PASSWORD, uniqueEmail, type Account } from '../support/accounts.ts';
import { call, concurrently } from '../support/http.ts';

let admin: Account;

beforeAll(async () => {
  admin = await newAccount('organiser', { isAdmin: true });
});

describe('sign-in', () => {
  it('returns a token and the user, and /v1/me answers with it', async () => {
    const account = await newAccount('organiser');
    const login = await call('POST', '/v1/auth/login', {
      body: { email: account.email.toUpperCase(), password: PASSWORD },
    });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ email: account.email, role: 'organiser', status: 'active' });
    expect(login.body.user).not.toHaveProperty('passwordHash');
    const me = await call('GET', '/v1/me', { token: login.body.token });
    expect(me.status).toBe(200);
    expect(me.body.userId).toBe(account.user.userId);
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const account = await newAccount('organiser');
    const wrong = await call('POST', '/v1/auth/login', { body: { email: account.email, password: 'nope-nope' } });
    const unknown = await call('POST', '/v1/auth/login', {
      body: { email: uniqueEmail('ghost'), password: 'nope-nope' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('locks an email after repeated failures, existing or not, and says when to retry', async () => {
    const account = await newAccount('organiser');
    for (const email of [account.email, uniqueEmail('ghost')]) {
      const attempts = await concurrently(LOGIN_POLICY.maxFailures, () =>
        call('POST', '/v1/auth/login', { body: { email, password: 'wrong-password' } }),
      );
      expect(attempts.every((a) => a.status === 401)).toBe(true);
      const locked = await call('POST', '/v1/auth/login', { body: { email, password: PASSWORD } });
      expect(locked.status).toBe(429);
      expect(locked.body.code).toBe('too_many_attempts');
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('refuses requests without a token, with a bad token, or with a forged one', async () => {
    expect((await call('GET', '/v1/me')).status).toBe(401);
    expect((await call('GET', '/v1/me', { token: 'abc.def.ghi' })).status).toBe(401);
    const [h, , s] = admin.token.split('.');
    const claims = Buffer.from(
      JSON.stringify({ sub: admin.user.userId, role: 'organiser', admin: true, exp: 9e9 }),
    ).toString('base64url');
    const forged = await call('GET', '/v1/me', { token: `${h}.${claims}.${s}` });
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe('unauthorized');
  });
});

describe('accounts (admin organisers)', () => {
  it('invites an organiser who activates the invitation', async () => {
    const email = uniqueEmail('new-organiser');
    const created = await call('POST', '/v1/users', {
      token: admin.token,
      body: { email, name: '新专员', role: 'organiser' },
    });
    expect(created.status).toBe(201);
    expect(created.body.user.status).toBe('invited');
    const blocked = await call('POST', '/v1/auth/login', { body: { email, password: 'whatever-password' } });
    expect(blocked.status).toBe(401);
    const activated = await call('POST', '/v1/auth/activate', {
      body: { code: created.body.invitationCode, password: 'short' },
    });
    expect(activated.status).toBe(400);
    expect(activated.body.errors[0].path).toBe('password');
    const ok = await call('POST', '/v1/auth/activate', {
      body: { code: created.body.invitationCode, password: 'long-enough-1' },
    });
    expect(ok.status).toBe(200);
  });

  it('refuses a second account with the same email, even when two arrive at once', async () => {
    const email = uniqueEmail('dup');
    const results = await concurrently(5, () =>
      call('POST', '/v1/users', { token: admin.token, body: { email, name: '重复', role: 'organiser' } }),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'already_exists')).toBe(true);
  });

  it('requires a university for a coordinator', async () => {
    const res = await call('POST', '/v1/users', {
      token: admin.token,
      body: { email: uniqueEmail(), name: '某', role: 'coordinator' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: 'universityId', message: 'A coordinator belongs to a university', code: 'university_required' },
    ]);
  });

  it('lists accounts newest first with pagination', async () => {
    const first = await call('GET', '/v1/users?limit=2', { token: admin.token });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    const second = await call('GET', `/v1/users?limit=2&cursor=${first.body.nextCursor}`, { token: admin.token });
    expect(second.body.items[0].userId).not.toBe(first.body.items[0].userId);
    expect(first.body.items[0].createdAt >= first.body.items[1].createdAt).toBe(true);
  });

  it('disables an account: no sign-in, and its token stops working', async () => {
    const victim = await newAccount('organiser');
    const disabled = await call('POST', `/v1/users/${victim.user.userId}/disable`, { token: admin.token });
    expect(disabled.status).toBe(200);
    expect(disabled.body.status).toBe('disabled');
    expect((await call('GET', '/v1/me', { token: victim.token })).status).toBe(401);
    const login = await call('POST', '/v1/auth/login', { body: { email: victim.email, password: PASSWORD } });
    expect(login.status).toBe(403);
    expect(login.body.code).toBe('account_disabled');
    const enabled = await call('POST', `/v1/users/${victim.user.userId}/enable`, { token: admin.token });
    expect(enabled.body.status).toBe('active');
    expect((await call('POST', '/v1/auth/login', { body: { email: victim.email, password: PASSWORD } })).status).toBe(
      200,
    );
  });

  it('keeps account management to admin organisers', async () => {
    const plain = await newAccount('organiser');
    const u = await newUniversity();
    const coordinator = await newAccount('coordinator', { universityId: u.universityId });
    const body = { email: uniqueEmail(), name: '某', role: 'organiser' };
    expect((await call('POST', '/v1/users', { token: plain.token, body })).status).toBe(403);
    expect((await call('POST', `/v1/users/${admin.user.userId}/disable`, { token: plain.token })).status).toBe(403);
    const invite = { name: '受邀联络员', email: uniqueEmail('invitee') };
    const byPlain = await call('POST', `/v1/universities/${u.universityId}/coordinators`, {
      token: plain.token,
      body: invite,
    });
    expect(byPlain.status).toBe(403);
    expect(byPlain.body).not.toHaveProperty('invitationCode');
    expect(
      (await call('POST', `/v1/universities/${u.universityId}/coordinators`, { token: admin.token, body: invite }))
        .status,
    ).toBe(201);
    expect((await call('GET', '/v1/users', { token: coordinator.token })).status).toBe(403);
    expect((await call('GET', `/v1/users/${admin.user.userId}`, { token: coordinator.token })).status).toBe(403);
    expect((await call('GET', `/v1/users/${coordinator.user.userId}`, { token: coordinator.token })).status).toBe(200);
  });

  it('will not let an admin disable themselves', async () => {
    const res = await call('POST', `/v1/users/${admin.user.userId}/disable`, { token: admin.token });
    expect(res.status).toBe(409);
  });

  it('records account changes in the audit log without secrets', async () => {
    const victim = await newAccount('organiser');
    await call('POST', `/v1/users/${victim.user.userId}/disable`, { token: admin.token });
    const audit = await call('GET', `/v1/audit?entityType=user&entityId=${victim.user.userId}`, { token: admin.token });
    expect(audit.body.items.map((e: any) => e.action)).toEqual(['invite', 'activate', 'disable']);
    expect(JSON.stringify(audit.body)).not.toMatch(/scrypt|passwordHash/);
  });
});
