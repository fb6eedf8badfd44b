import type { Page } from 'playwright-core';
import { Announcements, Employers, Positions, SubsidyPolicies } from '@aksu/core';
import { POLICY_AMOUNTS } from '../support/conversion.ts';
import { positionBody } from '../support/positions.ts';
import { SYSTEM, unique } from './harness.ts';

type Screen = [name: string, open: (page: Page) => Promise<void>];
type Visit = (page: Page, path: string, ready: string) => Promise<void>;

/**
 * Positions and a notice with the longest content they are likely to carry (a long unit name and
 * title, many majors, a pay band and a priced subsidy), and their screens for the layout sweep.
 */
export async function seedPositionScreens(visit: Visit) {
  const id = unique();
  await SubsidyPolicies.create(SYSTEM, {
    name: '阿克苏地区引进高层次人才住房补贴实施办法（2020年修订）',
    effectiveFrom: '2020-01-01',
    yearsRequired: 5,
    amounts: POLICY_AMOUNTS,
  });
  const employer = await Employers.create(SYSTEM, {
    name: `新疆生产建设兵团第一师阿拉尔市人民医院（塔里木大学附属医院）${id}`,
    sector: '医疗卫生',
    county: 'alar',
  });
  const draft = await Positions.create(
    SYSTEM,
    positionBody(employer.employerId, {
      title: `心血管内科主治医师（介入治疗方向，含规范化培训）${id}`,
      inHighTechZone: true,
      degreeLevel: 'bachelor',
      majors: ['临床医学', '内科学（心血管病方向）', '影像医学与核医学', '麻醉学'],
      description: '负责心血管内科日常诊疗与介入手术。',
    }),
  );
  const published = await Positions.transition(SYSTEM, draft.positionId, { to: 'published', version: draft.version });
  const notice = await Announcements.create(SYSTEM, {
    title: `阿克苏地区2026年面向全国重点高校引进急需紧缺高层次人才公告（第一批）${id}`,
    body: '一、引进对象\n二、引进岗位\n三、待遇保障',
    slug: `layout-${id}`,
    positionIds: [published.positionId],
  });
  const live = await Announcements.transition(SYSTEM, notice.announcementId, {
    to: 'published',
    version: notice.version,
  });
  const signedOut: Screen[] = [
    ['public-positions', (page) => visit(page, '/positions', '.position-card')],
    ['public-position', (page) => visit(page, `/positions/${published.positionId}`, '.subsidy-table')],
    ['public-notice', (page) => visit(page, `/notices/${live.slug}`, 'canvas.qr-code[data-drawn="true"]')],
    ['my-application-recover', (page) => visit(page, `/positions/${published.positionId}/my`, '#recover-title')],
  ];
  const organiser: Screen[] = [
    ['recruitment-positions', (page) => visit(page, '/recruitment', '.organiser-position')],
    [
      'recruitment-position-edit',
      async (page) => {
        await visit(page, `/recruitment/positions/${published.positionId}`, '.transition-actions');
        // The page head also holds the export: the edit button is named in either language.
        await page.getByRole('button', { name: /^(修改岗位|Edit position)$/ }).click();
        await page.locator('#position-title').waitFor();
      },
    ],
    [
      'recruitment-new-position',
      async (page) => {
        await visit(page, '/recruitment/positions/new', '#position-title');
        // The employers arrive after the form: checked once they are in the list to choose from.
        await page.locator('#position-unit optgroup').first().waitFor({ state: 'attached' });
      },
    ],
    ['recruitment-employers', (page) => visit(page, '/recruitment/employers', '.employer-name')],
    ['recruitment-notices', (page) => visit(page, '/recruitment/notices', '.notice-card')],
    ['recruitment-notice', (page) => visit(page, `/recruitment/notices/${live.announcementId}`, '.notice-link')],
    ['recruitment-new-notice', (page) => visit(page, '/recruitment/notices/new', '.choose-list')],
  ];
  return { signedOut, organiser };
}
