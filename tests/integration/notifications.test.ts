import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Notifications } from '@aksu/core';
import { smtpChannel } from '@aksu/functions/mail/smtp';
import { newAccount, uniqueEmail, uniqueSuffix, type Account } from '../support/accounts.ts';
import { sentTo, startBackbone, type Backbone } from '../support/backbone.ts';

let backbone: Backbone;
let organiser: Account;

beforeAll(async () => {
  backbone = await startBackbone();
  Notifications.configureEmail(smtpChannel());
  organiser = await newAccount('organiser');
});

afterAll(async () => {
  Notifications.configureEmail(undefined);
  await backbone.stop();
});

const resetCode = (key: string, email: string, userId?: string) => ({
  key,
  kind: 'account.reset-code',
  recipient: { key: userId ? `user:${userId}` : `email:${email}`, email, ...(userId ? { userId } : {}) },
  data: { code: 'ABCD-2345', validFor: 24 },
});

describe('exactly once per key, recipient and channel', () => {
  it('20 concurrent notify calls with the same input send one mail and write one in-app item', async () => {
    const intern = await newAccount('intern');
    const key = `test:${uniqueSuffix()}`;
    await Promise.all(Array.from({ length: 20 }, () => Notifications.notify(resetCode(key, intern.email, intern.user.userId))));
    const [mail] = await backbone.mailbox.waitFor((m) => sentTo(intern.email)(m) && m.subject === '重置您的密码');
    expect(mail!.text).toContain('ABCD-2345');
    // A replay after the fact changes nothing either.
    await Notifications.notify(resetCode(key, intern.email, intern.user.userId));
    expect(backbone.mailbox.messages().filter((m) => sentTo(intern.email)(m) && m.subject === '重置您的密码')).toHaveLength(1);
    const inbox = await Notifications.inbox.list(intern.user.userId, {});
    expect(inbox.items.filter((n) => n.kind === 'account.reset-code')).toHaveLength(1);
    expect(await Notifications.inbox.unreadCount(intern.user.userId)).toBe(1);
  });

  it('a public recipient (no account) gets the mail in the language given, and nothing in-app', async () => {
    const email = uniqueEmail('public');
    await Notifications.notify({ ...resetCode(`test:${uniqueSuffix()}`, email), recipient: { key: `email:${email}`, email, locale: 'en' } });
    const [mail] = await backbone.mailbox.waitFor(sentTo(email));
    expect(mail!.subject).toBe('Reset your password');
    expect(organiser).toBeDefined();
  });
});
