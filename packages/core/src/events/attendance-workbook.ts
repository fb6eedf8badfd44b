import { ATTENDANCE_STATUS_LABELS, DEGREE_LABELS } from '../exports/labels.ts';
import { addSheet, newWorkbook, toFile, type SpreadsheetFile } from '../exports/workbook.ts';
import { localDate, localDateTime } from '../time.ts';
import { isOver } from './counts.ts';
import type { EventView, RegistrationView } from './events.schema.ts';

/** Same rule as the counts: someone with a seat is a no-show only once the event has taken place. */
function statusOf(r: RegistrationView, over: boolean): string {
  if (r.checkedInAt) return ATTENDANCE_STATUS_LABELS.checkedIn;
  if (r.status === 'waitlisted') return ATTENDANCE_STATUS_LABELS.waitlisted;
  return over ? ATTENDANCE_STATUS_LABELS.noShow : ATTENDANCE_STATUS_LABELS.registered;
}

/** One row per registration, in sign-up order, times in Beijing time. */
export async function attendanceWorkbook(event: EventView, registrations: RegistrationView[], now = new Date()): Promise<SpreadsheetFile> {
  const workbook = await newWorkbook();
  const sheet = addSheet(workbook, '签到名单', [
    { header: '姓名', width: 12 },
    { header: '院校', width: 24 },
    { header: '学历', width: 8 },
    { header: '专业', width: 24 },
    { header: '毕业年份', width: 10 },
    { header: '手机', width: 14 },
    { header: '邮箱', width: 30 },
    { header: '状态', width: 10 },
    { header: '报名时间', width: 20 },
    { header: '签到时间', width: 20 },
  ]);
  const over = isOver(event, now);
  for (const r of registrations) {
    sheet.addRow([
      r.name,
      r.universityName ?? null,
      DEGREE_LABELS[r.degreeLevel],
      r.major,
      r.graduationYear,
      // Text, so the number is never shown in scientific notation or summed.
      r.phone,
      r.email,
      statusOf(r, over),
      localDateTime(r.createdAt),
      r.checkedInAt ? localDateTime(r.checkedInAt) : null,
    ]);
  }
  const day = localDate(new Date(event.startsAt));
  return toFile(workbook, `${event.title}-${day}-签到名单`, `attendance-${event.eventId}`);
}
