import { beforeAll, describe, expect, it } from 'vitest';
import { Universities, Users } from '@aksu/core';
import { browserSession, createAccount, PASSWORD, signIn, SYSTEM, unique } from './harness.ts';

const session = browserSession();
let organiserEmail: string;

beforeAll(async () => {
  organiserEmail = `organiser.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '测试专员', role: 'organiser', isAdmin: true });
});

describe('organiser', () => {
  it('is told in Chinese when the password is wrong', async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/login`);
    await page.getByLabel('邮箱').fill(organiserEmail);
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: '邮箱或密码不正确' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('signs in, creates a university and finds it in the list', async () => {
    const page = await session.newPage();
    await signIn(page, session.url, organiserEmail);
    expect(new URL(page.url()).pathname).toBe('/home');
    await page.getByRole('banner').getByText('测试专员').waitFor();
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await page.goto(`${session.url}/universities`);

    const name = `阿克苏测试大学${unique()}`;
    await page.getByRole('link', { name: '新增院校' }).click();
    await page.getByLabel('院校名称（中文）').fill(name);
    await page.getByLabel('英文名称').fill('Aksu Test University');
    await page.getByLabel('所在城市').fill('阿克苏');
    await page.getByLabel('所在省份').fill('新疆');
    await page.getByRole('checkbox', { name: '本地' }).check();
    await page.getByRole('button', { name: '添加联系人' }).click();
    await page.getByLabel('姓名').fill('王老师');
    await page.getByLabel('电话').fill('13912345678');
    await page.getByRole('button', { name: '创建院校' }).click();

    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('院校已创建。').waitFor();
    await page.getByText('王老师').waitFor();

    await page.getByRole('link', { name: '← 返回院校列表' }).click();
    await page.getByLabel('搜索院校').fill(name);
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    const card = page.locator('.university-card');
    await card.getByRole('link', { name }).waitFor();
    // The search re-renders the list once its answer arrives; poll until it has settled.
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
    await card.getByText('本地').waitFor();

    await page.getByLabel('省份').selectOption('新疆');
    await card.getByRole('link', { name }).waitFor();
    expect(new URL(page.url()).searchParams.get('province')).toBe('新疆');
  });

  it("pages through a long search result with 'load more'", async () => {
    const prefix = `分页测试${unique()}`;
    for (let i = 0; i < 23; i++) {
      await Universities.create(SYSTEM, {
        name: `${prefix}大学${String(i).padStart(2, '0')}`,
        city: '喀什',
        province: '新疆',
      });
    }
    const page = await session.newPage();
    await signIn(page, session.url, organiserEmail);
    await page.goto(`${session.url}/universities`);
    await page.getByLabel('搜索院校').fill(prefix);
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    // The unfiltered first page says the same "20 and more" while the search is still on its way,
    // so wait for the searched cards themselves.
    const cards = page.locator('.university-card').filter({ hasText: prefix });
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(20);
    await page.getByText('已显示 20 所院校，还有更多').waitFor();
    await page.getByRole('button', { name: '加载更多院校' }).click();
    await page.getByText('共 23 所院校').waitFor();
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(23);
    expect(await page.getByRole('button', { name: '加载更多院校' }).count()).toBe(0);
  });

  it('explains in Chinese that a stale edit was not saved, and shows the newer version', async () => {
    const university = await Universities.create(SYSTEM, {
      name: `冲突测试大学${unique()}`,
      city: '北京',
      province: '北京',
    });
    const page = await session.newPage();
    await signIn(page, session.url, organiserEmail);
    await page.goto(`${session.url}/universities/${university.universityId}`);
    await page.getByRole('button', { name: '编辑院校信息' }).click();
    await page.getByLabel('所在城市').fill('上海');

    // Someone else saves first, so the version the form holds is now stale.
    await Universities.update(SYSTEM, university.universityId, { version: university.version, city: '天津' });
    await page.getByRole('button', { name: '保存', exact: true }).click();

    await page.getByRole('alert').filter({ hasText: '保存失败：该院校信息已被他人修改' }).waitFor();
    await page.getByText('为避免覆盖他人的修改，您的更改没有保存。').waitFor();
    expect(await page.getByLabel('所在城市').inputValue()).toBe('天津');

    await page.getByLabel('所在城市').fill('上海');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存。').waitFor();
    const stored = await Universities.get(SYSTEM, university.universityId);
    expect(stored.city).toBe('上海');
    expect(stored.version).toBe(university.version + 2);
  });

  it('invites a coordinator whose one-time code activates their account', async () => {
    const university = await Universities.create(SYSTEM, {
      name: `邀请测试大学${unique()}`,
      city: '太原',
      province: '山西',
    });
    const page = await session.newPage();
    await signIn(page, session.url, organiserEmail);
    await page.goto(`${session.url}/universities/${university.universityId}`);
    const email = `coordinator.${unique()}@example.org`;
    await page.getByLabel('联络员姓名').fill('李联络');
    await page.getByLabel('联络员邮箱').fill(email);
    await page.getByRole('button', { name: '发送邀请' }).click();
    const code = (await page.getByTestId('invitation-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await page.locator('.people').getByText(email).waitFor();
    await page.locator('.people').getByText('待激活').waitFor();

    const invitee = await session.newPage();
    await invitee.goto(`${session.url}/activate`);
    await invitee.getByLabel('邀请码').fill(code.toLowerCase());
    await invitee.getByLabel('设置密码').fill('coordinator-pass-1');
    await invitee.getByLabel('确认密码').fill('coordinator-pass-1');
    await invitee.getByRole('button', { name: '激活并登录' }).click();
    await invitee.waitForURL('**/home');
    await invitee.getByRole('heading', { level: 1, name: '待办事项' }).waitFor();
    await invitee.getByRole('link', { name: '查看本校信息' }).click();
    await invitee.getByRole('heading', { level: 1, name: university.name }).waitFor();
  });

  it('disables and re-enables an account from the account page', async () => {
    const id = unique();
    const name = `停用测试${id}`;
    const user = await createAccount({ email: `disable.${id}@example.org`, name, role: 'organiser' });
    const page = await session.newPage();
    await signIn(page, session.url, organiserEmail);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '账号管理' }).click();
    const row = page.locator('.accounts li').filter({ hasText: name });
    await row.getByRole('button', { name: /^停用/ }).click();
    await row.getByText('已停用').waitFor();
    expect((await Users.sessionState(user.userId)).active).toBe(false);
    await row.getByRole('button', { name: '启用' }).click();
    await row.getByText('已启用').waitFor();
    expect((await Users.sessionState(user.userId)).active).toBe(true);
  });

  it('switches the interface to English and keeps the choice', async () => {
    const page = await session.newPage();
    await signIn(page, session.url, organiserEmail);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.title()).toBe('Overview · Talent Aksu');

    await page.reload();
    await page.getByRole('link', { name: 'All cohorts' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  });

  it('sends a refused session back to sign-in with an explanation, then returns to the page', async () => {
    const page = await session.newPage();
    await signIn(page, session.url, organiserEmail);
    await page.evaluate(() => localStorage.setItem('aksu.token', 'not.a.token'));
    await page.goto(`${session.url}/admin/users`);
    await page.getByText('登录已过期，请重新登录。').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByLabel('邮箱').fill(organiserEmail);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '账号管理' }).waitFor();
  });

  it("offers a reload when a screen's code cannot be fetched", async () => {
    const page = await session.newPage();
    await signIn(page, session.url, organiserEmail);
    // As after a redeploy that removed the chunk an open tab still refers to.
    // The context's route also sees what the service worker fetches, which the page's own route does not.
    await page.context().route('**/assets/users-page-*.js', (route) => route.abort());
    await page.getByRole('link', { name: '账号管理' }).click();
    await page.getByRole('heading', { level: 1, name: '页面加载失败' }).waitFor();
    await page.getByRole('button', { name: '刷新页面' }).waitFor();
  });
});
