import { attendanceCounts } from '../events/counts.ts';
import { EVENT_KIND_LABELS } from '../exports/labels.ts';
import { addTable, type TableColumn } from '../exports/table.ts';
import { newWorkbook, toFile, yuan, YUAN_FORMAT, type SpreadsheetFile } from '../exports/workbook.ts';
import { readTallies, scopeOf } from '../tallies/index.ts';
import { universityNames } from '../universities/names.ts';
import { localDateTime } from '../time.ts';
import { buildReport, tripEvents } from './report.ts';
import type { TripReportView, TripView } from './trips.schema.ts';

const span = (from: string, to: string) => (from === to ? from : `${from} 至 ${to}`);

/** No leads means no cost per lead, which is not the same as a cost of zero. */
const NONE = '—';

interface SummaryLine {
  place: string;
  dates: string;
  figures: TripReportView['stops'][number] | TripReportView['total'];
}

const SUMMARY_COLUMNS: TableColumn<SummaryLine>[] = [
  { header: '站点/城市', width: 14, value: (l) => l.place },
  { header: '日期', width: 26, value: (l) => l.dates },
  { header: '活动场次', width: 10, value: (l) => l.figures.events },
  { header: '报名人数', width: 10, value: (l) => l.figures.registrations },
  { header: '签到人数', width: 10, value: (l) => l.figures.checkedIn },
  { header: '意向人才', width: 10, value: (l) => l.figures.leads },
  { header: '签约合作', width: 10, value: (l) => l.figures.partnershipsSigned },
  { header: '支出(元)', width: 14, numFmt: YUAN_FORMAT, value: (l) => yuan(l.figures.expensesFen) },
  {
    header: '每位意向人才成本(元)',
    width: 22,
    numFmt: YUAN_FORMAT,
    value: (l) => (l.figures.costPerLeadFen === null ? NONE : yuan(l.figures.costPerLeadFen)),
  },
];

interface EventLine {
  event: Awaited<ReturnType<typeof tripEvents>>[number];
  counts: ReturnType<typeof attendanceCounts>;
}

const eventColumns = (universities: Map<string, string>): TableColumn<EventLine>[] => [
  { header: '名称', width: 28, value: (r) => r.event.title },
  { header: '类型', width: 10, value: (r) => EVENT_KIND_LABELS[r.event.kind] },
  { header: '日期时间', width: 20, value: (r) => localDateTime(r.event.startsAt).slice(0, 16) },
  { header: '场地', width: 20, value: (r) => r.event.venue },
  { header: '院校', width: 24, value: (r) => universities.get(r.event.universityId) ?? null },
  { header: '容量', width: 8, value: (r) => r.counts.capacity },
  { header: '报名', width: 8, value: (r) => r.counts.registered },
  { header: '候补', width: 8, value: (r) => r.counts.waitlisted },
  { header: '签到', width: 8, value: (r) => r.counts.checkedIn },
  // Blank before the event: nobody can have missed it yet.
  { header: '未到场', width: 8, value: (r) => r.counts.noShow ?? null },
];

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

  const summary = addTable(workbook, '汇总', SUMMARY_COLUMNS, [
    ...report.stops.map((stop) => ({ place: stop.city, dates: span(stop.from, stop.to), figures: stop })),
    { place: '合计', dates: span(report.startDate, report.endDate), figures: report.total },
  ]);
  summary.lastRow!.font = { bold: true };

  const inTimeOrder = [...events].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.eventId.localeCompare(b.eventId),
  );
  addTable(
    workbook,
    '活动',
    eventColumns(names),
    inTimeOrder.map((event) => {
      const counts = attendanceCounts(event, tallies.get(scopeOf.event(event.eventId))!, now);
      return { event, counts };
    }),
  );

  return toFile(workbook, `${trip.title}-行程报告`, `trip-report-${trip.tripId}`);
}
