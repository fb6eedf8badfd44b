import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { AttachmentList, RequestDates, RequestNotes, RequestStatus } from './request-card';
import { kindKey, type ServiceRequest } from './request-files';
import { RequestFileForm } from './request-file-form';
import { RequestRating } from './request-rating';
import './messages';
import './requests.css';

/** One of the person's requests: where it stands, the commissioner's notes, its files, and the rating once closed. */
function MyRequest({ request, onChanged }: { request: ServiceRequest; onChanged: (r: ServiceRequest) => void }) {
  const { t } = useI18n();
  const closed = request.status === 'resolved' || request.status === 'unresolvable';
  return (
    <li className="card request-item" data-request={request.requestId}>
      <div className="request-head">
        <h2>{t(kindKey(request.kind))}</h2>
        <RequestStatus request={request} />
      </div>
      <p className="request-description">{request.description}</p>
      <RequestDates request={request} />
      <RequestNotes request={request} />
      <AttachmentList request={request} side="person" />
      {closed && <RequestRating request={request} onRated={onChanged} />}
    </li>
  );
}

/**
 * 我的诉求 on the person's phone: their requests, newest first, and filing a new one. Until a
 * commissioner looks after them the API refuses to file (409); the page says so and who to ask.
 */
export default function MyRequestsPage() {
  const { t } = useI18n();
  useTitle(t('req.my_title'));
  const list = useResource(
    (signal) => unwrap(api.GET('/v1/me/service-requests', { signal })),
    ['/v1/me/service-requests'],
  );
  const [filing, setFiling] = useState(false);
  const [nobody, setNobody] = useState(false);
  const [filed, setFiled] = useState<ServiceRequest>();

  const replace = (next: ServiceRequest) =>
    list.data && list.setData({ items: list.data.items.map((r) => (r.requestId === next.requestId ? next : r)) });

  /** Asks for an upload link with nothing to upload: the same check as filing tells whether anyone looks after them. */
  const startFiling = async () => {
    setFiled(undefined);
    const probe = await api.POST('/v1/me/service-request-uploads', {
      body: { contentType: 'application/pdf', size: 1 },
    });
    const refused = probe.error as { status?: number; code?: string } | undefined;
    if (refused && (refused.status === 409 || refused.status === 404)) setNobody(true);
    else setFiling(true);
  };

  return (
    <section className="page narrow my-requests" aria-labelledby="my-requests-title">
      <h1 id="my-requests-title">{t('req.my_title')}</h1>
      <p className="muted">{t('req.my_intro')}</p>
      {filed && (
        <Alert tone="success" focus>
          {t('req.filed', { date: filed.dueOn })}
        </Alert>
      )}
      {nobody && (
        <Alert tone="warning" title={t('req.nobody_title')} focus>
          <p>{t('req.nobody_body')}</p>
        </Alert>
      )}
      {filing ? (
        <RequestFileForm
          onCancel={() => setFiling(false)}
          onFiled={(r) => {
            setFiling(false);
            setFiled(r);
            list.setData({ items: [r, ...(list.data?.items ?? [])] });
            list.reload();
          }}
        />
      ) : (
        !nobody && (
          <button type="button" className="button primary block-mobile" onClick={() => void startFiling()}>
            {t('req.new')}
          </button>
        )
      )}
      {list.status === 'error' && !(list.error instanceof ApiError && list.error.status === 404) ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('req.none')}</p>
      ) : (
        <ul className="card-list request-list">
          {list.data.items.map((r) => (
            <MyRequest key={r.requestId} request={r} onChanged={replace} />
          ))}
        </ul>
      )}
    </section>
  );
}
