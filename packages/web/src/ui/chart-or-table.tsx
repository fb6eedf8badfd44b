import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/** A chart with its figures as a table: the table is always in the page (for screen readers, print and copying); the switch chooses which one is shown. */
export function ChartOrTable({
  title,
  id,
  chart,
  table,
}: {
  title: string;
  id: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  const { t } = useI18n();
  const [asTable, setAsTable] = useState(false);
  return (
    <section className="conv-panel" aria-labelledby={`${id}-title`} data-panel={id}>
      <div className="conv-panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button
          type="button"
          className="button secondary small"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? t('conv.show_chart') : t('conv.show_table')}
        </button>
      </div>
      {!asTable && <div className="conv-chart">{chart}</div>}
      {asTable ? (
        // A wide table scrolls sideways on a phone; the region takes focus so the keyboard can scroll it too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="conv-table" aria-label={title} tabIndex={0}>
          {table}
        </section>
      ) : (
        <div className="visually-hidden">{table}</div>
      )}
    </section>
  );
}
