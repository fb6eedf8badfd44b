import { addTable, PERSON_COLUMNS, type TableColumn } from '../exports/table.ts';
import { newWorkbook, toFile, type SpreadsheetFile } from '../exports/workbook.ts';
import { localDate, localDateTime } from '../time.ts';
import type { LeadView } from './leads.schema.ts';

const yesNo = (value: boolean) => (value ? '是' : '否');

const COLUMNS: TableColumn<LeadView>[] = [
  ...PERSON_COLUMNS,
  { header: '籍贯', width: 16, value: (lead) => lead.hometown ?? null },
  { header: '本地生源', width: 10, value: (lead) => yesNo(lead.fromRegion) },
  { header: '意向社会实践', width: 12, value: (lead) => yesNo(lead.interestedInSummerProgramme) },
  { header: '意向全职岗位', width: 12, value: (lead) => yesNo(lead.interestedInFullTime) },
  { header: '参加活动数', width: 10, value: (lead) => lead.eventCount },
  { header: '首次登记时间', width: 20, value: (lead) => localDateTime(lead.createdAt) },
  { header: '最近更新时间', width: 20, value: (lead) => localDateTime(lead.updatedAt) },
];

/**
 * One row per lead, newest first like the list it was filtered in. The phone is whatever the
 * caller may see: in full for organisers, masked for a coordinator.
 */
export async function leadsWorkbook(leads: LeadView[], now = new Date()): Promise<SpreadsheetFile> {
  const workbook = await newWorkbook();
  addTable(workbook, '意向人才', COLUMNS, leads);
  return toFile(workbook, `意向人才-${localDate(now)}`, `leads-${localDate(now)}`);
}
