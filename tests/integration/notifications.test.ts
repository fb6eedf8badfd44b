import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvitedAccount, JOBS, Notifications, Users, type EmailChannel } from '@aksu/core';
import { smtpChannel } from '@aksu/functions/mail/smtp';
import { newAccount, SYSTEM, uniqueEmail, uniqueSuffix, type Account } from '../support/accounts.ts';
import { sentTo, startBackbone, type Backbone } from '../support/backbone.ts';
import { call } from '../support/http.ts';
import { startRefusingSmtp } from '../support/refusing-smtp.ts';

let backbone: Backbone;
let organiser: Account;
let refusing: Awaited<ReturnType<typeof startRefusingSmtp>>;
let refusingUrl: string;
let deadUrl: string;
let channels: Array<{ close(): void }> = [];
/** Addresses whose mail goes to a server that refuses them, or to a port where nothing listens. */
const refused = new Set<string>();
const unreachable = new Set<string>();

beforeAll(async () => {
  backbone = await startBackbone();
  refusing = await startRefusingSmtp();
  refusingUrl = refusing.url;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  deadUrl = `smtp://127.0.0.1:${(probe.address() as { port: number }).port}`;
  await new Promise((resolve) => probe.close(resolve));
  const [good, bad, dead] = [
    smtpChannel(),
    smtpChannel({ url: refusingUrl, from: 'x@aksu.test' }),
    smtpChannel({ url: deadUrl, from: 'x@aksu.test' }),
  ];
  channels = [good, bad, dead];
  const routed: EmailChannel = { send: (m) => (refused.has(m.to) ? bad : unreachable.has(m.to) ? dead : good).send(m) };
  Notifications.configureEmail(routed);
  organiser = await newAccount('organiser');
});

afterAll(async () => {
  Notifications.configureEmail(undefined);
  for (const channel of channels) channel.close();
  await refusing.close();
  await backbone.stop();
});

const resetCode = (key: string, email: string, userId?: string) => ({
  key,
  kind: 'account.reset-code',
  recipient: { key: userId ? `user:${userId}` : `email:${email}`, email, ...(userId ? { userId } : {}) },
  data: { code: 'ABCD-2345', validFor: 24 },
});

const leaveDecided = (key: string, account: Account) => ({
  key,
  kind: 'intern.leave-decided',
  recipient: { key: `user:${account.user.userId}`, userId: account.user.userId, email: account.email },
  data: { from: '2026-07-01', to: '2026-07-02', status: 'approved' },
});

describe('exactly once per key, recipient and channel', () => {
  it('20 concurrent notify calls with the same input send one mail and write one in-app item', async () => {
    const intern = await newAccount('intern');
    const key = `test:${uniqueSuffix()}`;
    await Promise.all(
      Array.from({ length: 20 }, () => Notifications.notify(resetCode(key, intern.email, intern.user.userId))),
    );
    const [mail] = await backbone.mailbox.waitFor((m) => sentTo(intern.email)(m) && m.subject === '重置您的密码');
    expect(mail!.text).toContain('ABCD-2345');
    // A replay after the fact changes nothing either.
    await Notifications.notify(resetCode(key, intern.email, intern.user.userId));
    expect(
      backbone.mailbox.messages().filter((m) => sentTo(intern.email)(m) && m.subject === '重置您的密码'),
    ).toHaveLength(1);
    const inbox = await call('GET', '/v1/me/notifications', { token: intern.token });
    expect(inbox.body.items.filter((n: { kind: string }) => n.kind === 'account.reset-code')).toHaveLength(1);
    expect((await call('GET', '/v1/me/notifications/unread-count', { token: intern.token })).body).toEqual({
      unread: 1,
    });
  });

  it('a public recipient (no account) gets the mail in the language given, and nothing in-app', async () => {
    const email = uniqueEmail('public');
    await Notifications.notify({
      ...resetCode(`test:${uniqueSuffix()}`, email),
      recipient: { key: `email:${email}`, email, locale: 'en' },
    });
    const [mail] = await backbone.mailbox.waitFor(sentTo(email));
    expect(mail!.subject).toBe('Reset your password');
  });
});

