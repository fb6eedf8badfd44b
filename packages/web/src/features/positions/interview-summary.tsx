import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import type { Interview } from './applications-shared';

type TimePlace = Pick<Interview, 'startsAt' | 'durationMinutes' | 'place' | 'onlineUrl'>;

/** When (Beijing time, with its length) and where or at which link: the rows organisers and the applicant both read. */
export function InterviewTimePlace({ interview, whereLabel }: { interview: TimePlace; whereLabel: string }) {
  const { t, lang } = useI18n();
  return (
    <>
      <div>
        <dt>{t('screening.when')}</dt>
        <dd>
          {t('screening.when_value', {
            time: formatDateTime(interview.startsAt, lang),
            minutes: interview.durationMinutes,
          })}
        </dd>
      </div>
      <div>
        <dt>{whereLabel}</dt>
        <dd className="cv-link">
          {interview.onlineUrl ? (
            <a href={interview.onlineUrl} rel="noreferrer" target="_blank">
              {interview.onlineUrl}
            </a>
          ) : (
            interview.place
          )}
        </dd>
      </div>
    </>
  );
}

/** The interview as organisers read it: when in Beijing time, where, who sits on it, and the applicant's answer. */
export function InterviewSummary({ interview }: { interview: Interview }) {
  const { t, lang } = useI18n();
  const reply = interview.reply;
  return (
    <>
      <p className="hint">{t('screening.revision', { n: interview.revision })}</p>
      <dl className="facts">
        <InterviewTimePlace interview={interview} whereLabel={t('screening.where')} />
        <div>
          <dt>{t('screening.panel')}</dt>
          <dd>{interview.panel.map((m) => `${m.name} <${m.email}>`).join('; ')}</dd>
        </div>
        <div>
          <dt>{t('screening.reply')}</dt>
          <dd data-testid="interview-reply">
            {!reply
              ? t('screening.reply_none')
              : reply.answer === 'confirmed'
                ? t('screening.reply_confirmed', { time: formatDateTime(reply.at, lang) })
                : t('screening.reply_another_time', { time: formatDateTime(reply.at, lang), note: reply.note ?? '' })}
          </dd>
        </div>
      </dl>
    </>
  );
}
