import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { FilterTabs } from '../../ui/filter-tabs';
import { LoadError, Loading } from '../../ui/feedback';
import { labelIn } from './care';
import './messages';
import './attention.css';

type Person = components['schemas']['AttentionList']['items'][number];
type Signal = Person['signals'][number];

/** Where the next action is taken: the request, the retention ledger, or the person's page to log a contact. */
function actionLink(person: Person, signal: Signal): { to: string; label: MessageKey } | null {
  if (signal.action === 'advance_request' && signal.params.requestId)
    return { to: `/talent-service/requests/${signal.params.requestId}`, label: 'attn.open_request' };
  if (signal.action === 'confirm_retention') return { to: `/outcomes/${person.outcomeId}`, label: 'attn.open_outcome' };
  return null;
}

function Reason({ person, signal }: { person: Person; signal: Signal }) {
  const { t } = useI18n();
  const kind = typeof signal.params.kind === 'string' ? t(`req.kind.${signal.params.kind}` as MessageKey) : '';
  const link = actionLink(person, signal);
  return (
    <li data-signal={signal.code}>
      <p>
        {t(`attn.code.${signal.code}`, { ...signal.params, kind })}{' '}
        <span className="muted">({t('attn.since', { date: signal.since })})</span>
      </p>
      <p className="attn-next">
        {t('attn.next', { action: t(`attn.action.${signal.action}`) })}
        {link && (
          <>
            {' '}
            <Link to={link.to}>{t(link.label)}</Link>
          </>
        )}
      </p>
    </li>
  );
}

/**
 * 本周需要关注的人: each person looked after with the plain reasons for concern and the next action
 * for each, most reasons first (organisers; their own people, or everyone's).
 */
export default function AttentionPage() {
  const { t, lang } = useI18n();
  useTitle(t('attn.title'));
  const [params, setParams] = useSearchParams();
  const all = params.get('all') === 'true';
  const list = useResource(
    (signal) =>
      unwrap(api.GET('/v1/talent-service/attention', { params: { query: all ? { all: 'true' } : {} }, signal })),
    ['/v1/talent-service/attention', all],
  );
  return (
    <section className="page attn-page" aria-labelledby="attn-title">
      <h1 id="attn-title">{t('attn.title')}</h1>
      <p className="muted">{t('attn.intro')}</p>
      <FilterTabs
        label={t('attn.views')}
        options={['mine', 'all'] as const}
        value={all ? 'all' : 'mine'}
        onChange={(v) => setParams(v === 'all' ? { all: 'true' } : {}, { replace: true })}
        text={(v) => t(`attn.view.${v}`)}
      />
      {list.status === 'error' ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.items.length === 0 ? (
        <p data-testid="attention-empty">{t('attn.empty')}</p>
      ) : (
        <ol className="attn-list">
          {list.data.items.map((person) => (
            <li key={person.outcomeId} data-person={person.outcomeId}>
              <article aria-labelledby={`attn-${person.outcomeId}`}>
                <h2 id={`attn-${person.outcomeId}`}>
                  <Link to={`/talent-service/people/${person.outcomeId}`}>{person.name}</Link>{' '}
                  <span className="muted">{labelIn(person.tierLabel, lang)}</span>
                </h2>
                <ul aria-label={t('attn.reasons')}>
                  {person.signals.map((signal) => (
                    <Reason key={signal.code} person={person} signal={signal} />
                  ))}
                </ul>
              </article>
            </li>
          ))}
        </ol>
      )}
      {list.data?.truncated && <p className="muted">{t('attn.truncated')}</p>}
    </section>
  );
}
