import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '@aksu/functions/app';
import { smtpChannel } from '@aksu/functions/mail/smtp';
import { devMailbox } from '@aksu/functions/dev/mailbox';
import { startLocalServer } from '@aksu/functions/local';
import { startMailCatcher, type MailCatcher } from '../../scripts/lib/mail-catcher.ts';

/**
 * The dev mailbox: mail sent over real SMTP to the catcher is listed at /dev/mail and shown with
 * its inline images served from the catcher; the Lambda app never has it, nor a production server.
 */
let catcher: MailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher();
});
afterAll(() => catcher?.close());

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('the dev mailbox', () => {
  it('lists caught mail and shows a message with its cid: image', async () => {
    const subject = `二维码 QR ${Date.now()}`;
    await smtpChannel({ url: catcher.url, from: 'Aksu <noreply@aksu.test>' }).send({
      to: 'Registrant@Example.test',
      subject,
      text: 'see the code',
      html: '<p>您的二维码</p><img alt="QR" src="cid:qr-code">',
      attachments: [{ filename: 'qr.png', content: PNG, contentType: 'image/png', cid: 'qr-code' }],
      deliveryId: 'dlv_test',
    });
    const [message] = await catcher.waitFor((m) => m.subject === subject);
    expect(message!.envelope.to).toEqual(['registrant@example.test']);

    const app = devMailbox(catcher);
    const list = await app.request('/');
    expect(list.status).toBe(200);
    expect(list.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await list.text()).toContain(subject);

    const view = await app.request(`/${message!.id}`);
    expect(await view.text()).toContain(`/dev/mail/${message!.id}/body`);
    const body = await (await app.request(`/${message!.id}/body`)).text();
    expect(body).toContain(`src="/dev/mail/${message!.id}/cid/qr-code"`);
    const image = await app.request(`/${message!.id}/cid/qr-code`);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await app.request('/nope')).status).toBe(404);
  });

  it('is mounted by the local server only, and never with NODE_ENV=production', async () => {
    expect((await createApp({ jwtSecret: 'x'.repeat(32) }).request('/dev/mail')).status).toBe(404);
    const local = await startLocalServer({ port: 0, jwtSecret: 'x'.repeat(32), devMail: catcher });
    const before = process.env.NODE_ENV;
    try {
      expect((await fetch(`${local.url}/dev/mail`)).status).toBe(200);
      process.env.NODE_ENV = 'production';
      const production = await startLocalServer({ port: 0, jwtSecret: 'x'.repeat(32), devMail: catcher });
      try {
        expect((await fetch(`${production.url}/dev/mail`)).status).toBe(404);
      } finally {
        await production.close();
      }
    } finally {
      process.env.NODE_ENV = before;
      await local.close();
    }
  });
});
