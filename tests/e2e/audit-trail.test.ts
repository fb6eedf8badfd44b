import { beforeAll, describe, expect, it } from 'vitest';
import { auditRecord, db, Universities, type UserView } from '@aksu/core';
import {
  accessibilityViolations,
  browserSession,
  createAccount,
  horizontalOverflow,
  signIn,
  unique,
} from './harness.ts';

/**
 * Admins read every change on one page, reached from the accounts page: by kind, actor and dates,
 * newest first, with "load more" past a page, and an empty result that says what to try next.
 */
const session = browserSession();
const DESK = { width: 1366, height: 768 };
let adminEmail: string;
let admin: UserView;
let universityId: string;

beforeAll(async () => {
  adminEmail = `admin.audit.${unique()}@example.org`;
  admin = await createAccount({ email: adminEmail, name: '审计管理员', role: 'organiser', isAdmin: true });
  const actor = { userId: admin.userId, role: 'organiser' as const, isAdmin: true };
  universityId = (await Universities.create(actor, { name: `审计大学${unique()}`, city: '北京', province: '北京' }))
    .universityId;
  // More host-unit entries than one page holds, all by this admin, a second apart in the last hour.
  for (let i = 0; i < 53; i++) {
    const at = new Date(Date.now() - 3_600_000 + i * 1000).toISOString();
    const record = auditRecord(
      actor,
      'hostUnit',
      `hun_${unique().toUpperCase()}0000000000000000AB`,
      'update',
      {
        name: { before: 'A', after: 'B' },
      },
      at,
    );
    await db().service.entities.audit.create(record).go();
  }
});

const TEXT = {
  zh: {
    link: '查看全部操作记录（审计）',
    title: '操作记录',
    kind: '记录类型',
    actor: '操作人账号 ID',
    university: '高校',
    hostUnit: '实践单位',
    trip: '宣讲行程',
    apply: '查看',
    loadMore: '加载更多',
    filtered: /已按类型“高校”、操作人 审计管理员筛选/,
    empty: '这段时间没有符合条件的操作记录。可以把开始日期提前、选择“全部类型”，或清除操作人后再查看。',
    shown: /已显示 53 条/,
  },
  en: {
    link: 'See every change (audit trail)',
    title: 'Audit trail',
    kind: 'Record kind',
    actor: 'Actor account ID',
    university: 'University',
    hostUnit: 'Host unit',
    trip: 'Trip',
    apply: 'Show',
    loadMore: 'Load more',
    filtered: /Filtered by kind “University”, actor 审计管理员/,
    empty: 'No entry matches in this period. Try an earlier start date, “All kinds”, or clear the actor.',
    shown: /53 shown/,
  },
};

describe.each([
  ['zh', false],
  ['en', true],
] as const)('the audit trail (%s, 1366 px)', (lang, english) => {
  const text = TEXT[lang];

  it('filters by kind and actor from the accounts page, loads more, and says what to try when empty', async () => {
    const page = await session.newPage(DESK);
    await signIn(page, session.url, adminEmail);
    if (english) await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${session.url}/admin/users`);
    await page.getByRole('link', { name: text.link }).click();
    await page.getByRole('heading', { level: 1, name: text.title }).waitFor();

    await page.getByLabel(text.actor).fill(admin.userId);
    await page.getByRole('button', { name: text.apply, exact: true }).click();
    await page.getByLabel(text.kind).selectOption({ label: text.university });
    const status = page.getByRole('status').filter({ hasText: text.filtered });
    await status.waitFor();
    const rows = page.locator('.audit-table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().getByRole('link', { name: universityId }).count()).toBe(1);
    expect(await rows.first().textContent()).toContain('create');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    await page.getByLabel(text.kind).selectOption({ label: text.hostUnit });
    await expect.poll(() => rows.count()).toBe(50);
    await page.getByRole('button', { name: text.loadMore }).click();
    await expect.poll(() => rows.count()).toBe(53);
    await page.getByRole('status').filter({ hasText: text.shown }).waitFor();
    const times = await rows.locator('td:first-child').allTextContents();
    expect(times.length).toBe(53);

    await page.getByLabel(text.kind).selectOption({ label: text.trip });
    await page.getByText(text.empty).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
