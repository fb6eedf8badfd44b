import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useI18n } from '../../i18n/i18n';
import { formatList } from '../../lib/format';
import { problemText } from '../../lib/problem-text';
import { Alert } from '../../ui/feedback';
import { TextAreaField } from '../../ui/field';
import { InterviewTimePlace } from './interview-summary';
import type { ApplicationAccess } from './my-application-recovery';
import type { MyApplication } from './my-application-status';
import './applications.css';

/**
 * The interview on "my application": when (Beijing time), where, who, and the applicant's answer,
 * confirming or asking for another time with a note. An answer to a time rescheduled meanwhile is
 * refused by the API; the page then shows the new time to answer.
 */
export function InterviewReply({
  positionId,
  access,
  mine,
  onChange,
  onStale,
}: {
  positionId: string;
  access: ApplicationAccess;
  mine: MyApplication;
  onChange: (mine: MyApplication) => void;
  /** Reads the application again, after an answer to a time rescheduled meanwhile. */
  onStale: () => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string }>();
  const interview = mine.interview;
  if (!interview) return null;

  const answer = async (body: { answer: 'confirmed' } | { answer: 'another_time'; note: string }) => {
    setBusy(true);
    setNotice(undefined);
    try {
      const next = await unwrap(
        api.POST('/v1/public/positions/{positionId}/applications/my/interview-reply', {
          params: { path: { positionId } },
          body: { ...access, revision: interview.revision, ...body },
        }),
      );
      onChange(next);
      setAsking(false);
      setNote('');
      setNotice({
        tone: 'success',
        text: t(body.answer === 'confirmed' ? 'interview.confirmed' : 'interview.asked'),
      });
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'version_conflict') {
        setNotice({ tone: 'warning', text: t('interview.rescheduled') });
        await onStale();
      } else setNotice({ tone: 'warning', text: problemText(failure, t) });
    } finally {
      setBusy(false);
    }
  };

  const reply = interview.reply;
  return (
    <section className="panel interview-reply" aria-labelledby="interview-reply-title">
      <h2 id="interview-reply-title">{t('interview.title')}</h2>
      {notice && (
        <Alert tone={notice.tone} focus>
          {notice.text}
        </Alert>
      )}
      <dl className="facts">
        <InterviewTimePlace
          interview={interview}
          whereLabel={interview.onlineUrl ? t('interview.online') : t('interview.where')}
        />
        <div>
          <dt>{t('screening.panel')}</dt>
          <dd>{formatList(interview.panelNames, lang)}</dd>
        </div>
      </dl>
      {reply && !notice && (
        <p className="hint">
          {reply.answer === 'confirmed' ? t('interview.confirmed') : `${t('interview.asked')} ${reply.note ?? ''}`}
        </p>
      )}
      {asking ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!note.trim()) return setMissing(true);
            void answer({ answer: 'another_time', note: note.trim() });
          }}
          noValidate
        >
          <TextAreaField
            id="interview-note"
            label={t('interview.note')}
            hint={t('interview.note_hint')}
            required
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={missing ? t('interview.note_needed') : undefined}
          />
          <div className="form-actions">
            <button type="submit" className="button primary block-mobile" disabled={busy}>
              {t('interview.send_another')}
            </button>
            <button type="button" className="button block-mobile" onClick={() => setAsking(false)} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="form-actions">
          {reply?.answer !== 'confirmed' && (
            <button
              type="button"
              className="button primary block-mobile"
              onClick={() => answer({ answer: 'confirmed' })}
              disabled={busy}
            >
              {t('interview.confirm')}
            </button>
          )}
          <button type="button" className="button block-mobile" onClick={() => setAsking(true)} disabled={busy}>
            {t('interview.ask_another')}
          </button>
        </div>
      )}
    </section>
  );
}
