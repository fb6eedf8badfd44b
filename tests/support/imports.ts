import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { IMPORT_COLUMNS } from '@aksu/core';
import { uniqueSuffix } from './accounts.ts';
import { mobileNumber, validNationalId as nationalId } from './cohorts.ts';
import { call } from './http.ts';

/** Valid ID numbers (check character included) distinct within a file, under the name the import tests use. */
export { nationalId };
export { openCohort } from './cohorts.ts';

/** One template row as a coordinator types it, keyed by the template's Chinese headers. */
export function studentRow(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    姓名: `学生${uniqueSuffix()}`,
    性别: '',
    身份证号: nationalId(),
    手机号: mobileNumber(),
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
    紧急联系电话: mobileNumber(),
    与紧急联系人关系: '父亲',
    ...overrides,
  };
}

/** A template row as the registration write path (and the single-registration route) takes it. */
export function registrationOf(row: Record<string, string>) {
  return {
    name: row['姓名']!,
    nationalId: row['身份证号']!,
    phone: row['手机号']!,
    email: row['邮箱']!,
    degreeLevel: 'master',
    major: row['专业']!,
    discipline: row['学科门类']!,
    studyYear: Number(row['年级']),
    supervisor: row['校内导师']!,
    hometown: row['籍贯']!,
    fromRegion: row['是否阿克苏籍'] === '是',
    emergencyContact: { name: row['紧急联系人']!, phone: row['紧急联系电话']! },
    consent: true,
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
  const lines = [headers, ...rows.map((row) => headers.map((h) => row[h] ?? ''))].map((r) => r.map(quote).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

/** Uploads a file to a cohort's import as the web does, consent given. */
export const upload = (
  cohortId: string,
  content: Uint8Array | string,
  token: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) =>
  call('POST', `/v1/cohorts/${cohortId}/imports`, {
    token,
    headers,
    body: { filename: '报名.xlsx', content: base64(content), consent: true, ...extra },
  });

/** Runs the job to the end, as the web does: again while a run stops short. */
export async function runToEnd(jobId: string, token: string) {
  for (let i = 0; i < 20; i++) {
    const res = await call('POST', `/v1/imports/${jobId}/run`, { token });
    expect(res.status).toBe(200);
    if (res.body.status === 'completed') return res.body;
  }
  throw new Error('the import did not finish');
}

export async function rowsOf(jobId: string, token: string, status?: string) {
  const res = await call('GET', `/v1/imports/${jobId}/rows?limit=100${status ? `&status=${status}` : ''}`, { token });
  expect(res.status).toBe(200);
  return res.body.items as {
    rowNumber: number;
    status: string;
    reason?: string;
    message?: string;
    registrationId?: string;
  }[];
}

/** GBK encoding of a mostly-ASCII text, built from a decoder table of the characters it uses. */
export async function encodeGbk(text: string): Promise<Uint8Array> {
  const decoder = new TextDecoder('gbk');
  const wanted = new Set([...text].filter((ch) => ch.charCodeAt(0) > 0x7f));
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe && table.size < wanted.size; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(Uint8Array.of(hi, lo));
      if (wanted.has(ch) && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code <= 0x7f) bytes.push(code);
    else if (table.has(ch)) bytes.push(...table.get(ch)!);
    else throw new Error(`no GBK code for ${ch}`);
  }
  return Uint8Array.from(bytes);
}
