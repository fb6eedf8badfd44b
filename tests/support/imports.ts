import { randomInt } from 'node:crypto';
import ExcelJS from 'exceljs';
import { Cohorts, IMPORT_COLUMNS } from '@aksu/core';
import { SYSTEM, uniqueSuffix } from './accounts.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** A national ID number with a valid check character, unique enough for one test run. */
export function nationalId(gender: 'male' | 'female' = 'male'): string {
  const birth = `${1995 + randomInt(0, 8)}${String(1 + randomInt(0, 12)).padStart(2, '0')}${String(1 + randomInt(0, 28)).padStart(2, '0')}`;
  const sequence = randomInt(0, 100) * 10 + (gender === 'male' ? 1 + 2 * randomInt(0, 5) : 2 * randomInt(0, 5));
  const first17 = `6529${String(randomInt(0, 100)).padStart(2, '0')}${birth}${String(sequence).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return first17 + CHECK[sum % 11];
}

export const mobile = () => `13${randomInt(5, 10)}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;

/** One template row as a coordinator types it, keyed by the template's Chinese headers. */
export function studentRow(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    姓名: `学生${uniqueSuffix()}`,
    性别: '',
    身份证号: nationalId(),
    手机号: mobile(),
    邮箱: `s.${uniqueSuffix()}@example.com`,
    学历层次: '硕士',
    专业: '纺织工程',
    学科门类: '工学',
    年级: '2',
    校内导师: '王教授',
    籍贯: '新疆阿克苏',
    籍贯县市: '库车市',
    是否阿克苏籍: '是',
    饮食备注: '',
    健康备注: '',
    紧急联系人: '家长',
    紧急联系电话: mobile(),
    与紧急联系人关系: '父亲',
    ...overrides,
  };
}

const HEADERS = IMPORT_COLUMNS.map((c) => c.header);

/** The template's sheet filled with the rows, from row 2 down, as bytes of an .xlsx file. */
export async function xlsxOf(rows: Record<string, string>[], headers = HEADERS): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报名信息');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((h) => row[h] ?? ''));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function csvOf(rows: Record<string, string>[], headers = HEADERS): string {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [headers, ...rows.map((row) => headers.map((h) => row[h] ?? ''))].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

export const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

/** A cohort open for registration now, with the universities' quotas. */
export async function openCohort(universities: { universityId: string; quota: number }[], eligibleDegreeLevels: ('master' | 'phd' | 'bachelor')[] = ['master', 'phd']) {
  const cohort = await Cohorts.create(SYSTEM, {
    name: `导入测试批次${uniqueSuffix()}`,
    startsOn: '2030-08-01',
    endsOn: '2030-08-31',
    registrationOpensAt: new Date(Date.now() - 86_400_000).toISOString(),
    registrationClosesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    eligibleDegreeLevels,
    universities,
  } as Parameters<typeof Cohorts.create>[1]);
  return Cohorts.transition(SYSTEM, cohort.cohortId, { to: 'registration_open' });
}
