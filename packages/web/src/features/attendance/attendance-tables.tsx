import { useI18n } from '../../i18n/i18n';

interface Counts {
  placed: number | null;
  checkedIn: number;
  syncedLate: number;
  outsideRadius: number;
  onLeave: number;
  absent: number;
  notYet: number | null;
}

/** The headline counts of a cohort day. */
export function HeadlineCounts({ totals }: { totals: Counts }) {
  const { t } = useI18n();
  const cells: Array<[string, number | null, string]> = [
    [t('attendance.placed'), totals.placed, 'placed'],
    [t('attendance.checked_in'), totals.checkedIn, 'checked-in'],
    [t('attendance.on_leave'), totals.onLeave, 'on-leave'],
    [t('attendance.absent'), totals.absent, 'absent'],
    [t('attendance.not_yet'), totals.notYet, 'not-yet'],
    [t('attendance.synced_late'), totals.syncedLate, 'synced-late'],
  ];
  return (
    <ul className="attendance-counts" data-testid="attendance-counts">
      {cells.map(([label, value, key]) => (
        <li key={key} data-testid={`count-${key}`}>
          <strong>{value ?? '—'}</strong>
          {label}
        </li>
      ))}
    </ul>
  );
}

/** Counts per host unit or university. */
export function BreakdownTable({
  caption,
  rows,
}: {
  caption: string;
  rows: Array<Counts & { id: string; name: string }>;
}) {
  const { t } = useI18n();
  return (
    // Scrolls sideways on a phone: focusable and named, so a keyboard can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="attendance-table-wrap" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('attendance.name')}</th>
            <th scope="col">{t('attendance.placed')}</th>
            <th scope="col">{t('attendance.checked_in')}</th>
            <th scope="col">{t('attendance.on_leave')}</th>
            <th scope="col">{t('attendance.absent')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>{r.placed ?? '—'}</td>
              <td>{r.checkedIn}</td>
              <td>{r.onLeave}</td>
              <td>{r.absent}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
