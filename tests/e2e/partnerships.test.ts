/** Partnerships for organisers and coordinators: the lifecycle, visits, expiry reminders, and who sees what. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, localDate, Partnerships, type PartnershipView, type UniversityView } from '@aksu/core';
import { browserSession, SYSTEM, unique } from './harness.ts';
import { move, partnershipWorld, signedInPage as signedInAs, transitionButtons } from './partnership-screens.ts';

const session = browserSession();
let own: UniversityView;
let other: UniversityView;
let ownPartnership: PartnershipView;
let expiring: PartnershipView;
let overdue: PartnershipView;
let organiserEmail: string;
let coordinatorEmail: string;

const signedInPage = (email: string): Promise<Page> => signedInAs(session, email);

beforeAll(async () => {
  const world = await partnershipWorld();
  ({ own, other, ownPartnership, organiserEmail, coordinatorEmail } = world);
  const { id } = world;
  expiring = await Partnerships.create(SYSTEM, {
    universityId: other.universityId,
    title: `即将到期的战略合作协议${id}`,
    type: 'strategic_cooperation',
    status: 'active',
    signedOn: addDays(localDate(), -355),
    expiresOn: addDays(localDate(), 10),
  });
  overdue = await Partnerships.create(SYSTEM, {
    universityId: other.universityId,
    title: `过了到期日的实践基地协议${id}`,
    type: 'practice_base',
    status: 'active',
    signedOn: addDays(localDate(), -800),
    expiresOn: addDays(localDate(), -5),
  });
});

describe('partnerships, organiser', () => {
  it('creates a partnership, moves it along its lifecycle and records a visit', async () => {
    const page = await signedInPage(organiserEmail);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '校地合作' }).click();
    await page.getByRole('heading', { level: 1, name: '校地合作' }).waitFor();

    const title = `战略合作协议${unique()}`;
    await page.getByRole('link', { name: '新建合作' }).click();
    await page.getByLabel('合作院校').selectOption({ label: own.name });
    await page.getByLabel('合作名称').fill(title);
    await page.getByLabel('合作类型').selectOption({ label: '战略合作' });
    await page.getByLabel('牵头部门').fill('地委组织部人才科');
    await page.getByRole('button', { name: '创建合作', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('合作已创建。').waitFor();
    expect(await page.locator('.stepper [aria-current="step"]').textContent()).toContain('意向');
    // Only the next step and termination are offered; skipping ahead to 已签约 is not.
    expect(await transitionButtons(page)).toEqual(['转为“洽谈中”', '转为“已终止”']);

    await move(page, '洽谈中', '三月赴太原开展合作会谈');
    expect(await transitionButtons(page)).toEqual(['转为“已签约”', '转为“已终止”']);
    await move(page, '已签约', '签署战略合作协议');
    expect(await transitionButtons(page)).toEqual(['转为“执行中”', '转为“已终止”']);
    expect(await page.getByRole('button', { name: '转为“洽谈中”' }).count()).toBe(0);
    await page.locator('.activity').filter({ hasText: '状态：洽谈中 → 已签约' }).waitFor();

    await page.getByRole('button', { name: '添加往来记录' }).click();
    await page.getByLabel('类型').selectOption({ label: '来阿考察' });
    await page.getByLabel('事项').fill('校领导一行来阿考察');
    await page.getByLabel('参加人员').fill('王副校长、李处长');
    await page.getByLabel('成果').fill('确定共建实践基地');
    await page.getByRole('button', { name: '保存记录' }).click();
    const newest = page.locator('.activity').first();
    await newest.filter({ hasText: '校领导一行来阿考察' }).waitFor();
    expect(await newest.textContent()).toContain('来阿考察');
    expect(await newest.textContent()).toContain('王副校长、李处长');

    // The university's page shows the same partnership and timeline under 合作与往来.
    await page.goto(`${session.url}/universities/${own.universityId}`);
    const relations = page.getByRole('region', { name: '合作与往来' });
    await relations.locator('.partnership-card').getByRole('link', { name: title }).waitFor();
    await relations.locator('.activity').filter({ hasText: '校领导一行来阿考察' }).waitFor();
  });

  it('lists an agreement expiring in 10 days among the reminders', async () => {
    const page = await signedInPage(organiserEmail);
    await page.goto(`${session.url}/partnerships`);
    const reminders = page.getByRole('region', { name: '提醒' });
    expect(await reminders.getByRole('tab', { selected: true }).textContent()).toContain('即将到期');
    await reminders.getByRole('tabpanel').getByRole('link', { name: expiring.title }).waitFor();
    await reminders.getByText(`${expiring.expiresOn} 到期`).waitFor();
    // The daily job has not run in this test table, which is a normal state, not an error.
    await reminders.getByText('今日的定时提醒尚未生成').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    await reminders.getByRole('tab', { name: '已过期未处理' }).click();
    await reminders.getByRole('tabpanel').getByRole('link', { name: overdue.title }).waitFor();
    await reminders.getByText(`已于 ${overdue.expiresOn} 到期`).waitFor();
    expect(await reminders.getByRole('tabpanel').getByRole('link', { name: expiring.title }).count()).toBe(0);

    // Signed 355 days ago and nothing recorded since: quiet, although the record itself is new.
    await reminders.getByRole('tab', { name: /长期未联系/ }).click();
    await reminders.getByRole('tabpanel').getByRole('link', { name: expiring.title }).waitFor();
  });

  it('filters the list to agreements past their end date and marks them', async () => {
    const page = await signedInPage(organiserEmail);
    await page.goto(`${session.url}/partnerships`);
    await page.getByLabel('到期情况').selectOption({ label: '已过到期日仍未处理' });
    const card = page.locator('.partnership-card').filter({ hasText: overdue.title });
    await card.getByTestId('overdue-badge').waitFor();
    expect(await card.getByTestId('overdue-badge').textContent()).toBe('已过期未处理');
    await page.locator('.result-count').filter({ hasText: '共 1 项合作' }).waitFor();
    expect(await page.locator('.partnership-card').count()).toBe(1);
    expect(page.url()).toContain('overdue=true');
  });
});

describe('partnerships, coordinator', () => {
  it("sees their university's partnership read-only and not another's", async () => {
    const page = await signedInPage(coordinatorEmail);
    await page.goto(`${session.url}/my-university`);
    const relations = page.getByRole('region', { name: '合作与往来' });
    await relations.getByRole('link', { name: ownPartnership.title }).waitFor();
    expect(await relations.getByRole('button', { name: '添加往来记录' }).count()).toBe(0);
    expect(await relations.getByRole('link', { name: '新建合作' }).count()).toBe(0);
    expect(await page.getByText(expiring.title).count()).toBe(0);

    await relations.getByRole('link', { name: ownPartnership.title }).click();
    await page.getByRole('heading', { level: 1, name: ownPartnership.title }).waitFor();
    await page.getByText('每年选派硕博研究生参加社会实践').waitFor();
    await page.getByRole('heading', { name: '往来记录' }).waitFor();
    expect(await page.getByRole('button', { name: '编辑合作信息' }).count()).toBe(0);
    expect(await page.getByRole('group', { name: '变更状态' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '添加往来记录' }).count()).toBe(0);

    await page.goto(`${session.url}/partnerships/${expiring.partnershipId}`);
    await page.getByRole('heading', { level: 1, name: '未找到该合作' }).waitFor();
    expect(await page.getByText(expiring.title).count()).toBe(0);

    await page.goto(`${session.url}/partnerships`);
    await page.getByRole('heading', { level: 1, name: '无权访问' }).waitFor();
  });
});
