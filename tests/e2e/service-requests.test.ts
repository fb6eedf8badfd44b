import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newAccount, newUniversity, PASSWORD } from '../support/accounts.ts';
import { startBackbone, type Backbone } from '../support/backbone.ts';
import { mailbox } from '../support/people-mail.ts';
import { acceptedIntern, newCohort } from '../support/programme.ts';
import { lookedAfter, type LookedAfter } from '../support/talent-service.ts';
import { accessibilityViolations, browserSession, horizontalOverflow, PHONE, signIn } from './harness.ts';
import { useStorageFor, watchViolations } from './positions-apply-steps.ts';

/**
 * A request (诉求) from end to end, in Chinese and English: on a phone (375 px) a retained person
 * files a school transfer with a PDF; on a laptop (1366 px) their commissioner opens it and its file,
 * moves it to in progress and then resolved with a note; the person is told in the notification
 * centre and by mail, reads the note and rates it 5; the rating shows on the commissioner's side.
 */
const session = browserSession();
useStorageFor(session);
const DESK = { width: 1366, height: 768 };
type Lang = 'zh' | 'en';
let backbone: Backbone;
const people = {} as Record<Lang, LookedAfter>;

beforeAll(async () => {
  backbone = await startBackbone();
  for (const lang of ['zh', 'en'] as const) people[lang] = await lookedAfter({ tier: 'backbone', name: `诉求${lang}` });
});
afterAll(() => backbone?.stop());
const { waitMail } = mailbox(() => backbone);

const TEXT = {
  zh: {
    nav: '我的诉求',
    mainNav: '主导航',
    care: '人才服务',
    requests: '人才诉求',
    new: '提出诉求',
    kind: '诉求类别',
    description: '具体情况',
    files: '附件（可选）',
    submit: '提交诉求',
    filed: '诉求已提交',
    received: '已受理',
    schoolTransfer: '子女转学',
    step: '办理状态',
    note: '给人才的留言',
    save: '保存',
    saved: '已保存，已通知人才。',
    resolved: '已解决',
    // The centre keeps each notice in the language the person reads their mail in, Chinese by default.
    told: /诉求有新进展/,
    star5: '5 星',
    rate: '提交评价',
    rated: '您的评价',
    closedTab: '已办结',
  },
  en: {
    nav: 'My requests',
    mainNav: 'Main navigation',
    care: 'Talent service',
    requests: 'Talent requests',
    new: 'New request',
    kind: 'Kind of request',
    description: 'What you need',
    files: 'Attachments (optional)',
    submit: 'File the request',
    filed: 'Your request is filed',
    received: 'Received',
    schoolTransfer: "Child's school transfer",
    step: 'Status',
    note: 'Note to the person',
    save: 'Save',
    saved: 'Saved; the person has been told.',
    resolved: 'Resolved',
    told: /诉求有新进展|News on your request/,
    star5: '5 stars',
    rate: 'Send rating',
    rated: 'Your rating',
    closedTab: 'Closed',
  },
};

async function signedIn(email: string, lang: Lang, viewport: { width: number; height: number }): Promise<Page> {
  const page = await session.newPage(viewport);
  await signIn(page, session.url, email, PASSWORD);
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  return page;
}

/** An item of the main navigation; on a phone the menu button opens it first. */
async function openNav(page: Page, name: string) {
  const nav = page.locator('.main-nav');
  const toggle = nav.locator('.nav-toggle');
  const link = nav.getByRole('link', { name });
  await link.or(toggle).first().waitFor();
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await link.click();
}

async function expectClean(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBe(0);
}

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x20)]);

