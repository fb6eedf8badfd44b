import type { Worksheet } from 'exceljs';
import { attendanceCounts } from '../events/counts.ts';
import { EVENT_KIND_LABELS } from '../exports/labels.ts';
import { addSheet, newWorkbook, toFile, yuan, YUAN_FORMAT, type SpreadsheetFile } from '../exports/workbook.ts';
import { readTallies, scopeOf } from '../outcomes/index.ts';
import { universityNames } from '../placements/records.ts';
import { localDateTime } from '../time.ts';
import { buildReport, tripEvents } from './report.ts';
import type { TripReportView, TripView } from './trips.schema.ts';

const span = (from: string, to: string) => (from === to ? from : `${from} 至 ${to}`);

/** No leads means no cost per lead, which is not the same as a cost of zero. */
const NONE = '—';

type Row = TripReportView['stops'][number] | TripReportView['total'];

function summaryRow(sheet: Worksheet, place: string, dates: string, row: Row) {
  return sheet.addRow([
    place,
    dates,
    row.events,
    row.registrations,
    row.checkedIn,
    row.leads,
    row.partnershipsSigned,
    yuan(row.expensesFen),
    row.costPerLeadFen === null ? NONE : yuan(row.costPerLeadFen),
  ]);
}

/**
 * The trip report as a spreadsheet: the same figures as the JSON report (汇总), and the events
 * behind them with their own attendance (活动), so the two can be checked against each other.
 */
export async function reportWorkbook(trip: TripView, now = new Date()): Promise<SpreadsheetFile> {
  const events = await tripEvents(trip.tripId);
  const [report, tallies, names] = await Promise.all([
    buildReport(trip, events),
    readTallies(events.map((e) => scopeOf.event(e.eventId))),
    universityNames(events.map((e) => e.universityId)),
  ]);
  const workbook = await newWorkbook();

  const summary = addSheet(workbook, '汇总', [
    { header: '站点/城市', width: 14 },
    { header: '日期', width: 26 },
    { header: '活动场次', width: 10 },
    { header: '报名人数', width: 10 },
    { header: '签到人数', width: 10 },
    { header: '意向人才', width: 10 },
    { header: '签约合作', width: 10 },
    { header: '支出(元)', width: 14, numFmt: YUAN_FORMAT },
    { header: '每位意向人才成本(元)', width: 22, numFmt: YUAN_FORMAT },
  ]);
  for (const stop of report.stops) summaryRow(summary, stop.city, span(stop.from, stop.to), stop);
  summaryRow(summary, '合计', span(report.startDate, report.endDate), report.total).font = { bold: true };

  const sheet = addSheet(workbook, '活动', [
    { header: '名称', width: 28 },
    { header: '类型', width: 10 },
    { header: '日期时间', width: 20 },
    { header: '场地', width: 20 },
    { header: '院校', width: 24 },
    { header: '容量', width: 8 },
    { header: '报名', width: 8 },
    { header: '候补', width: 8 },
    { header: '签到', width: 8 },
    { header: '未到场', width: 8 },
  ]);
  const inTimeOrder = [...events].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.eventId.localeCompare(b.eventId));
  for (const event of inTimeOrder) {
    const counts = attendanceCounts(event, tallies.get(scopeOf.event(event.eventId))!, now);
    sheet.addRow([
      event.title,
      EVENT_KIND_LABELS[event.kind],
      localDateTime(event.startsAt).slice(0, 16),
      event.venue,
      names.get(event.universityId) ?? null,
      counts.capacity,
      counts.registered,
      counts.waitlisted,
      counts.checkedIn,
      // Blank before the event: nobody can have missed it yet.
      counts.noShow ?? null,
    ]);
  }

  return toFile(workbook, `${trip.title}-行程报告`, `trip-report-${trip.tripId}`);
}
