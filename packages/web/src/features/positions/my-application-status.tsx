import type { components } from '../../api/schema';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import './applying.css';

export type MyApplication = components['schemas']['MyApplication'];

/** Where the application stands, since when, and what happens next, in words an applicant can act on. */
export function MyApplicationStatus({ mine }: { mine: MyApplication }) {
  const { t, lang } = useI18n();
  return (
    <section className="panel" aria-labelledby="my-status">
      <h2 id="my-status" className="application-status" data-status={mine.status}>
        {t(`my_application.status.${mine.status}`)}
      </h2>
      <p className="hint">{t('my_application.status_since', { time: formatDateTime(mine.statusSince, lang) })}</p>
      <p>{t(`my_application.next.${mine.status}`)}</p>
    </section>
  );
}
