import { expect, vi } from 'vitest';
import { sentTo, type Backbone, type CaughtMessage } from './backbone.ts';
import { call } from './http.ts';

/**
 * Reading what people were told, by mail at the catcher and in their notification centre, for the
 * tests of the mails about coordinators', interns' and mentors' affairs.
 */

/** The mail helpers over a backbone started in the test file's beforeAll. */
export function mailbox(backbone: () => Backbone) {
  /**
   * Mail caught for the address; with `about`, only those whose subject says it (accounts made here get their own mails
   * too).
   */
  const mailTo = (address: string, about = '') =>
    backbone()
      .mailbox.messages()
      .filter((m) => sentTo(address)(m) && m.subject.includes(about));
  const waitMail = async (address: string, subject: RegExp | string, count = 1) =>
    backbone().mailbox.waitFor(
      (m) =>
        sentTo(address)(m) && (typeof subject === 'string' ? m.subject.includes(subject) : subject.test(m.subject)),
      { count },
    );
  const one = async (address: string, subject: RegExp | string): Promise<CaughtMessage> =>
    (await waitMail(address, subject))[0]!;
  return { mailTo, waitMail, one };
}

export const PEOPLE_KINDS = new Set([
  'coordinator.review-digest',
  'intern.accepted',
  'intern.placed',
  'intern.week-returned',
  'intern.leave-decided',
  'intern.stipend-approved',
  'intern.stipend-paid',
  'mentor.new-mentee',
  'mentor.leave-pending',
]);

/**
 * The caller's in-app list as the notification centre serves it, the kinds under test only (accounts made here bring
 * their own).
 */
export async function inbox(
  token: string,
): Promise<Array<{ kind: string; title: string; body: string; link: string | null }>> {
  const page = await call('GET', '/v1/me/notifications?limit=100', { token });
  expect(page.status).toBe(200);
  return page.body.items.filter((n: { kind: string }) => PEOPLE_KINDS.has(n.kind));
}

/** The language the person chose for their messages, through their preferences. */
export async function chooseLanguage(token: string, locale: 'zh-CN' | 'en') {
  expect((await call('PUT', '/v1/me/notification-preferences', { token, body: { locale, off: [] } })).status).toBe(200);
}

/**
 * The kinds in the user's centre once they are the expected ones. The mail goes out before the
 * in-app item is written, so a test that has just seen the mail waits for the item itself.
 */
export async function inboxKinds(token: string, expected: string[]) {
  return vi.waitFor(
    async () => {
      const kinds = (await inbox(token)).map((n) => n.kind).sort();
      expect(kinds).toEqual([...expected].sort());
      return kinds;
    },
    { timeout: 20_000, interval: 100 },
  );
}

export const FULL_ID = /[0-9]{17}[0-9Xx]/;

/** Whatever the message says, in every part, for checks that must hold everywhere. */
export const everything = (m: CaughtMessage) => `${m.subject}\n${m.text}\n${m.html}`;
