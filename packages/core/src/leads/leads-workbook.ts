import { DEGREE_LABELS } from '../exports/labels.ts';
import { addSheet, newWorkbook, toFile, type SpreadsheetFile } from '../exports/workbook.ts';
import { localDate, localDateTime } from '../time.ts';
import type { LeadView } from './leads.schema.ts';

const yesNo = (value: boolean) => (value ? '是' : '否');

/**
 * One row per lead, newest first like the list it was filtered in. The phone is whatever the
 * caller may see: in full for organisers, masked for a coordinator.
 */
export async function leadsWorkbook(leads: LeadView[], now = new Date()): Promise<SpreadsheetFile> {
  const workbook = await newWorkbook();
  const sheet = addSheet(workbook, '意向人才', [
    { header: '姓名', width: 12 },
    { header: '院校', width: 24 },
    { header: '学历', width: 8 },
    { header: '专业', width: 24 },
    { header: '毕业年份', width: 10 },
    { header: '手机', width: 14 },
    { header: '邮箱', width: 30 },
    { header: '籍贯', width: 16 },
    { header: '本地生源', width: 10 },
    { header: '意向社会实践', width: 12 },
    { header: '意向全职岗位', width: 12 },
    { header: '参加活动数', width: 10 },
    { header: '首次登记时间', width: 20 },
    { header: '最近更新时间', width: 20 },
  ]);
  for (const lead of leads) {
    sheet.addRow([
      lead.name,
      lead.universityName ?? null,
      DEGREE_LABELS[lead.degreeLevel],
      lead.major,
      lead.graduationYear,
      // Text, so the number is never shown in scientific notation or summed.
      lead.phone,
      lead.email,
      lead.hometown ?? null,
      yesNo(lead.fromRegion),
      yesNo(lead.interestedInSummerProgramme),
      yesNo(lead.interestedInFullTime),
      lead.eventCount,
      localDateTime(lead.createdAt),
      localDateTime(lead.updatedAt),
    ]);
  }
  return toFile(workbook, `意向人才-${localDate(now)}`, `leads-${localDate(now)}`);
}
