/** Partnership screens in the tests: signing in, the 合作成效 counters, the transition buttons, a status change. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { Partnerships, Universities, type PartnershipView, type UniversityView } from '@aksu/core';
import { type BrowserSession, createAccount, signIn, SYSTEM, unique } from './harness.ts';

export async function signedInPage(session: BrowserSession, email: string): Promise<Page> {
  const page = await session.newPage();
  await signIn(page, session.url, email);
  return page;
}

/** The counters in a page's 合作成效 panel, by field. */
export async function outcomes(page: Page): Promise<Record<string, string>> {
  const panel = page.getByRole('region', { name: '合作成效' });
  await panel.locator('.outcome-counts').waitFor();
  const fields = await panel
    .locator('.outcome-counts > div')
    .evaluateAll((cells) => cells.map((c) => [c.getAttribute('data-field'), c.querySelector('dd')?.textContent]));
  return Object.fromEntries(fields);
}

/** The labels of the transition buttons, which the page draws from the partnership's allowedTransitions. */
export function transitionButtons(page: Page): Promise<string[]> {
  return page.getByRole('group', { name: '变更状态' }).getByRole('button').allTextContents();
}

export async function move(page: Page, to: string, note: string): Promise<void> {
  await page.getByRole('button', { name: `转为“${to}”` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('说明').fill(note);
  await dialog.getByRole('button', { name: `确认转为“${to}”` }).click();
  await page.getByText(`状态已变更为“${to}”。`).waitFor();
  expect(await page.locator('.stepper [aria-current="step"]').textContent()).toContain(to);
}

export interface PartnershipWorld {
  id: string;
  own: UniversityView;
  other: UniversityView;
  ownPartnership: PartnershipView;
  organiserEmail: string;
  coordinatorEmail: string;
}

/** Two universities, a practice base with the first, an organiser, and the first university's coordinator. */
export async function partnershipWorld(): Promise<PartnershipWorld> {
  const id = unique();
  const own = await Universities.create(SYSTEM, { name: `合作测试大学${id}`, city: '太原', province: '山西' });
  const other = await Universities.create(SYSTEM, { name: `他校合作测试大学${id}`, city: '杭州', province: '浙江' });
  const ownPartnership = await Partnerships.create(SYSTEM, {
    universityId: own.universityId,
    title: `本校实践基地${id}`,
    type: 'practice_base',
    commitments: [{ description: '每年选派硕博研究生参加社会实践', studentsPerYear: 20 }],
  });
  const organiserEmail = `organiser.${id}@example.org`;
  const coordinatorEmail = `coordinator.${id}@example.org`;
  await createAccount({ email: organiserEmail, name: '合作专员', role: 'organiser', isAdmin: false });
  await createAccount({
    email: coordinatorEmail,
    name: '本校联络员',
    role: 'coordinator',
    universityId: own.universityId,
  });
  return { id, own, other, ownPartnership, organiserEmail, coordinatorEmail };
}