describe('preferences', () => {
  it(
    'a kind turned off sends no mail (the centre still has it); ' +
      'an essential kind is sent anyway and cannot be turned off',
    async () => {
      const intern = await newAccount('intern');
      const locked = await call('PUT', '/v1/me/notification-preferences', {
        token: intern.token,
        body: { off: ['account.reset-code'] },
      });
      expect(locked.status).toBe(400);
      const saved = await call('PUT', '/v1/me/notification-preferences', {
        token: intern.token,
        body: { off: ['intern.leave-decided'], locale: 'en' },
      });
      expect(saved.status).toBe(200);
      const kinds = new Map<string, unknown>(saved.body.kinds.map((k: { kind: string }) => [k.kind, k]));
      expect(kinds.get('intern.leave-decided')).toMatchObject({
        enabled: false,
        essential: false,
        label: 'Leave decisions',
        labels: { 'zh-CN': '请假审批结果', en: 'Leave decisions' },
      });
      expect(kinds.get('account.reset-code')).toMatchObject({ enabled: true, essential: true });
      // What goes only to addresses from public forms is no account's to choose, so it is not listed.
      expect([...kinds.keys()].filter((k) => /^(registrant|applicant)\./.test(k))).toEqual([]);
      await expect(
        Notifications.notify({
          key: `test:${uniqueSuffix()}`,
          kind: 'registrant.reminder',
          recipient: { key: `user:${intern.user.userId}`, userId: intern.user.userId, email: intern.email },
          data: {},
        }),
      ).rejects.toThrow(/not to an account/);

      await Notifications.notify(leaveDecided(`test:${uniqueSuffix()}`, intern));
      await Notifications.notify(resetCode(`test:${uniqueSuffix()}`, intern.email, intern.user.userId));
      const [mail] = await backbone.mailbox.waitFor(
        (m) => sentTo(intern.email)(m) && m.subject === 'Reset your password',
      );
      expect(mail!.subject).toBe('Reset your password');
      expect(backbone.mailbox.messages().filter((m) => sentTo(intern.email)(m) && /leave/i.test(m.subject))).toEqual(
        [],
      );
      const inbox = await call('GET', '/v1/me/notifications', { token: intern.token });
      expect(inbox.body.items.map((n: { kind: string }) => n.kind).sort()).toEqual([
        'account.reset-code',
        'intern.leave-decided',
      ]);
    },
  );
});

