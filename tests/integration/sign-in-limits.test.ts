import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvitedAccount, LOGIN_POLICY, Users } from '@aksu/core';
import { newAccount, PASSWORD, SYSTEM, uniqueEmail } from '../support/accounts.ts';
import { concurrently } from '../support/http.ts';
import { listeningServer, sendFrom, withEnv, type LocalServer } from '../support/from-address.ts';

/**
 * Limits on guessing: passwords per email and per client, activation and reset codes per client and
 * overall. Sent over a real socket so each test counts against its own loopback address.
 */
let server: LocalServer;
beforeAll(async () => {
  server = await listeningServer();
});
afterAll(async () => {
  await server?.close();
});

const login = (from: string, email: string, password: string) =>
  sendFrom(server, from, 'POST', '/v1/auth/login', { email, password });

describe('sign-in lockout per email', () => {
  it('checks no more than the limit of a burst of wrong passwords before locking', async () => {
    const account = await newAccount('organiser');
    const results = await concurrently(25, () => login('127.0.1.1', account.email, 'wrong-password-x'));
    const checked = results.filter((r) => r.status === 401).length;
    expect(checked).toBeLessThanOrEqual(LOGIN_POLICY.maxFailures);
    expect(results.filter((r) => r.status === 429)).toHaveLength(25 - checked);
    const locked = await login('127.0.1.2', account.email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('too_many_attempts');
    expect(Number(locked.retryAfter)).toBeGreaterThan(0);
  });

  it('lets the lock expire on its own', async () => {
    const account = await newAccount('organiser');
    const now = Date.now();
    for (let i = 0; i < LOGIN_POLICY.maxFailures; i++) {
      await expect(
        Users.login({ email: account.email, password: 'wrong-password-x' }, 'x', { now }),
      ).rejects.toMatchObject({ code: 'invalid_credentials' });
    }
    await expect(Users.login({ email: account.email, password: PASSWORD }, 'x', { now })).rejects.toMatchObject({
      code: 'too_many_attempts',
    });
    const later = now + (LOGIN_POLICY.lockSeconds + 1) * 1000;
    const session = await Users.login({ email: account.email, password: PASSWORD }, 'x', { now: later });
    expect(session.user.email).toBe(account.email);
  });

  it('lets an admin unlock a locked account at once', async () => {
    const admin = await newAccount('organiser', { isAdmin: true });
    const account = await newAccount('organiser');
    await concurrently(LOGIN_POLICY.maxFailures, () => login('127.0.1.3', account.email, 'wrong-password-x'));
    expect((await login('127.0.1.3', account.email, PASSWORD)).status).toBe(429);
    const unlocked = await sendFrom(
      server,
      '127.0.1.4',
      'POST',
      `/v1/users/${account.user.userId}/unlock`,
      undefined,
      admin.token,
    );
    expect(unlocked.status).toBe(200);
    expect((await login('127.0.1.3', account.email, PASSWORD)).status).toBe(200);
  });
});

describe('sign-in limit per client', () => {
  it('stops one address from trying many accounts, and leaves other addresses alone', async () => {
    await withEnv({ LOGIN_LIMIT_PER_CLIENT: '5' }, async () => {
      const results = [];
      for (let i = 0; i < 12; i++)
        results.push(await login('127.0.2.1', uniqueEmail(`target${i}`), 'wrong-password-x'));
      expect(results.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429, 429, 429]);
      expect(results[5]!.body.code).toBe('rate_limited');
      expect(Number(results[5]!.retryAfter)).toBeGreaterThan(0);
      const account = await newAccount('organiser');
      expect((await login('127.0.2.2', account.email, PASSWORD)).status).toBe(200);
    });
  });

  it('does not count successful sign-ins against the client', async () => {
    await withEnv({ LOGIN_LIMIT_PER_CLIENT: '3' }, async () => {
      const account = await newAccount('organiser');
      const results = [];
      for (let i = 0; i < 6; i++) results.push(await login('127.0.2.3', account.email, PASSWORD));
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    });
  });
});

describe('activation and reset codes', () => {
  // First in the file: the overall count is shared by every test here, and this one sets it low.
  it('throttles wrong codes overall, whatever the address', async () => {
    await withEnv({ CODE_LIMIT_PER_CLIENT: '100', CODE_LIMIT_OVERALL: '6' }, async () => {
      const results = [];
      for (let i = 0; i < 9; i++)
        results.push(
          await sendFrom(server, `127.0.4.${i + 1}`, 'POST', '/v1/auth/activate', {
            code: 'ZZZZ-ZZZZ',
            password: 'a-fine-passphrase',
          }),
        );
      expect(results.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400, 429, 429, 429]);
    });
  });

  for (const path of ['/v1/auth/activate', '/v1/auth/reset']) {
    it(`throttles a burst of wrong codes per client at ${path} with 429 and Retry-After`, async () => {
      await withEnv({ CODE_LIMIT_PER_CLIENT: '10' }, async () => {
        const from = path.endsWith('activate') ? '127.0.3.1' : '127.0.3.2';
        const results = await concurrently(30, (i) =>
          sendFrom(server, from, 'POST', path, { code: `ZZZZ-${String(1000 + i)}`, password: 'a-fine-passphrase' }),
        );
        expect(results.filter((r) => r.status === 400)).toHaveLength(10);
        const refused = results.filter((r) => r.status === 429);
        expect(refused).toHaveLength(20);
        expect(refused[0]!.body.code).toBe('rate_limited');
        expect(Number(refused[0]!.retryAfter)).toBeGreaterThan(0);
        const elsewhere = await sendFrom(server, '127.0.3.3', 'POST', path, {
          code: 'ZZZZ-9999',
          password: 'a-fine-passphrase',
        });
        expect(elsewhere.status).toBe(400);
      });
    });
  }

  it('does not count a right code against the client', async () => {
    await withEnv({ CODE_LIMIT_PER_CLIENT: '2' }, async () => {
      for (let i = 0; i < 4; i++) {
        const { invitationCode } = await createInvitedAccount(SYSTEM, {
          email: uniqueEmail('code'),
          name: '激活',
          role: 'organiser',
        });
        const res = await sendFrom(server, '127.0.4.20', 'POST', '/v1/auth/activate', {
          code: invitationCode,
          password: 'a-fine-passphrase',
        });
        expect(res.status).toBe(200);
      }
    });
  });
});
