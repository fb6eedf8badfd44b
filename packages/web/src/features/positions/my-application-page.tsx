/** "My application": the applicant's own page, opened by the receipt's code or a mailed one, with withdrawing. */
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { Alert, Loading } from '../../ui/feedback';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { problemText } from '../../lib/problem-text';
import { useTitle } from '../../lib/use-title';
import {
  type ApplicationAccess,
  ApplicationRecovery,
  codeFromHash,
  forgetAccess,
  keepAccess,
  storedAccess,
} from './my-application-recovery';
import { InterviewReply } from './interview-reply';
import { type MyApplication, MyApplicationStatus } from './my-application-status';
import './messages';
import './positions.css';

export default function MyApplicationPage() {
  const { t, lang } = useI18n();
  const { positionId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  useTitle(t('my_application.title'));
  const [access, setAccess] = useState<ApplicationAccess | undefined>(() => {
    const code = codeFromHash(location.hash);
    return code ? { token: code } : storedAccess(positionId);
  });
  const [mine, setMine] = useState<MyApplication>();
  const [notice, setNotice] = useState<{ tone: 'info' | 'warning'; text: string }>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const open = useCallback(
    async (how: ApplicationAccess) => {
      try {
        const found = await unwrap(
          api.POST('/v1/public/positions/{positionId}/applications/my', {
            params: { path: { positionId } },
            body: how,
          }),
        );
        keepAccess(positionId, how);
        setMine(found);
      } catch (failure) {
        forgetAccess(positionId);
        setAccess(undefined);
        setNotice({
          tone: 'warning',
          text:
            failure instanceof ApiError && failure.status === 404
              ? t('my_application.code_invalid')
              : problemText(failure, t),
        });
      }
    },
    [positionId, t],
  );
  useEffect(() => {
    if (access) void open(access);
  }, [access, open]);
  // The code in the address has done its work once kept in this tab: off the address bar and history.
  useEffect(() => {
    if (mine && location.hash) void navigate({ hash: '' }, { replace: true });
  }, [mine, location.hash, navigate]);

  const withdraw = async () => {
    if (!access) return;
    setBusy(true);
    try {
      setMine(
        await unwrap(
          api.POST('/v1/public/positions/{positionId}/applications/my/withdraw', {
            params: { path: { positionId } },
            body: access,
          }),
        ),
      );
      setNotice({ tone: 'info', text: t('my_application.withdrawn') });
    } catch (failure) {
      setNotice({ tone: 'warning', text: problemText(failure, t) });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  const back = (
    <p className="back">
      <Link to={`/positions/${positionId}`}>{t('my_application.back')}</Link>
    </p>
  );
  if (!access) {
    return (
      <section className="page narrow my-application" aria-labelledby="my-title">
        {back}
        <h1 id="my-title">{t('my_application.title')}</h1>
        {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
        <ApplicationRecovery positionId={positionId} onAccess={setAccess} />
      </section>
    );
  }
  if (!mine) return <Loading />;
  return (
    <section className="page narrow my-application" aria-labelledby="my-title">
      {back}
      <p className="eyebrow">{t('my_application.title')}</p>
      <h1 id="my-title">{mine.positionTitle}</h1>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <dl className="facts">
        <div>
          <dt>{t('my_application.unit')}</dt>
          <dd>{mine.unitName}</dd>
        </div>
        <div>
          <dt>{t('my_application.name')}</dt>
          <dd>{mine.name}</dd>
        </div>
        <div>
          <dt>{t('my_application.contact_shown')}</dt>
          <dd>
            {mine.email} · {mine.phone}
          </dd>
        </div>
        <div>
          <dt>{t('my_application.applied_at')}</dt>
          <dd>{formatDateTime(mine.createdAt, lang)}</dd>
        </div>
      </dl>
      <MyApplicationStatus mine={mine} />
      {/* An interview, once arranged, is answered here: after where the application stands, before withdrawing. */}
      {mine.interview && (
        <InterviewReply
          positionId={positionId}
          access={access}
          mine={mine}
          onChange={setMine}
          onStale={() => open(access)}
        />
      )}
      {mine.canWithdraw &&
        (confirming ? (
          <fieldset className="form-actions plain-group" aria-label={t('my_application.withdraw')}>
            <p>{t('my_application.withdraw_confirm')}</p>
            <button type="button" className="button danger block-mobile" onClick={withdraw} disabled={busy}>
              {t('my_application.withdraw_yes')}
            </button>
            <button type="button" className="button block-mobile" onClick={() => setConfirming(false)} disabled={busy}>
              {t('my_application.withdraw_no')}
            </button>
          </fieldset>
        ) : (
          <div className="form-actions">
            <button type="button" className="button block-mobile" onClick={() => setConfirming(true)}>
              {t('my_application.withdraw')}
            </button>
          </div>
        ))}
    </section>
  );
}
