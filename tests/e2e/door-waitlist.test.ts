import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Events, MyRegistration, Universities } from '@aksu/core';
import { newEvent, newTrip, person } from '../support/events.ts';
import {
  accessibilityViolations,
  browserSession,
  createAccount,
  horizontalOverflow,
  PHONE,
  signIn,
  SYSTEM,
  unique,
} from './harness.ts';

/**
 * Someone waiting who turns up at the door is let in from the scan or the name search in one step,
 * with a reason; every row of the search says where the person stands and what staff can do.
 */
const session = browserSession();
let organiserEmail = '';
let trip: Awaited<ReturnType<typeof newTrip>>;

beforeAll(async () => {
  const university = await Universities.create(SYSTEM, {
    name: `门口候补大学${unique()}`,
    city: '阿克苏',
    province: '新疆',
  });
  trip = await newTrip([university.universityId]);
  organiserEmail = `door.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '门口工作人员', role: 'organiser', isAdmin: false });
});

/** A full event: one seat taken, two people waiting, one cancelled, one walk-in already checked in. */
async function doorEvent() {
  const id = unique();
  const event = await newEvent(trip, { capacity: 1 });
  const sign = (name: string) => Events.registerPublic(event.eventId, person({ name }), `door-${id}`);
  const names = { seated: `座位${id}`, scanned: `扫码候补${id}`, found: `查找候补${id}`, gone: `已取消${id}` };
  await sign(names.seated);
  const scanned = await sign(names.scanned);
  await sign(names.found);
  const gone = await sign(names.gone);
  await MyRegistration.cancel(event.eventId, { token: gone.checkInToken });
  const walkIn = `现场${id}`;
  await Events.walkIn(SYSTEM, event.eventId, person({ name: walkIn }));
  return { event, names: { ...names, walkIn }, token: scanned.checkInToken };
}

const TEXT = {
  zh: {
    waiting: '候补人员',
    full: '名额已满',
    reason: '入场原因',
    admitConfirm: (name: string) => `让 ${name} 入场并签到`,
    admitted: (name: string) => `${name} 已从候补入场并签到。本场活动现已超出容量，原因已记录。`,
    admit: (name: string) => `让 ${name} 从候补入场`,
    reasonNeeded: '请填写入场原因（至少 2 个字）。',
    search: '查找',
    searchLabel: '姓名或手机号',
    submit: '签到',
    token: '签到码',
    cancelled: '已取消报名：如仍要参加，请用下方“现场登记”重新登记。',
    checkedIn: '签到时间',
    annul: (name: string) => `撤销 ${name} 的签到`,
  },
  en: {
    waiting: 'On the waitlist',
    full: 'The event is full',
    reason: 'Reason for admitting',
    admitConfirm: (name: string) => `Admit ${name} and check in`,
    admitted: (name: string) =>
      `${name} was admitted from the waitlist and checked in. The event is now over capacity; the reason is recorded.`,
    admit: (name: string) => `Admit ${name} from the waitlist`,
    reasonNeeded: 'Give a reason (at least 2 characters).',
    search: 'Search',
    searchLabel: 'Name or phone',
    submit: 'Check in',
    token: 'Check-in code',
    cancelled: 'Cancelled: if they still want to attend, register them with the walk-in form below.',
    checkedIn: 'Checked in',
    annul: (name: string) => `Annul check-in of ${name}`,
  },
};

async function find(page: Page, text: (typeof TEXT)['zh'], name: string) {
  await page.getByRole('searchbox', { name: text.searchLabel }).fill(name);
  await page.getByRole('button', { name: text.search, exact: true }).click();
  const row = page.locator('.registration-row', { hasText: name });
  await row.waitFor();
  return row;
}

describe('the waitlist at the door, on a phone', { timeout: 180_000 }, () => {
  it.each(['zh', 'en'] as const)('admits someone waiting from the scan and from the search (%s)', async (lang) => {
    const { event, names, token } = await doorEvent();
    const text = TEXT[lang];
    const page = await session.newPage(PHONE);
    await signIn(page, session.url, organiserEmail);
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: '中文' }).waitFor();
    }
    await page.goto(`${session.url}/events/${event.eventId}/check-in`);
    await page.getByLabel(text.token, { exact: true }).fill(token);
    await page.getByRole('button', { name: text.submit, exact: true }).click();

    // The scan names the person and offers the admission itself, not the walk-in form.
    const outcome = page.locator('.scan-outcome');
    await outcome.getByText(text.waiting, { exact: true }).waitFor();
    await expect(outcome.textContent()).resolves.toContain(names.scanned);
    await page.getByText(text.full).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: text.admitConfirm(names.scanned) }).click();
    await page.getByText(text.reasonNeeded).waitFor();
    await page.getByLabel(text.reason).fill('本人到场，负责人同意');
    await page.getByRole('button', { name: text.admitConfirm(names.scanned) }).click();
    await outcome.getByText(text.admitted(names.scanned)).waitFor();
    const counts = await Events.attendance(SYSTEM, event.eventId, {}, {});
    expect(counts.counts).toMatchObject({ capacity: 1, registered: 3, waitlisted: 1, checkedIn: 2 });

    // The search's waiting row admits the same way.
    let row = await find(page, text, names.found);
    await row.getByRole('button', { name: text.admit(names.found) }).click();
    await row.getByLabel(text.reason).fill('名额临时增加');
    expect(await accessibilityViolations(page)).toEqual([]);
    await row.getByRole('button', { name: text.admitConfirm(names.found) }).click();
    await outcome.getByText(text.admitted(names.found)).waitFor();
    await row.getByText(text.checkedIn).waitFor();
    await row.getByRole('button', { name: text.annul(names.found) }).waitFor();

    // A cancelled row says so and where to go; a checked-in one says when and offers the undo.
    row = await find(page, text, names.gone);
    await row.getByText(text.cancelled).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    row = await find(page, text, names.walkIn);
    await row.getByText(text.checkedIn).waitFor();
    await row.getByRole('button', { name: text.annul(names.walkIn) }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
  });
});
