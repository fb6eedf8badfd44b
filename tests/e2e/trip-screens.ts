import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { UniversityView } from '@aksu/core';

/** The trip screens as the organiser's journey test drives them. */

// jsqr is the web app's own camera decoder; reading the drawn QR with it proves the code carries the token.
const jsQR = createRequire(new URL('../../packages/web/package.json', import.meta.url))('jsqr') as (
  data: Uint8ClampedArray,
  width: number,
  height: number,
) => { data: string } | null;

/** An amount as every screen shows money: yuan with two decimals and 元. */
export const yuan = (amount: number) =>
  `${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;

/** Adds an event to a stop of the open trip page through its inline form. */
export async function addEvent(page: Page, stop: number, kind: string, title: string, startsAt: string): Promise<void> {
  const section = page.locator('section.stop').nth(stop);
  await section.getByRole('button', { name: '添加活动' }).click();
  await section.getByLabel('活动类型').selectOption({ label: kind });
  await section.getByLabel('活动名称').fill(title);
  await section.getByLabel('地点').fill('图书馆报告厅');
  await section.getByLabel('开始时间').fill(startsAt);
  await section.getByLabel('名额').fill('60');
  await section.getByRole('button', { name: '创建活动' }).click();
  await page.getByText(`活动“${title}”已创建。`).waitFor();
}

/** A stop as the new-trip form takes it: city, the university visited, first and last day. */
export type NewStop = [city: string, university: UniversityView, from: string, to: string];

/**
 * Opens the new-trip form from the navigation and fills it: title, dates (the last stop's last day
 * as the return), a budget in yuan with fen, one delegate, and the stops. Leaves submitting to the
 * test, which checks what the page says.
 */
export async function fillNewTrip(page: Page, title: string, start: string, stops: NewStop[]): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '招才引智' }).click();
  await page.getByRole('link', { name: '新建行程' }).click();
  await page.getByLabel('行程名称').fill(title);
  await page.getByLabel('出发日期').fill(start);
  await page.getByLabel('返回日期').fill(stops.at(-1)![3]);
  await page.getByLabel('预算（元）').fill('30000.50');
  await page.getByRole('button', { name: '添加出访人员' }).click();
  await page.locator('#delegation-0-name').fill('王主任');
  await page.locator('#delegation-0-department').fill('地委组织部');
  await page.locator('#delegation-0-role').fill('带队');
  for (const [i, [city, university, from, to]] of stops.entries()) {
    await page.getByRole('button', { name: '添加站点' }).click();
    await page.locator(`#stops-${i}-city`).fill(city);
    await page.locator(`#stops-${i}-from`).fill(from);
    await page.locator(`#stops-${i}-to`).fill(to);
    await page
      .getByRole('group', { name: `第 ${i + 1} 站` })
      .getByLabel(university.name)
      .check();
  }
}

/** What the page's drawn QR code says, read back with the web app's own camera decoder. */
export async function readDrawnQr(page: Page): Promise<string | undefined> {
  const pixels = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.qr-code')!;
    const image = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    return { data: Array.from(image.data), width: image.width, height: image.height };
  });
  return jsQR(new Uint8ClampedArray(pixels.data), pixels.width, pixels.height)?.data;
}

/** Fills the public sign-up form of an event as a master's student from Aksu would, consent left unticked. */
export async function fillPublicRegistration(page: Page, name: string, email: string): Promise<void> {
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('学历层次').selectOption({ label: '硕士' });
  await page.getByLabel('毕业年份').fill(String(new Date().getFullYear() + 1));
  await page.getByLabel('专业').fill('电气工程');
  await page.getByLabel('手机号').fill('13912345678');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('籍贯').fill('新疆阿克苏');
  await page.getByLabel('我是阿克苏地区生源').check();
  await page.getByLabel('有意参加暑期社会实践').check();
}