describe('failures', () => {
  it(
    'a refused recipient is parked as failed, listed for organisers ' +
      'with the address masked, and sent by a retry once the mailbox exists',
    async () => {
      const email = uniqueEmail('refused');
      refused.add(email);
      await Notifications.notify(resetCode(`test:${uniqueSuffix()}`, email));
      const failed = await call('GET', '/v1/deliveries?status=failed&limit=100', { token: organiser.token });
      expect(failed.status).toBe(200);
      const parked = failed.body.items.find(
        (d: { recipient: string; kind: string }) =>
          d.recipient === `${email[0]}***@example.com` && d.kind === 'account.reset-code',
      );
      expect(parked).toMatchObject({ status: 'failed', attempts: 1, channel: 'email' });
      expect(parked.lastError).toContain('550');
      expect(parked.lastError).not.toContain(email);

      refused.delete(email);
      const retried = await call('POST', `/v1/deliveries/${parked.deliveryId}/retry`, { token: organiser.token });
      expect(retried.status).toBe(200);
      expect(retried.body).toMatchObject({ status: 'sent', attempts: 1 });
      await backbone.mailbox.waitFor(sentTo(email));
      const again = await call('POST', `/v1/deliveries/${parked.deliveryId}/retry`, { token: organiser.token });
      expect(again.status).toBe(409);
    },
  );

  it('an unreachable server means retry later: the retry-deliveries job sends it once due, not before', async () => {
    const email = uniqueEmail('later');
    unreachable.add(email);
    const key = `test:${uniqueSuffix()}`;
    await Notifications.notify(resetCode(key, email));
    const retrying = await call('GET', '/v1/deliveries?status=retrying&limit=100', { token: organiser.token });
    const waiting = retrying.body.items.find((d: { key: string }) => d.key === key);
    expect(waiting).toMatchObject({ status: 'retrying', attempts: 1 });

    unreachable.delete(email);
    // Not due yet: the first retry waits a minute.
    await JOBS['retry-deliveries'](new Date());
    expect(backbone.mailbox.messages().filter(sentTo(email))).toEqual([]);
    const summary = await JOBS['retry-deliveries'](new Date(Date.now() + 3 * 60_000));
    expect(summary.sent).toBeGreaterThanOrEqual(1);
    await backbone.mailbox.waitFor(sentTo(email));
    const sent = await call('GET', '/v1/deliveries?status=sent&limit=100', { token: organiser.token });
    expect(sent.body.items.find((d: { key: string }) => d.key === key)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('organisers only', async () => {
    const intern = await newAccount('intern');
    expect((await call('GET', '/v1/deliveries', { token: intern.token })).status).toBe(403);
  });
});

describe('the in-app centre', () => {
  it('lists newest first, counts unread, marks one and all read; another person’s item is 404', async () => {
    const intern = await newAccount('intern');
    const other = await newAccount('intern');
    for (let i = 0; i < 3; i++)
      await Notifications.notify({
        ...leaveDecided(`test:${uniqueSuffix()}`, intern),
        recipient: { key: `user:${intern.user.userId}`, userId: intern.user.userId },
      });
    const list = await call('GET', '/v1/me/notifications?limit=2', { token: intern.token });
    expect(list.body.items).toHaveLength(2);
    expect(list.body.nextCursor).toBeTruthy();
    expect(list.body.items[0]).toMatchObject({ kind: 'intern.leave-decided', read: false, link: '/my-day' });
    expect((await call('GET', '/v1/me/notifications/unread-count', { token: intern.token })).body.unread).toBe(3);

    const id = list.body.items[0].notificationId;
    expect((await call('POST', `/v1/me/notifications/${id}/read`, { token: other.token })).status).toBe(404);
    const read = await call('POST', `/v1/me/notifications/${id}/read`, { token: intern.token });
    expect(read.body).toMatchObject({ notificationId: id, read: true });
    await call('POST', `/v1/me/notifications/${id}/read`, { token: intern.token });
    expect((await call('GET', '/v1/me/notifications/unread-count', { token: intern.token })).body.unread).toBe(2);

    expect((await call('POST', '/v1/me/notifications/read-all', { token: intern.token })).body).toEqual({ marked: 2 });
    expect((await call('GET', '/v1/me/notifications/unread-count', { token: intern.token })).body.unread).toBe(0);
    expect((await call('GET', '/v1/me/notifications/unread-count', { token: other.token })).body.unread).toBe(0);
  });
});

describe('account codes by email', () => {
  it('an invitation and a reset code are mailed to the account’s address by the stream worker', async () => {
    const email = uniqueEmail('invited');
    const { user, invitationCode } = await createInvitedAccount(SYSTEM, { email, name: '邮件测试', role: 'organiser' });
    const [invitation] = await backbone.mailbox.waitFor((m) => sentTo(email)(m) && m.subject === '激活您的账号');
    expect(invitation!.text).toContain(invitationCode);
    expect(invitation!.text).toContain('邮件测试');
    await Users.activate({ code: invitationCode, password: 'correct-horse-42' }, process.env.JWT_SECRET!);
    const { resetCode } = await Users.issueResetCode(SYSTEM, user.userId);
    const [reset] = await backbone.mailbox.waitFor((m) => sentTo(email)(m) && m.subject === '重置您的密码');
    expect(reset!.text).toContain(resetCode);
    expect(reset!.html).toContain(resetCode);
  });
});
