import type { Page } from 'playwright-core';
import { Imports } from '@aksu/core';
import { SYSTEM } from './harness.ts';
import { nationalIdFor } from './cohort-screens.ts';

type Screen = [name: string, open: (page: Page) => Promise<void>];
type Visit = (page: Page, path: string, ready: string) => Promise<void>;

/** A finished import of the university with accepted and rejected rows, long names and reasons among them. */
async function finishedImport(cohortId: string, universityId: string): Promise<string> {
  const header =
    '姓名,身份证号,手机号,邮箱,学历层次,专业,学科门类,年级,校内导师,籍贯,是否阿克苏籍,紧急联系人,紧急联系电话';
  const lines = [
    `阿卜杜热合曼·艾合买提江·吐尔逊,${nationalIdFor('19990101', 871)},13912340001,` +
      'layout.one@example.edu.cn,硕士,材料科学与工程,工学,2,' +
      '欧阳慧敏教授,新疆阿克苏,是,家长,13912340002',
    `买买提·艾力,${nationalIdFor('19990101', 873).slice(0, 17)}0,13912340003,layout.two@example.edu.cn,` +
      '本科,材料科学与工程,工学,二年级,张教授,新疆阿克苏,否,家长,13912340004',
    `李四,${nationalIdFor('19990101', 875)},1391234,layout.three@example.edu.cn,` +
      '博士,材料科学与工程,工学,3,王教授,新疆阿克苏,否,家长,',
  ];
  const job = await Imports.create(SYSTEM, cohortId, {
    filename: '布局测试名单.csv',
    content: Buffer.from(`${header}\r\n${lines.join('\r\n')}\r\n`).toString('base64'),
    universityId,
    consent: true,
  });
  await Imports.run(SYSTEM, job.importJobId);
  return job.importJobId;
}

/** The import screens for the layout sweep: the empty form for each role and a finished job's results. */
export async function seedImportScreens(visit: Visit, cohortId: string, universityId: string) {
  const jobId = await finishedImport(cohortId, universityId);
  const organiser: Screen[] = [
    ['cohort-import-organiser', (page) => visit(page, `/cohorts/${cohortId}/import`, '#universityId')],
  ];
  const coordinator: Screen[] = [
    ['cohort-import', (page) => visit(page, `/cohorts/${cohortId}/import`, '#importFile')],
    [
      'cohort-import-result',
      (page) => visit(page, `/cohorts/${cohortId}/import?job=${jobId}`, '.import-rows tbody tr'),
    ],
  ];
  return { organiser, coordinator };
}
