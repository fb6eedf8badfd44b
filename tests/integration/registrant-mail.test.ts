import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Events, promoteFromWaitlist } from '@aksu/core';
import { SYSTEM } from '../support/accounts.ts';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { runJobAt, sentTo, startBackbone, type Backbone, type CaughtMessage } from '../support/backbone.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { call } from '../support/http.ts';
import { readQrPng } from '../support/qr-png.ts';

let backbone: Backbone;
let organiser: Account;
let trip: Awaited<ReturnType<typeof newTrip>>;

beforeAll(async () => {
  backbone = await startBackbone();
  organiser = await newAccount('organiser');
  trip = await newTrip([(await newUniversity()).universityId]);
});
afterAll(() => backbone?.stop());

type Registered = { registrationId: string; status: string; checkInToken: string; email: string; phone: string };
const register = async (eventId: string, body = person()): Promise<Registered> => {
  const response = await call('POST', `/v1/public/events/${eventId}/registrations`, { body });
  expect(response.status).toBe(201);
  return { ...response.body, email: body.email as string, phone: body.phone as string };
};
const mine = (eventId: string, access: object) => call('POST', `/v1/public/events/${eventId}/my`, { body: access });
const mailTo = async (email: string, subject: string) =>
  (await backbone.mailbox.waitFor((m) => sentTo(email)(m) && m.subject.includes(subject)))[0]!;
