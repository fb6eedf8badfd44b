import { api, unwrap } from '../../api/client';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { LoadError, Loading } from '../../ui/feedback';
import { useResource } from '../../lib/use-resource';

const COUNTERS: ['eventsHeld' | 'registrations' | 'leads' | 'interns' | 'hires', MessageKey][] = [
  ['eventsHeld', 'outcomes.events_held'],
  ['registrations', 'outcomes.registrations'],
  ['leads', 'outcomes.leads'],
  ['interns', 'outcomes.interns'],
  ['hires', 'outcomes.hires'],
];

/** What working with a university has produced, read from its counters (cheap however many records). */
export function UniversityOutcomes({ universityId }: { universityId: string }) {
  const { t } = useI18n();
  const outcomes = useResource(
    (signal) =>
      unwrap(api.GET('/v1/universities/{universityId}/outcomes', { params: { path: { universityId } }, signal })),
    ['/v1/universities/{universityId}/outcomes', universityId],
  );
  const titleId = `outcomes-${universityId}`;
  const counts = outcomes.data;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('outcomes.title')}</h2>
      <p className="hint">{t('outcomes.hint')}</p>
      {outcomes.status === 'error' && <LoadError error={outcomes.error} onRetry={outcomes.reload} />}
      {outcomes.status === 'loading' && <Loading />}
      {counts && (
        <dl className="outcome-counts">
          {COUNTERS.map(([field, label]) => (
            <div key={field} data-field={field}>
              <dt>{t(label)}</dt>
              <dd>{counts[field]}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
