import { beforeAll, describe, expect, it } from 'vitest';
import { browserSession, createAccount, PASSWORD, signIn, unique } from './harness.ts';

/** A person's own password and sessions, and an admin's reset code and unlock, in the browser. */
const session = browserSession();
let adminEmail: string;
let personEmail: string;

beforeAll(async () => {
  adminEmail = `admin.${unique()}@example.org`;
  personEmail = `person.${unique()}@example.org`;
  await createAccount({ email: adminEmail, name: '账号管理员', role: 'organiser', isAdmin: true });
  await createAccount({ email: personEmail, name: '改密码的人', role: 'organiser' });
});

describe('my account', () => {
  it('changes the password, saying in Chinese and English why a weak one is refused', async () => {
    const page = await session.newPage();
    await signIn(page, session.url, personEmail);
    await page
      .getByRole('banner')
      .getByRole('link', { name: /改密码的人/ })
      .click();
    await page.getByRole('heading', { level: 1, name: '我的账号' }).waitFor();
    await page.getByLabel('当前密码').fill(PASSWORD);
    await page.getByLabel(/^新密码/).fill('qwerty123456');
    await page.getByLabel('确认新密码').fill('qwerty123456');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('这个密码太常见，容易被猜到，请换一个。').waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('This password is too common and easy to guess; choose another.').waitFor();
    // The list of messages is part of the screen: in its language, whatever language the messages go in.
    const prefs = page.getByRole('form', { name: 'Notifications' });
    await prefs.getByLabel('Leave decisions').waitFor();
    await expect(prefs.getByLabel('Language of messages').inputValue()).resolves.toBe('zh-CN');
    await expect(prefs.innerText()).resolves.not.toContain('请假审批结果');
    await page.getByRole('button', { name: '中文' }).click();

    await page.getByLabel(/^新密码/).fill('tianshan-snow-2026');
    await page.getByLabel('确认新密码').fill('tianshan-snow-2026');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码已修改。').waitFor();
    // This device stays signed in with the fresh token.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '我的账号' }).waitFor();

    await page.getByRole('button', { name: '退出所有设备' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await signIn(page, session.url, personEmail, 'tianshan-snow-2026');
    expect(new URL(page.url()).pathname).not.toBe('/login');
  });
});

describe('accounts page (admin)', () => {
  it('issues a reset code shown once, with which the person sets a new password', async () => {
    const email = `forgot.${unique()}@example.org`;
    await createAccount({ email, name: '忘记密码的人', role: 'organiser' });
    const admin = await session.newPage();
    await signIn(admin, session.url, adminEmail);
    await admin.goto(`${session.url}/admin/users`);
    const row = admin.locator('li').filter({ hasText: email });
    await row.getByRole('button', { name: /生成重置码/ }).click();
    const code = (await admin.getByTestId('reset-code').textContent())!.trim();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    await row.getByRole('button', { name: /解除登录锁定/ }).click();
    await admin.getByText('已解除 忘记密码的人 的登录锁定。').waitFor();

    const person = await session.newPage();
    await person.goto(`${session.url}/login`);
    await person.getByRole('link', { name: '设置新密码' }).click();
    await person.getByRole('heading', { level: 1, name: '设置新密码' }).waitFor();
    await person.getByLabel('重置码').fill(code.toLowerCase());
    await person.getByLabel('设置密码').fill(email);
    await person.getByLabel('确认密码').fill(email);
    await person.getByRole('button', { name: '设置新密码并登录' }).click();
    await person.getByText('不能用邮箱地址作为密码。').waitFor();
    await person.getByLabel('设置密码').fill('hotan-jade-river-9');
    await person.getByLabel('确认密码').fill('hotan-jade-river-9');
    await person.getByRole('button', { name: '设置新密码并登录' }).click();
    await person.waitForURL((url) => url.pathname !== '/reset');
    await person.getByRole('banner').getByText('忘记密码的人').waitFor();
  });
});
