import { ATTENDANCE_STATUS_LABELS } from '../exports/labels.ts';
import { addTable, PERSON_COLUMNS } from '../exports/table.ts';
import { newWorkbook, toFile, type SpreadsheetFile } from '../exports/workbook.ts';
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
export async function attendanceWorkbook(
  event: EventView,
  registrations: RegistrationView[],
  now = new Date(),
): Promise<SpreadsheetFile> {
  const workbook = await newWorkbook();
  const over = isOver(event, now);
  addTable<RegistrationView>(
    workbook,
    '签到名单',
    [
      ...PERSON_COLUMNS,
      { header: '状态', width: 10, value: (r) => statusOf(r, over) },
      { header: '报名时间', width: 20, value: (r) => localDateTime(r.createdAt) },
      { header: '签到时间', width: 20, value: (r) => (r.checkedInAt ? localDateTime(r.checkedInAt) : null) },
    ],
    registrations,
  );
  const day = localDate(new Date(event.startsAt));
  return toFile(workbook, `${event.title}-${day}-签到名单`, `attendance-${event.eventId}`);
}
