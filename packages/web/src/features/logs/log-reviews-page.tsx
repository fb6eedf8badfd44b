import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useUser } from '../../auth/session';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { TextAreaField } from '../../ui/field';
import { LoadMore } from '../../ui/load-more';
import { LogWeekCard } from './log-week-card';
import { useI18n } from '../../i18n/i18n';
import { logsProblemText, type LogWeek } from './logs-stipends';
import { useFormSubmit } from '../../lib/use-form-submit';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './logs.css';

/** The mentor's weeks to review: each mentee's week of logs, approved or returned with a comment. */
export default function LogReviewsPage() {
  const { t } = useI18n();
  const user = useUser();
  useTitle(t('week_review.title'));
  const mentorId = user.mentorId ?? '';
  const [notice, setNotice] = useState<string>();
  const weeks = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/mentors/{mentorId}/log-weeks', {
          params: { path: { mentorId }, query: { status: 'pending', limit: 20, cursor } },
          signal,
        }),
      ),
    ['/v1/mentors/{mentorId}/log-weeks', mentorId],
  );

  const reviewed = (message: string) => setNotice(message);

  return (
    <section className="page narrow" aria-labelledby="review-title">
      <h1 id="review-title">{t('week_review.title')}</h1>
      {notice && <Alert tone="success">{notice}</Alert>}
      {weeks.status === 'loading' && <Loading />}
      {weeks.status === 'error' && <LoadError error={weeks.error} onRetry={weeks.reload} />}
      {weeks.status === 'ready' && (
        <>
          {weeks.items.length === 0 && <p className="result-count">{t('review.none')}</p>}
          <div className="row-list">
            {weeks.items.map((week) => (
              <ReviewWeek key={`${week.registrationId}-${week.weekStart}`} week={week} onReviewed={reviewed} />
            ))}
          </div>
          <LoadMore list={weeks} />
        </>
      )}
    </section>
  );
}

function ReviewWeek({ week, onReviewed }: { week: LogWeek; onReviewed: (message: string) => void }) {
  const { t } = useI18n();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const { failure, busy, send } = useFormSubmit({ problem: logsProblemText });
  const path = { registrationId: week.registrationId, weekStart: week.weekStart };

  const act = (run: () => Promise<unknown>, message: string) =>
    send(async () => {
      await run();
      onReviewed(message);
    });

  const approve = () =>
    act(
      () => unwrap(api.POST('/v1/interns/{registrationId}/log-weeks/{weekStart}/approve', { params: { path } })),
      t('review.approved', { name: week.internName }),
    );
  const sendBack = () =>
    act(
      () =>
        unwrap(
          api.POST('/v1/interns/{registrationId}/log-weeks/{weekStart}/return', {
            params: { path },
            body: { comment },
          }),
        ),
      t('review.returned', { name: week.internName }),
    );

  return (
    <LogWeekCard week={week} title={week.internName}>
      {failure && <Alert tone="error">{failure}</Alert>}
      {returning ? (
        <div className="log-form">
          <TextAreaField
            id={`comment-${week.registrationId}-${week.weekStart}`}
            label={t('review.comment')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            maxLength={1000}
            required
          />
          <div className="actions-row">
            <button
              type="button"
              className="button primary"
              disabled={busy || comment.trim().length < 2}
              onClick={sendBack}
            >
              {t('review.send_back')}
            </button>
            <button type="button" className="button secondary" onClick={() => setReturning(false)}>
              {t('logs.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions-row">
          {/* Approval locks the week's logs, so the server takes it only once the week is over. */}
          {week.over ? (
            <button type="button" className="button primary" disabled={busy} onClick={approve}>
              {t('review.approve')}
            </button>
          ) : (
            <p className="hint">{t('review.not_over', { date: week.approvableFrom })}</p>
          )}
          <button type="button" className="button secondary" onClick={() => setReturning(true)}>
            {t('review.return')}
          </button>
        </div>
      )}
    </LogWeekCard>
  );
}
