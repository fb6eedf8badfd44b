/**
 * Editing a trip after its events exist: expenses and the cost per lead, a stale save refused, a
 * stop with events kept, and recording that an event was held. The trip is seeded as the trip
 * story's first test builds it on screen: two stops, three events, one person registered.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, Events, localDate, Trips, Universities } from '@aksu/core';
import { newEvent, person } from '../support/events.ts';
import { browserSession, createAccount, signIn, SYSTEM, unique } from './harness.ts';
import { yuan } from './trip-screens.ts';

const session = browserSession();
let organiser: Page;
const trip = { id: '', title: '' };
const talk = { id: '', title: '' };

beforeAll(async () => {
  const id = unique();
  const [first, second] = await Promise.all([
    Universities.create(SYSTEM, { name: `行程编辑测试大学${id}`, city: '西安', province: '陕西' }),
    Universities.create(SYSTEM, { name: `行程编辑测试理工大学${id}`, city: '兰州', province: '甘肃' }),
  ]);
  const start = addDays(localDate(), 10);
  const created = await Trips.create(SYSTEM, {
    title: `春季招才引智行${id}`,
    startDate: start,
    endDate: addDays(start, 6),
    budgetFen: 3_000_050,
    stops: [
      { city: '西安', from: start, to: addDays(start, 2), universityIds: [first.universityId] },
      { city: '兰州', from: addDays(start, 3), to: addDays(start, 6), universityIds: [second.universityId] },
    ],
  });
  trip.id = created.tripId;
  trip.title = created.title;
  const talkEvent = await newEvent(created, {
    title: `硕博人才专场宣讲会${id}`,
    startsAt: `${start}T14:30:00+08:00`,
  });
  talk.id = talkEvent.eventId;
  talk.title = talkEvent.title;
  await newEvent(created, {
    kind: 'symposium',
    title: `校地合作座谈会${id}`,
    startsAt: `${addDays(start, 1)}T10:00:00+08:00`,
  });
  await newEvent(created, {
    stopId: created.stops[1]!.stopId,
    universityId: second.universityId,
    kind: 'signing_ceremony',
    title: `实践基地签约仪式${id}`,
    startsAt: `${addDays(start, 4)}T09:00:00+08:00`,
  });
  // One person registered, so the trip has a lead to divide the expenses by.
  await Events.registerPublic(talk.id, person({ universityId: first.universityId }), 'trip-editing-test');
  const organiserEmail = `trip.editor.${id}@example.org`;
  await createAccount({ email: organiserEmail, name: '招才专员', role: 'organiser', isAdmin: false });
  organiser = await session.newPage();
  await signIn(organiser, session.url, organiserEmail);
});

describe('招才引智: editing a trip whose events exist', () => {
  it('edits the trip to record its expenses, and the report divides them by the leads', async () => {
    const page = organiser;
    await page.goto(`${session.url}/trips/${trip.id}`);
    await page.getByRole('link', { name: '编辑行程' }).click();
    await page.getByRole('heading', { level: 1, name: `编辑行程：${trip.title}` }).waitFor();
    await expect(page.getByLabel('行程名称').inputValue()).resolves.toBe(trip.title);
    await expect(page.getByLabel('预算（元）').inputValue()).resolves.toBe('30000.50');
    await expect(page.locator('#stops-1-city').inputValue()).resolves.toBe('兰州');
    const day = await page.getByLabel('出发日期').inputValue();
    for (const [i, [item, amount]] of [
      ['住宿费', '1200.50'],
      ['场地费', '799.50'],
    ].entries()) {
      await page.getByRole('button', { name: '添加支出' }).click();
      await page.locator(`#expenses-${i}-item`).fill(item!);
      await page.locator(`#expenses-${i}-amount`).fill(amount!);
      await page.locator(`#expenses-${i}-on`).fill(day);
    }
    await page.locator('.expenses-total', { hasText: yuan(2000) }).waitFor();
    await page.getByRole('button', { name: '保存行程' }).click();
    await page.getByText('行程已保存。').waitFor();
    await page.locator('.facts', { hasText: `支出合计${yuan(2000)}` }).waitFor();
    // The stops kept their ids, so the events are still under them.
    await expect(page.locator('section.stop').nth(0).locator('.event-card').count()).resolves.toBe(2);

    await page.getByRole('link', { name: '行程报告' }).click();
    const total = '.report-table tfoot tr';
    await page.locator(`${total} td[data-field="expensesFen"]`, { hasText: yuan(2000) }).waitFor();
    const leads = Number(await page.locator(`${total} td[data-field="leads"]`).textContent());
    expect(leads).toBeGreaterThan(0);
    await expect(page.locator(`${total} td[data-field="costPerLeadFen"]`).textContent()).resolves.toBe(
      yuan(2000 / leads),
    );
  });

  it('refuses to save over someone else’s newer edit and says so', async () => {
    const page = organiser;
    await page.goto(`${session.url}/trips/${trip.id}/edit`);
    await page.getByLabel('行程名称').fill(`${trip.title}（改）`);
    // Meanwhile a colleague saves the trip.
    const stored = await Trips.get(SYSTEM, trip.id);
    await Trips.update(SYSTEM, trip.id, { version: stored.version, notes: '同事刚改过' });
    await page.getByRole('button', { name: '保存行程' }).click();
    await page.getByText('保存失败：该行程已被他人修改').waitFor();
    // The form now holds the stored trip: the unsaved title is gone, and saving again works.
    await expect(page.getByLabel('行程名称').inputValue()).resolves.toBe(trip.title);
    await page.getByRole('button', { name: '保存行程' }).click();
    await page.getByText('行程已保存。').waitFor();
  });

  it('keeps a stop that already has events', async () => {
    const page = organiser;
    await page.goto(`${session.url}/trips/${trip.id}/edit`);
    await page.getByRole('button', { name: '删除第 1 站' }).click();
    await page.getByRole('button', { name: '保存行程' }).click();
    await page.getByText('未保存：被删除的站点已有活动，不能删除。').waitFor();
    await page.goto(`${session.url}/trips/${trip.id}`);
    await page.locator('section.stop').nth(1).waitFor();
    await expect(page.locator('section.stop').count()).resolves.toBe(2);
  });

  it('records that an event was held, with notes, and the report counts it', async () => {
    const page = organiser;
    await page.goto(`${session.url}/trips/${trip.id}`);
    const card = page.locator('.event-card', { hasText: talk.title });
    await expect(card.locator('.badge').textContent()).resolves.toBe('未举办');
    await card.getByRole('button', { name: '登记举办情况' }).click();
    // A colleague records a note first: the stale save is refused and the form shows their note.
    const stored = await Events.get(SYSTEM, talk.id);
    await Events.update(SYSTEM, talk.id, { version: stored.version, outcomeNotes: '同事补记：宣讲结束后座谈' });
    await card.getByLabel('活动状态').selectOption({ label: '已举办' });
    await card.getByRole('button', { name: '保存', exact: true }).click();
    await card.getByText('该活动刚被他人修改，已显示最新内容，请核对后重新保存。').waitFor();
    await expect(card.getByLabel('成果记录').inputValue()).resolves.toBe('同事补记：宣讲结束后座谈');
    await expect(card.locator('.badge').textContent()).resolves.toBe('未举办');

    await card.getByLabel('活动状态').selectOption({ label: '已举办' });
    await card.getByLabel('成果记录').fill('到场 120 人，现场收到简历 35 份');
    await card.getByRole('button', { name: '保存', exact: true }).click();
    await card.getByText(`活动“${talk.title}”的举办情况已保存。`).waitFor();
    await expect(card.locator('.badge').textContent()).resolves.toBe('已举办');

    await page.reload();
    await expect(card.locator('.badge').textContent()).resolves.toBe('已举办');
    await card.locator('.event-outcome', { hasText: '到场 120 人，现场收到简历 35 份' }).waitFor();
    await page.getByRole('link', { name: '行程报告' }).click();
    await expect(
      page.locator('.report-table tbody tr:nth-child(1) td[data-field="eventsHeld"]').textContent(),
    ).resolves.toBe('1 / 2');
    await expect(page.locator('.report-table tfoot tr td[data-field="eventsHeld"]').textContent()).resolves.toBe(
      '1 / 3',
    );
  });
});