describe('诉求: filed on a phone, handled on a laptop, rated on the phone', { timeout: 240_000 }, () => {
  it.each(['zh', 'en'] as const)('a school transfer with a PDF, resolved and rated 5 (%s)', async (lang) => {
    const p = people[lang];
    const text = TEXT[lang];
    const description =
      lang === 'zh' ? '孩子九月转入阿克苏市第一小学' : 'My son moves to Aksu No. 1 Primary in September';
    const note = lang === 'zh' ? '已办妥入学手续' : 'Enrolment is done';

    // The phone: file it with a PDF.
    const phone = await signedIn(p.person.email, lang, PHONE);
    const problems = await watchViolations(phone);
    await openNav(phone, text.nav);
    await phone.getByRole('button', { name: text.new }).click();
    await phone.getByLabel(text.kind).selectOption('school_transfer');
    await phone.getByLabel(text.description).fill(description);
    await phone.getByLabel(text.files).setInputFiles({ name: '户口本.pdf', mimeType: 'application/pdf', buffer: PDF });
    await phone.getByText('户口本.pdf').waitFor();
    await expectClean(phone);
    await phone.getByRole('button', { name: text.submit }).click();
    await phone.getByText(text.filed).waitFor();
    const item = phone.locator('.request-item', { hasText: description });
    await item.locator('[data-field="status"]', { hasText: text.received }).waitFor();
    await item.getByRole('button', { name: /户口本\.pdf/ }).waitFor();
    await expectClean(phone);

    // The laptop: the commissioner sees it, opens its file, moves it on.
    const desk = await signedIn(p.commissioner.email, lang, DESK);
    await desk.getByRole('navigation', { name: text.mainNav }).getByRole('link', { name: text.care }).click();
    await desk.getByRole('link', { name: text.requests }).click();
    const row = desk.locator('[data-table="requests"] tr', { hasText: p.name });
    await row.getByText(text.schoolTransfer).waitFor();
    await expectClean(desk);
    await row.getByRole('link', { name: p.name }).click();
    await desk.getByText(description).waitFor();
    const [download] = await Promise.all([
      desk.waitForEvent('download'),
      desk.getByRole('button', { name: /户口本\.pdf/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('户口本.pdf');
    await expectClean(desk);
    await desk.getByLabel(text.step).selectOption('in_progress');
    await desk.getByLabel(text.note).fill(lang === 'zh' ? '已联系市教育局' : 'The education bureau is on it');
    await desk.getByRole('button', { name: text.save }).click();
    await desk.getByText(text.saved).waitFor();
    await desk.getByLabel(text.step).selectOption('resolved');
    await desk.getByLabel(text.note).fill(note);
    await desk.getByRole('button', { name: text.save }).click();
    await desk.locator('.request-head [data-field="status"]', { hasText: text.resolved }).waitFor();
    await desk.locator('.request-history li[data-action="resolved"]').waitFor();
    await expectClean(desk);

    // The person is told: in the notification centre and by mail.
    await phone.goto(`${session.url}/notifications`);
    await phone.getByText(text.told).first().waitFor({ timeout: 30_000 });
    await expectClean(phone);
    const mails = await waitMail(p.person.email, /诉求|request/, 3);
    expect(mails.map((m) => m.text).join('\n')).toContain(note);

    // They read the note and rate it 5, once.
    await openNav(phone, text.nav);
    const done = phone.locator('.request-item', { hasText: description });
    await done.getByText(note).waitFor();
    await done.locator('[data-field="status"]', { hasText: text.resolved }).waitFor();
    await expectClean(phone);
    await done.getByRole('radio', { name: text.star5 }).check();
    await done.getByRole('button', { name: text.rate }).click();
    await done.locator('[data-field="rating"]', { hasText: text.rated }).waitFor();
    expect(await done.getByRole('button', { name: text.rate }).count()).toBe(0);
    await expectClean(phone);
    expect(problems).toEqual([]);

    // The rating shows on the commissioner's side.
    await desk.goto(`${session.url}/talent-service/requests`);
    await desk.getByRole('button', { name: text.closedTab }).click();
    await desk
      .locator('[data-table="requests"] tr', { hasText: p.name })
      .locator('[data-field="rating"]', { hasText: text.star5 })
      .waitFor();
    await expectClean(desk);
  });
});

const REFUSALS = {
  zh: {
    nobody: '暂时还不能提出诉求',
    wrongType: '“合同.zip”不是 PDF、JPG 或 PNG 文件',
    disguised: '有附件不是它声称的文件类型',
  },
  en: {
    nobody: 'You cannot file a request yet',
    wrongType: '"合同.zip" is not a PDF, JPG or PNG file',
    disguised: 'An attachment is not the kind of file it claims to be',
  },
};

describe('诉求: refusals said plainly on the phone', { timeout: 180_000 }, () => {
  it.each(['zh', 'en'] as const)('nobody looks after them yet; a file of the wrong kind (%s)', async (lang) => {
    const text = { ...TEXT[lang], ...REFUSALS[lang] };
    // An intern with an account whose outcome nobody looks after yet.
    const university = await newUniversity();
    const intern = await acceptedIntern((await newCohort()).cohortId, university.universityId);
    const newcomer = await newAccount('intern', {
      universityId: university.universityId,
      internId: intern.registrationId,
      email: intern.email,
    });
    const early = await signedIn(newcomer.email, lang, PHONE);
    await openNav(early, text.nav);
    await early.getByRole('button', { name: text.new }).click();
    await early.getByText(text.nobody).waitFor();
    expect(await early.getByRole('button', { name: text.submit }).count()).toBe(0);
    await expectClean(early);

    // A looked-after person picks an archive, then an archive named .png, which storage refuses by its bytes.
    const phone = await signedIn(people[lang].person.email, lang, PHONE);
    await openNav(phone, text.nav);
    await phone.getByRole('button', { name: text.new }).click();
    await phone.getByLabel(text.kind).selectOption('housing');
    await phone.getByLabel(text.description).fill(lang === 'zh' ? '申请人才公寓' : 'A flat for talent');
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2048)]);
    await phone.getByLabel(text.files).setInputFiles({ name: '合同.zip', mimeType: 'application/zip', buffer: zip });
    await phone.getByText(text.wrongType).waitFor();
    await expectClean(phone);
    await phone.getByLabel(text.files).setInputFiles({ name: '合同.png', mimeType: 'image/png', buffer: zip });
    await phone.getByRole('button', { name: text.submit }).click();
    await phone.getByRole('alert').getByText(text.disguised).waitFor();
    await expectClean(phone);
  });
});
