import { beforeAll, describe, expect, it } from 'vitest';
import { Applications } from '@aksu/core';
import { newApplication } from '../support/applications.ts';
import { useLocalS3 } from '../support/local-s3.ts';
import { newAnnouncement, newPosition } from '../support/positions.ts';
import { newHostUnit } from '../support/programme.ts';
import {
  accessibilityViolations,
  browserSession,
  createAccount,
  horizontalOverflow,
  PHONE,
  signIn,
  SYSTEM,
  unique,
} from './harness.ts';

/**
 * The 留阿成效 dashboard's recruitment panel: a published position with three applications, two
 * shortlisted, one offered and accepted, read per cluster, per county and per position, in both
 * languages, on a laptop and on a phone; and the organisers' exports from a position and a notice.
 */
useLocalS3();
const session = browserSession();
const LAPTOP = { width: 1366, height: 768 };
let organiserEmail = '';
let positionId = '';
let announcementId = '';

async function step(applicationId: string, to: 'shortlisted' | 'offered' | 'accepted') {
  const current = await Applications.get(SYSTEM, applicationId);
  await Applications.transition(SYSTEM, applicationId, { to, version: current.version });
}

beforeAll(async () => {
  organiserEmail = `organiser.recruitment.${unique()}@example.org`;
  await createAccount({ email: organiserEmail, name: '引才专员', role: 'organiser', isAdmin: false });
  const hostUnitId = (await newHostUnit({ name: `阿克苏石化${unique()}` })).hostUnitId;
  const position = await newPosition(hostUnitId, {
    title: '化工工艺工程师',
    headcount: 2,
    cluster: 'petrochemical',
    county: 'shaya',
    postKind: 'state_enterprise',
  });
  positionId = position.positionId;
  announcementId = (await newAnnouncement([positionId])).announcementId;
  const [first, second] = [await newApplication(positionId), await newApplication(positionId)];
  await newApplication(positionId);
  await step(first!.applicationId, 'shortlisted');
  await step(second!.applicationId, 'shortlisted');
  await step(first!.applicationId, 'offered');
  await step(first!.applicationId, 'accepted');
});

const TEXT = {
  zh: { title: '引才岗位招聘成效', by: '按', county: '县市', shaya: '沙雅县', petro: '石油天然气化工', days: /^0 天$/ },
  en: {
    title: 'Recruitment for positions',
    by: 'Break down by',
    county: 'County',
    shaya: 'Shaya',
    petro: 'Oil, gas and chemicals',
    days: /^0 days$/,
  },
};

/** The counts of one table row, by field. */
async function countsOf(row: import('playwright-core').Locator) {
  const fields = ['positions', 'headcount', 'applications', 'shortlisted', 'offers', 'acceptances', 'filledShare'];
  return Object.fromEntries(
    await Promise.all(fields.map(async (f) => [f, (await row.locator(`[data-field="${f}"]`).textContent())?.trim()])),
  );
}
const EXPECTED = {
  positions: '1',
  headcount: '2',
  applications: '3',
  shortlisted: '2',
  offers: '1',
  acceptances: '1',
  filledShare: '50%',
};

describe.each([
  ['zh', LAPTOP],
  ['en', LAPTOP],
  ['zh', PHONE],
] as const)('留阿成效看板: recruitment (%s, %o)', (lang, viewport) => {
  const text = TEXT[lang];
  it('shows positions, headcount, applications, shortlisted, offers, acceptances, time to offer and the share filled', async () => {
    const page = await session.newPage(viewport);
    await signIn(page, session.url, organiserEmail);
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${session.url}/dashboard`);
    const panel = page.locator('[data-panel="recruitment"]');
    await panel.getByRole('heading', { name: text.title }).waitFor();

    const cluster = panel.locator('[data-table="recruitment-groups"] [data-group="petrochemical"]');
    await cluster.waitFor();
    expect(await cluster.locator('th').textContent()).toBe(text.petro);
    expect(await countsOf(cluster)).toEqual(EXPECTED);
    expect(await countsOf(panel.locator('[data-table="recruitment-groups"] [data-group="all"]'))).toEqual(EXPECTED);

    const position = panel.locator(`[data-table="recruitment-positions"] [data-position="${positionId}"]`);
    expect(await countsOf(position)).toEqual(EXPECTED);
    expect(await position.locator('[data-field="meanDaysToOffer"]').textContent()).toMatch(text.days);

    await panel.getByTestId('recruitment-by').selectOption({ label: text.county });
    const county = panel.locator('[data-table="recruitment-groups"] [data-group="shaya"]');
    await county.waitFor();
    expect(await county.locator('th').textContent()).toBe(text.shaya);
    expect(await countsOf(county)).toEqual(EXPECTED);

    expect(await horizontalOverflow(page)).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('exports from the organisers’ position and notice pages (1366 px)', () => {
  it('downloads the position’s and the notice’s workbooks', async () => {
    const page = await session.newPage(LAPTOP);
    await signIn(page, session.url, organiserEmail);
    await page.goto(`${session.url}/recruitment/positions/${positionId}`);
    const [positionFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出应聘人员（Excel）' }).click(),
    ]);
    expect(positionFile.suggestedFilename()).toBe('化工工艺工程师-应聘人员.xlsx');

    await page.goto(`${session.url}/recruitment/notices/${announcementId}`);
    const [noticeFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出公告各岗位及应聘人员（Excel）' }).click(),
    ]);
    expect(noticeFile.suggestedFilename()).toBe('2026年引才公告-应聘人员.xlsx');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
