import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Universities, type UniversityView } from '@aksu/core';
import { browserSession, createAccount, signIn, SYSTEM, unique } from './harness.ts';

const session = browserSession();
let own: UniversityView;
let other: UniversityView;
let coordinatorEmail: string;

async function signedInPage(): Promise<Page> {
  const page = await session.newPage();
  await signIn(page, session.url, coordinatorEmail);
  return page;
}

beforeAll(async () => {
  const id = unique();
  own = await Universities.create(SYSTEM, {
    name: `本校测试大学${id}`,
    city: '阿拉尔',
    province: '新疆',
    tags: ['本地'],
    contacts: [{ name: '赵老师', title: '就业指导中心主任', phone: '13800001111' }],
  });
  other = await Universities.create(SYSTEM, { name: `他校测试大学${id}`, city: '杭州', province: '浙江' });
  coordinatorEmail = `coordinator.${id}@example.org`;
  await createAccount({
    email: coordinatorEmail,
    name: '本校联络员',
    role: 'coordinator',
    universityId: own.universityId,
  });
});

describe('coordinator', () => {
  it('starts on their own university and sees no other', async () => {
    const page = await signedInPage();
    expect(new URL(page.url()).pathname).toBe('/home');
    await page.getByRole('heading', { level: 1, name: '待办事项' }).waitFor();
    await page.getByRole('link', { name: '查看本校信息' }).click();
    await page.getByRole('heading', { level: 1, name: own.name }).waitFor();
    expect(await page.title()).toBe(`${own.name} · 才聚阿克苏`);
    const nav = page.getByRole('navigation', { name: '主导航' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      '我的院校',
      '社会实践',
      '岗位安排',
      '考勤',
      '意向人才',
      '学生去向',
    ]);
    // Phones are shown in full only to organisers.
    await page.getByText('138****1111').waitFor();
    expect(await page.getByText('13800001111').count()).toBe(0);

    await page.goto(`${session.url}/universities`);
    const cards = page.locator('.university-card');
    await cards.first().waitFor();
    expect(await cards.allTextContents()).toHaveLength(1);
    await cards.getByRole('link', { name: own.name }).waitFor();
    expect(await page.getByText(other.name).count()).toBe(0);
  });

  it("gets 'not found' at another university's address", async () => {
    const page = await signedInPage();
    await page.goto(`${session.url}/universities/${other.universityId}`);
    await page.getByRole('heading', { level: 1, name: '未找到该院校' }).waitFor();
    expect(await page.title()).toBe('未找到该院校 · 才聚阿克苏');
    expect(await page.getByText(other.name).count()).toBe(0);
    expect(await page.getByText(other.city).count()).toBe(0);

    await page.goto(`${session.url}/universities/not-an-id`);
    await page.getByRole('heading', { level: 1, name: '未找到该院校' }).waitFor();
  });

  it('cannot open organiser screens', async () => {
    const page = await signedInPage();
    for (const path of ['/universities/new', '/admin/users']) {
      await page.goto(`${session.url}${path}`);
      await page.getByRole('heading', { level: 1, name: '无权访问' }).waitFor();
    }
  });

  it('edits the contacts, with field errors in Chinese', async () => {
    const page = await signedInPage();
    await page.goto(`${session.url}/my-university`);
    await page.getByRole('button', { name: '编辑联系人' }).click();
    await page.getByRole('button', { name: '添加联系人' }).click();
    const added = page.getByRole('group', { name: '联系人 2' });
    await added.getByLabel('姓名').fill('钱老师');
    await added.getByLabel('电话').fill('12345');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await added.getByText('请输入有效的手机号或座机号').waitFor();
    expect(await added.getByLabel('电话').getAttribute('aria-invalid')).toBe('true');

    await added.getByLabel('电话').fill('0997-1234567');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存。').waitFor();
    await page.getByText('钱老师').waitFor();
    const stored = await Universities.get(SYSTEM, own.universityId);
    expect(stored.contacts.map((c) => c.name)).toEqual(['赵老师', '钱老师']);
    // The masked number went back unchanged, so the one on file stays.
    expect(stored.contacts[0]?.phone).toBe('13800001111');
    // Only the contacts are editable here; the facts stay read-only.
    expect(await page.getByRole('button', { name: '编辑院校信息' }).count()).toBe(0);
  });
});
