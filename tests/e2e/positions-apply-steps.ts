import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { configureStorage } from '@aksu/core';
import { startLocalS3, type LocalS3 } from '../../scripts/lib/local-s3.ts';
import { accessibilityViolations, type BrowserSession, horizontalOverflow } from './harness.ts';

/**
 * A local S3-compatible server for the browser session, whose pages may PUT to it: its CORS rule
 * names the session's origin, known only once the app has started (so register this after
 * browserSession()). The app reads S3_ENDPOINT per page for its Content-Security-Policy.
 */
export function useStorageFor(session: BrowserSession): () => LocalS3 {
  let s3: LocalS3 | undefined;
  beforeAll(async () => {
    s3 = await startLocalS3({ bucket: `e2e-files-${randomUUID().slice(0, 8)}`, corsOrigins: [session.url] });
    process.env.FILES_BUCKET = s3.bucket;
    process.env.S3_ENDPOINT = s3.endpoint;
    configureStorage({ bucket: s3.bucket, endpoint: s3.endpoint, region: 'local' });
  });
  afterAll(() => s3?.stop());
  return () => s3!;
}

/** Every Content-Security-Policy violation and page error, read at the end of the test. */
export async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  return violations;
}

export async function checked(page: Page, screen: string): Promise<string[]> {
  const problems: string[] = [];
  const overflow = await horizontalOverflow(page);
  if (overflow !== 0) problems.push(`${screen}: sideways scroll of ${overflow} px`);
  for (const violation of await accessibilityViolations(page)) problems.push(`${screen}: ${JSON.stringify(violation)}`);
  return problems;
}

/** A small file that is a PDF by its first bytes. */
export const pdf = (name: string, size = 4096) => {
  const buffer = Buffer.alloc(size, 0x20);
  buffer.write('%PDF-1.7\n');
  return { name, mimeType: 'application/pdf', buffer };
};

/** A Word file (a ZIP) renamed to .pdf by its sender. */
export const zipNamedPdf = (name: string) => {
  const buffer = Buffer.alloc(2048);
  buffer.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
  return { name, mimeType: 'application/pdf', buffer };
};

export const TEXT = {
  zh: {
    cluster: '产业集群',
    county: '所在县市',
    digital: '数字经济',
    kuqa: '库车市',
    search: '查找岗位',
    amount: '住房补贴 400,000.00 元',
    phd: '博士',
    name: '姓名',
    phone: '手机号码',
    email: '电子邮箱',
    degree: '最高学历',
    master: '硕士',
    university: '毕业院校',
    discipline: '学科专业',
    year: '毕业年份',
    cv: '简历（PDF，不超过 5 MB）',
    consent: '我同意',
    submit: '提交申请',
    mismatch: '这个文件的内容不是 PDF',
    tooBig: '超过 5 MB 的上限',
    fix: '请先修改下面标出的内容。',
    receipt: '申请已提交',
    already: '您已申请过这个岗位，不能重复申请。',
    myLink: '查看我的申请',
    submitted: '已提交，等待筛选',
    contact: '邮箱或手机号',
    send: '发送验证码',
    mailSubject: '查看岗位申请验证码',
    mailedCode: '6 位验证码',
    verify: '验证并查看',
    codeField: '申请查询码',
    open: '查看申请',
    withdraw: '撤回申请',
    withdrawYes: '确定撤回',
    withdrawn: '已撤回',
    closed: '这个岗位已截止或已停止招聘，不能再申请。',
  },
  en: {
    cluster: 'Industrial cluster',
    county: 'County',
    digital: 'Digital economy',
    kuqa: 'Kuqa',
    search: 'Find positions',
    amount: 'Housing subsidy 400,000.00 元',
    phd: 'PhD',
    name: 'Name',
    phone: 'Mobile number',
    email: 'Email',
    degree: 'Highest degree',
    master: "Master's",
    university: 'University',
    discipline: 'Discipline and major',
    year: 'Year of graduation',
    cv: 'CV (PDF, at most 5 MB)',
    consent: 'I agree',
    submit: 'Submit application',
    mismatch: 'This file is not really a PDF',
    tooBig: 'above the 5 MB limit',
    fix: 'Please correct the fields marked below first.',
    receipt: 'Application submitted',
    already: 'You have already applied for this position and cannot apply twice.',
    myLink: 'See my application',
    submitted: 'Submitted, waiting for screening',
    contact: 'Email or mobile number',
    send: 'Send a code',
    mailSubject: 'Your code to open your application',
    mailedCode: '6-digit code',
    verify: 'Verify and open',
    codeField: 'Application code',
    open: 'Open my application',
    withdraw: 'Withdraw application',
    withdrawYes: 'Yes, withdraw',
    withdrawn: 'Withdrawn',
    closed: 'This position has closed or stopped recruiting; it no longer takes applications.',
  },
} as const;

export type Words = (typeof TEXT)[keyof typeof TEXT];

/** The applicant's answers, typed into the form as on a phone. */
export async function fillForm(page: Page, text: Words, who: { name: string; phone: string; email: string }) {
  await page.getByLabel(text.name).fill(who.name);
  await page.getByLabel(text.phone).fill(who.phone);
  await page.getByLabel(text.email).fill(who.email);
  await page.getByLabel(text.degree).selectOption({ label: text.master });
  await page.getByLabel(text.university).fill('新疆大学');
  await page.getByLabel(text.discipline).fill('工学 · 软件工程');
  await page.getByLabel(text.year).fill('2026');
  await page.getByLabel(text.consent).check();
}
