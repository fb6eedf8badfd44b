import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { AttachmentList, RequestDates, RequestNotes, RequestStatus } from './request-card';
import { kindKey, statusKey, type RequestStatus as Status } from './request-files';
import { RequestStepForm } from './request-step-form';
import './messages';
import './requests.css';

const STATUSES: readonly string[] = ['received', 'in_progress', 'resolved', 'unresolvable'];

/** Every step from the audit trail, oldest first: filed, each move or note, the rating. */
function RequestHistory({ requestId, version }: { requestId: string; version: number }) {
  const { t, lang } = useI18n();
  const history = useResource(
    (signal) =>
      unwrap(
        api.GET('/v1/audit', {
          params: { query: { entityType: 'serviceRequest', entityId: requestId, limit: 100 } },
          signal,
        }),
      ),
    ['/v1/audit', requestId, version],
  );
  const label = (action: string) =>
    action === 'file'
      ? t('req.status.received')
      : STATUSES.includes(action)
        ? t(statusKey(action as Status))
        : action === 'rate'
          ? t('req.rating')
          : t('req.notes');
  return (
    <section className="request-history" aria-labelledby="request-history-title">
      <h2 id="request-history-title">{t('req.history')}</h2>
      {history.status === 'error' ? (
        <LoadError error={history.error} onRetry={history.reload} />
      ) : !history.data ? (
        <Loading />
      ) : (
        <ol>
          {history.data.items.map((entry) => (
            <li key={entry.auditId} data-action={entry.action}>
              <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time> {label(entry.action)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** One request on a laptop: who asked for what, its files and deadline, its history, and the next step. */
export default function RequestPage() {
  const { t } = useI18n();
  const { requestId = '' } = useParams();
  const request = useResource(
    (signal) => unwrap(api.GET('/v1/talent-service/requests/{requestId}', { params: { path: { requestId } }, signal })),
    ['/v1/talent-service/requests/{requestId}', requestId],
  );
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState(false);
  const r = request.data;
  useTitle(r ? t('req.detail_title', { kind: t(kindKey(r.kind)), name: r.personName }) : t('req.list_title'));

  return (
    <section className="page request-page" aria-labelledby="request-title">
      <p>
        <Link to="/talent-service/requests">{t('req.back')}</Link>
      </p>
      {request.status === 'error' ? (
        <LoadError error={request.error} onRetry={request.reload} />
      ) : !r ? (
        <Loading />
      ) : (
        <>
          <div className="request-head">
            <h1 id="request-title">{t('req.detail_title', { kind: t(kindKey(r.kind)), name: r.personName })}</h1>
            <RequestStatus request={r} />
          </div>
          <p>
            <Link to={`/talent-service/people/${r.outcomeId}`}>{r.personName}</Link>
          </p>
          <div className="request-columns">
            <div>
              <p className="request-description">{r.description}</p>
              <RequestDates request={r} />
              <AttachmentList request={r} side="organiser" />
              <RequestNotes request={r} />
              <p data-field="rating">
                <strong>{t('req.rating')}</strong>: {r.rating ? t('req.stars', { n: r.rating }) : t('req.not_rated')}
                {r.ratingComment ? ` · ${r.ratingComment}` : ''}
              </p>
            </div>
            <div>
              {saved && (
                <Alert tone="success" focus>
                  {t('req.step_saved')}
                </Alert>
              )}
              {stale && (
                <Alert tone="warning" focus>
                  {t('req.stale')}
                </Alert>
              )}
              <RequestStepForm
                key={r.version}
                request={r}
                onSaved={(next) => {
                  setStale(false);
                  setSaved(true);
                  request.setData(next);
                }}
                onStale={() => {
                  setSaved(false);
                  setStale(true);
                  request.reload();
                }}
              />
              <RequestHistory requestId={r.requestId} version={r.version} />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
