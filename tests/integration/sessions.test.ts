import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, PASSWORD, uniqueEmail, type Account } from '../support/accounts.ts';
import { call } from '../support/http.ts';

/** Taking tokens back (disable, password change, sign out everywhere), reset codes and weak passwords. */
let admin: Account;
beforeAll(async () => {
  admin = await newAccount('organiser', { isAdmin: true });
});

const me = (token: string) => call('GET', '/v1/me', { token });
const signIn = (email: string, password: string) => call('POST', '/v1/auth/login', { body: { email, password } });

describe('revoking tokens', () => {
  it('does not revive a token issued before a disable when the account is re-enabled', async () => {
    const account = await newAccount('organiser');
    expect((await me(account.token)).status).toBe(200);
    await call('POST', `/v1/users/${account.user.userId}/disable`, { token: admin.token });
    await call('POST', `/v1/users/${account.user.userId}/enable`, { token: admin.token });
    expect((await me(account.token)).status).toBe(401);
    const fresh = await signIn(account.email, PASSWORD);
    expect((await me(fresh.body.token)).status).toBe(200);
  });

  it('accepts a signature in exactly one encoding', async () => {
    const account = await newAccount('coordinator');
    expect((await me(account.token)).status).toBe(200);
    const [h, p, s] = account.token.split('.') as [string, string, string];
    // 32 signature bytes fill 43 characters with 2 bits to spare in the last one.
    const last = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const flipped = last[last.indexOf(s.at(-1)!) ^ 1]!;
    for (const variant of [`${s}=`, `${s.slice(0, -1)}${flipped}`, s.replaceAll('-', '+').replaceAll('_', '/')]) {
      if (variant === s) continue;
      const res = await me(`${h}.${p}.${variant}`);
      expect(res.status, variant).toBe(401);
    }
  });

  it('lets a signed-in user change their password: other tokens stop, the answer carries a fresh one', async () => {
    const account = await newAccount('mentor');
    const other = (await signIn(account.email, PASSWORD)).body.token as string;
    const wrong = await call('POST', '/v1/me/password', {
      token: account.token,
      body: { currentPassword: 'not-my-password', newPassword: 'a-new-long-passphrase' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].path).toBe('currentPassword');
    const changed = await call('POST', '/v1/me/password', {
      token: account.token,
      body: { currentPassword: PASSWORD, newPassword: 'a-new-long-passphrase' },
    });
    expect(changed.status).toBe(200);
    expect((await me(other)).status).toBe(401);
    expect((await me(account.token)).status).toBe(401);
    expect((await me(changed.body.token)).status).toBe(200);
    expect((await signIn(account.email, PASSWORD)).status).toBe(401);
    expect((await signIn(account.email, 'a-new-long-passphrase')).status).toBe(200);
  });

  it('signs out everywhere', async () => {
    const account = await newAccount('intern');
    const second = (await signIn(account.email, PASSWORD)).body.token as string;
    const out = await call('POST', '/v1/me/sign-out-everywhere', { token: account.token });
    expect(out.status).toBe(204);
    expect((await me(account.token)).status).toBe(401);
    expect((await me(second)).status).toBe(401);
    expect((await signIn(account.email, PASSWORD)).status).toBe(200);
  });
});

describe('reset codes', () => {
  it('lets an admin issue a one-time code the person sets a new password with', async () => {
    const account = await newAccount('coordinator');
    const issued = await call('POST', `/v1/users/${account.user.userId}/reset-code`, { token: admin.token });
    expect(issued.status).toBe(201);
    expect(issued.body.resetCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(issued.body.expiresAt).toEqual(expect.any(String));
    const asActivation = await call('POST', '/v1/auth/activate', {
      body: { code: issued.body.resetCode, password: 'reset-passphrase-1' },
    });
    expect(asActivation.status).toBe(400);
    const reset = await call('POST', '/v1/auth/reset', {
      body: { code: issued.body.resetCode.toLowerCase(), password: 'reset-passphrase-1' },
    });
    expect(reset.status).toBe(200);
    expect(reset.body.user.userId).toBe(account.user.userId);
    expect((await me(account.token)).status).toBe(401);
    expect((await me(reset.body.token)).status).toBe(200);
    const again = await call('POST', '/v1/auth/reset', {
      body: { code: issued.body.resetCode, password: 'reset-passphrase-2' },
    });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('invalid_invitation');
    expect((await signIn(account.email, 'reset-passphrase-1')).status).toBe(200);
  });

  it('audits every account change without secrets', async () => {
    const account = await newAccount('organiser');
    const code = (await call('POST', `/v1/users/${account.user.userId}/reset-code`, { token: admin.token })).body
      .resetCode;
    const reset = await call('POST', '/v1/auth/reset', { body: { code, password: 'reset-passphrase-1' } });
    await call('POST', '/v1/me/password', {
      token: reset.body.token,
      body: { currentPassword: 'reset-passphrase-1', newPassword: 'reset-passphrase-2' },
    });
    await call('POST', `/v1/users/${account.user.userId}/unlock`, { token: admin.token });
    const session = await signIn(account.email, 'reset-passphrase-2');
    await call('POST', '/v1/me/sign-out-everywhere', { token: session.body.token });
    const audit = await call('GET', `/v1/audit?entityType=user&entityId=${account.user.userId}`, {
      token: admin.token,
    });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'invite',
      'activate',
      'issue_reset_code',
      'reset_password',
      'change_password',
      'unlock',
      'sign_out_everywhere',
    ]);
    expect(JSON.stringify(audit.body)).not.toMatch(/scrypt|passwordHash|codeHash/);
  });
});

describe('weak passwords', () => {
  it('refuses short, common and email-like passwords, with the reason', async () => {
    const email = uniqueEmail('weak');
    const created = await call('POST', '/v1/users', {
      token: admin.token,
      body: { email, name: '弱密码', role: 'organiser' },
    });
    const code = created.body.invitationCode as string;
    const refusals = [
      ['12345678', 'Use at least 10 characters'],
      ['short-pw1', 'Use at least 10 characters'],
      ['1234567890', 'This password is too common; choose another'],
      ['Password123', 'This password is too common; choose another'],
      [email.toUpperCase(), 'Do not use your email address as the password'],
    ] as const;
    for (const [password, message] of refusals) {
      const res = await call('POST', '/v1/auth/activate', { body: { code, password } });
      expect(res.status, password).toBe(400);
      expect(res.body.errors, password).toContainEqual(expect.objectContaining({ path: 'password', message }));
    }
    expect((await call('POST', '/v1/auth/activate', { body: { code, password: 'a-fine-passphrase' } })).status).toBe(
      200,
    );
  });

  it('applies the same rule to a password change', async () => {
    const account = await newAccount('organiser');
    const res = await call('POST', '/v1/me/password', {
      token: account.token,
      body: { currentPassword: PASSWORD, newPassword: 'qwerty123456' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({
      path: 'newPassword',
      message: 'This password is too common; choose another',
    });
  });
});
