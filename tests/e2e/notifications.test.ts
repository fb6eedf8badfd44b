import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Notifications, type EmailChannel } from '@aksu/core';
import { smtpChannel } from '@aksu/functions/mail/smtp';
import { sentTo, startBackbone, type Backbone } from '../support/backbone.ts';
import { browserSession, createAccount, DESKTOP, horizontalOverflow, PHONE, signIn, unique } from './harness.ts';
import { startRefusingSmtp } from '../support/refusing-smtp.ts';

const session = browserSession();
let backbone: Backbone;
let refusing: Awaited<ReturnType<typeof startRefusingSmtp>>;
const channels: Array<{ close(): void }> = [];
/** Mailboxes the refusing server answers 550 for, until the test "fixes" them. */
const refused = new Set<string>();

beforeAll(async () => {
  backbone = await startBackbone();
  refusing = await startRefusingSmtp();
  const good = smtpChannel({ url: backbone.smtpUrl, from: 'Aksu <noreply@aksu.test>' });
  const bad = smtpChannel({ url: refusing.url, from: 'Aksu <noreply@aksu.test>' });
  channels.push(good, bad);
  const routed: EmailChannel = { send: (m) => (refused.has(m.to) ? bad : good).send(m) };
  Notifications.configureEmail(routed);
});

afterAll(async () => {
  for (const channel of channels) channel.close();
  await refusing.close();
  await backbone.stop();
});

describe('通知: the bell and the failed-deliveries page', () => {
  it(
    'an organiser on a phone sees the unread count, opens the centre ' +
      'and marks the item read; on a laptop retries a failed mail',
    async () => {
      const id = unique();
      const email = `bell.${id}@example.org`;
      const organiser = await createAccount({ email, name: '通知专员', role: 'organiser' });
      await Notifications.notify({
        key: `e2e:${id}`,
        kind: 'account.reset-code',
        recipient: { key: `user:${organiser.userId}`, userId: organiser.userId },
        data: { code: 'E2E0-TEST', validFor: 24 },
      });

      const phone = await session.newPage(PHONE);
      await signIn(phone, session.url, email);
      const bell = phone.getByTestId('bell');
      await expect
        .poll(
          async () =>
            (await phone
              .getByTestId('bell-count')
              .textContent()
              .catch(() => '')) ?? '',
        )
        .toBe('1');
      expect(await bell.getAttribute('aria-label')).toBe('通知，1 条未读');
      await bell.click();
      await phone.waitForURL((url) => url.pathname === '/notifications');
      const item = phone.getByTestId('notice').filter({ hasText: '重置您的密码' });
      await item.waitFor();
      expect(await horizontalOverflow(phone)).toBe(0);
      await item.getByRole('button', { name: '标为已读' }).click();
      await item.getByRole('button', { name: '标为已读' }).waitFor({ state: 'detached' });
      await phone.getByTestId('bell-count').waitFor({ state: 'detached' });
      expect(await bell.getAttribute('aria-label')).toBe('通知');

      const parkedAddress = `parked.${id}@example.org`;
      refused.add(parkedAddress);
      await Notifications.notify({
        key: `e2e:parked:${id}`,
        kind: 'account.reset-code',
        recipient: { key: `email:${parkedAddress}`, email: parkedAddress },
        data: { code: 'PARK-ED00', validFor: 24 },
      });
      const laptop = await session.newPage(DESKTOP);
      await signIn(laptop, session.url, email);
      await laptop.getByRole('link', { name: '邮件投递' }).click();
      await laptop.waitForURL((url) => url.pathname === '/admin/deliveries');
      const row = laptop
        .getByTestId('delivery')
        .filter({ hasText: `p***@example.org` })
        .filter({ hasText: '550' })
        .first();
      await row.waitFor();
      refused.delete(parkedAddress);
      await row.getByRole('button', { name: '重新发送' }).click();
      await laptop.getByText('已重新发送给 p***@example.org').waitFor();
      const [mail] = await backbone.mailbox.waitFor(sentTo(parkedAddress));
      expect(mail!.text).toContain('PARK-ED00');

      await phone.goto(`${session.url}/admin/deliveries`);
      await phone.getByRole('heading', { name: '投递失败的邮件' }).waitFor();
      expect(await horizontalOverflow(phone)).toBe(0);
    },
  );
});