const qrOf = (message: CaughtMessage) => {
  const image = message.attachments.find((a) => a.contentType === 'image/png' && a.cid);
  expect(image, 'an inline PNG').toBeDefined();
  // The catcher's parser turns the cid reference into the image's data, so the html shows the same picture.
  expect(message.html).toMatch(/<img [^>]*src="(cid:|data:image\/png)/);
  return readQrPng(image!.content);
};

describe('registrant mail', () => {
  it('mails the confirmation with a QR the staff check-in accepts and a link that opens my registration', async () => {
    const event = await newEvent(trip);
    const receipt = await register(event.eventId, person({ locale: 'en' }));
    const mail = await mailTo(receipt.email, 'You are registered');
    const token = qrOf(mail);
    expect(token).toBe(receipt.checkInToken);
    expect(mail.text).toContain(`/e/${event.eventId}/my#t=${token}`);

    const opened = await mine(event.eventId, { token });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      registrationId: receipt.registrationId,
      status: 'registered',
      checkInToken: token,
      canCancel: true,
    });
    expect(opened.body.email).not.toBe(receipt.email);

    const scan = await call('POST', `/v1/events/${event.eventId}/check-ins`, {
      token: organiser.token,
      body: { token },
    });
    expect(scan.status).toBe(200);
    expect(scan.body.registrationId).toBe(receipt.registrationId);
  });

  it('mails the waitlisted notice in Chinese by default, without a QR', async () => {
    const event = await newEvent(trip, { capacity: 0 });
    const receipt = await register(event.eventId);
    expect(receipt.status).toBe('waitlisted');
    const mail = await mailTo(receipt.email, '候补');
    expect(mail.attachments.filter((a) => a.contentType === 'image/png')).toHaveLength(0);
  });

  it('recovers my registration with a mailed code that works once, and answers alike for strangers', async () => {
    const event = await newEvent(trip);
    const receipt = await register(event.eventId);
    const stranger = await call('POST', `/v1/public/events/${event.eventId}/recovery`, {
      body: { phone: '13900000000' },
    });
    const asked = await call('POST', `/v1/public/events/${event.eventId}/recovery`, { body: { phone: receipt.phone } });
    expect([stranger.status, asked.status]).toEqual([202, 202]);
    expect(stranger.body).toEqual(asked.body);

    const mail = await mailTo(receipt.email, '找回报名验证码');
    const code = /\b(\d{6})\b/.exec(mail.subject)![1]!;
    const verify = (body: object) => call('POST', `/v1/public/events/${event.eventId}/recovery/verify`, { body });
    const wrong = await verify({ email: receipt.email, code: code === '000000' ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('invalid_code');
    const right = await verify({ email: receipt.email, code });
    expect(right.status).toBe(200);
    expect((await verify({ email: receipt.email, code })).body.code).toBe('invalid_code');

    const opened = await mine(event.eventId, { accessToken: right.body.accessToken });
    expect(opened.body).toMatchObject({ registrationId: receipt.registrationId, checkInToken: receipt.checkInToken });
    expect((await mine(event.eventId, { accessToken: `${right.body.accessToken}x` })).status).toBe(404);
  });

  it('promotes the first waitlisted people in order, exactly once, when five cancel at once', async () => {
    const event = await newEvent(trip, { capacity: 10 });
    const seated: Registered[] = [];
    for (let i = 0; i < 10; i++) seated.push(await register(event.eventId));
    const waiting: Registered[] = [];
    for (let i = 0; i < 10; i++) waiting.push(await register(event.eventId));
    expect(waiting.every((r) => r.status === 'waitlisted')).toBe(true);

    const cancels = await Promise.all(
      seated
        .slice(0, 5)
        .map((r) => call('POST', `/v1/public/events/${event.eventId}/my/cancel`, { body: { token: r.checkInToken } })),
    );
    expect(cancels.map((c) => c.status)).toEqual([200, 200, 200, 200, 200]);
    expect(cancels.every((c) => c.body.status === 'cancelled')).toBe(true);

    const first = waiting.slice(0, 5);
    const notices = await Promise.all(first.map((r) => mailTo(r.email, '候补成功')));
    for (const [i, notice] of notices.entries()) expect(qrOf(notice)).toBe(first[i]!.checkInToken);

    // A replayed cancellation finds no free seat: nobody else moves.
    expect(await promoteFromWaitlist(event.eventId)).toEqual([]);
    const attendance = await call('GET', `/v1/events/${event.eventId}/attendance?limit=100`, {
      token: organiser.token,
    });
    expect(attendance.body.counts).toMatchObject({ capacity: 10, registered: 10, waitlisted: 5 });
    const statusOf = new Map(
      attendance.body.items.map((r: { registrationId: string; status: string }) => [r.registrationId, r.status]),
    );
    expect(first.map((r) => statusOf.get(r.registrationId))).toEqual(Array(5).fill('registered'));
    expect(waiting.slice(5).map((r) => statusOf.get(r.registrationId))).toEqual(Array(5).fill('waitlisted'));
    const promotionMails = backbone.mailbox
      .messages()
      .filter((m) => m.subject.includes('候补成功') && waiting.some((r) => sentTo(r.email)(m)));
    expect(promotionMails).toHaveLength(5);

    // The freed email can register again, and waits behind the people already waiting.
    const again = await register(event.eventId, person({ email: seated[0]!.email }));
    expect(again.status).toBe('waitlisted');
  });

  it('gives seats added to a full event to the waitlist in order', async () => {
    const event = await newEvent(trip, { capacity: 1 });
    await register(event.eventId);
    const [first, second] = [await register(event.eventId), await register(event.eventId)];
    expect([first.status, second.status]).toEqual(['waitlisted', 'waitlisted']);
    await Events.update(SYSTEM, event.eventId, { version: event.version, capacity: 2 });
    expect(qrOf(await mailTo(first.email, '候补成功'))).toBe(first.checkInToken);
    const mineNow = await mine(event.eventId, { token: second.checkInToken });
    expect(mineNow.body.status).toBe('waitlisted');
  });

  it('reminds each registered person once the day before, however often the job runs', async () => {
    const event = await newEvent(trip, { startsAt: '2031-05-10T14:00:00+08:00' });
    // An event moved to tomorrow is found under its new day.
    const moved = await newEvent(trip, { startsAt: '2031-06-01T09:00:00+08:00' });
    await Events.update(SYSTEM, moved.eventId, { version: moved.version, startsAt: '2031-05-10T09:00:00+08:00' });
    const c = await register(moved.eventId);
    const a = await register(event.eventId);
    const b = await register(event.eventId);
    const gone = await register(event.eventId);
    await call('POST', `/v1/public/events/${event.eventId}/my/cancel`, { body: { token: gone.checkInToken } });
    const at = '2031-05-09T00:00:00Z';
    const first = await runJobAt('registrant-reminders', at);
    expect(first).toMatchObject({ day: '2031-05-10', events: 2, reminded: 3 });
    await runJobAt('registrant-reminders', at);
    await backbone.mailbox.waitFor((m) => m.subject.includes('明天见') && [a, b, c].some((r) => sentTo(r.email)(m)), {
      count: 3,
    });
    const reminders = backbone.mailbox.messages().filter((m) => m.subject.includes('明天见'));
    expect(reminders.filter(sentTo(a.email))).toHaveLength(1);
    expect(reminders.filter(sentTo(b.email))).toHaveLength(1);
    expect(reminders.filter(sentTo(c.email))).toHaveLength(1);
    expect(reminders.filter(sentTo(gone.email))).toHaveLength(0);
  });
});
