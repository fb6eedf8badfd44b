import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useUser } from '../../auth/session';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { SelectField, TextAreaField } from '../../ui/field';
import { LoadMore } from '../../ui/load-more';
import { useI18n } from '../../i18n/i18n';
import { logsProblemText, type Evaluation } from './logs-stipends';
import { useFormSubmit } from '../../lib/use-form-submit';
import { usePagedList, useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './logs.css';

const CRITERIA = ['competence', 'attitude', 'teamwork', 'innovation'] as const;
type Criterion = (typeof CRITERIA)[number];

/** The mentor's final evaluation of each mentee: four scores of 1–5 and a comment. */
export default function EvaluationsPage() {
  const { t } = useI18n();
  const user = useUser();
  useTitle(t('evaluation.title'));
  const mentorId = user.mentorId ?? '';
  const mentees = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/mentors/{mentorId}/mentees', {
          params: { path: { mentorId }, query: { limit: 50, cursor } },
          signal,
        }),
      ),
    ['/v1/mentors/{mentorId}/mentees', mentorId],
  );
  return (
    <section className="page narrow" aria-labelledby="evaluation-title">
      <h1 id="evaluation-title">{t('evaluation.title')}</h1>
      {mentees.status === 'loading' && <Loading />}
      {mentees.status === 'error' && <LoadError error={mentees.error} onRetry={mentees.reload} />}
      {mentees.status === 'ready' && (
        <>
          {mentees.items.length === 0 && <p className="result-count">{t('evaluation.none')}</p>}
          <div className="row-list">
            {mentees.items.map((m) => (
              <MenteeEvaluation key={m.registrationId} registrationId={m.registrationId} name={m.internName} />
            ))}
          </div>
          <LoadMore list={mentees} />
        </>
      )}
    </section>
  );
}

function MenteeEvaluation({ registrationId, name }: { registrationId: string; name: string }) {
  const existing = useResource(
    (signal) =>
      unwrap(api.GET('/v1/interns/{registrationId}/evaluation', { params: { path: { registrationId } }, signal })),
    ['/v1/interns/{registrationId}/evaluation', registrationId],
  );
  return (
    <article className="week-card" aria-label={name}>
      <h2>{name}</h2>
      {existing.status === 'loading' && <Loading />}
      {existing.status === 'error' && <LoadError error={existing.error} onRetry={existing.reload} />}
      {existing.status === 'ready' && (
        <EvaluationForm registrationId={registrationId} evaluation={existing.data} onSaved={existing.setData} />
      )}
    </article>
  );
}

function EvaluationForm({
  registrationId,
  evaluation,
  onSaved,
}: {
  registrationId: string;
  evaluation: Evaluation | null;
  onSaved: (e: Evaluation) => void;
}) {
  const { t } = useI18n();
  // No score until the mentor picks one: a preset 4 would be saved for criteria nobody looked at.
  const [scores, setScores] = useState<Record<Criterion, number | undefined>>({
    competence: evaluation?.competence,
    attitude: evaluation?.attitude,
    teamwork: evaluation?.teamwork,
    innovation: evaluation?.innovation,
  });
  const [comment, setComment] = useState(evaluation?.comment ?? '');
  const { errors, failure, busy, reject, send } = useFormSubmit({ problem: logsProblemText });
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const { competence, attitude, teamwork, innovation } = scores;
    if (competence === undefined || attitude === undefined || teamwork === undefined || innovation === undefined) {
      reject(CRITERIA.filter((c) => scores[c] === undefined));
      return;
    }
    const given = { competence, attitude, teamwork, innovation };
    await send(async () => {
      const path = { params: { path: { registrationId } } };
      const saved = evaluation
        ? await unwrap(
            api.PATCH('/v1/interns/{registrationId}/evaluation', {
              ...path,
              body: { version: evaluation.version, ...given, comment },
            }),
          )
        : await unwrap(api.POST('/v1/interns/{registrationId}/evaluation', { ...path, body: { ...given, comment } }));
      onSaved(saved);
      setDone(true);
    });
  };

  return (
    <form className="log-form" onSubmit={submit} noValidate>
      {failure && <Alert tone="error">{failure}</Alert>}
      {done && <Alert tone="success">{t('evaluation.saved')}</Alert>}
      <div className="score-grid">
        {CRITERIA.map((c) => (
          <SelectField
            key={c}
            id={`${c}-${registrationId}`}
            label={t(`evaluation.${c}`)}
            value={scores[c] ?? ''}
            onChange={(e) => setScores({ ...scores, [c]: e.target.value ? Number(e.target.value) : undefined })}
            error={errors[c]}
            required
          >
            <option value="">{t('evaluation.choose')}</option>
            {[5, 4, 3, 2, 1].map((s) => (
              <option key={s} value={s}>
                {t('evaluation.score', { score: s })}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      <TextAreaField
        id={`comment-${registrationId}`}
        label={t('evaluation.comment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        error={errors.comment}
        maxLength={2000}
        required
      />
      <button type="submit" className="button primary" disabled={busy}>
        {t('evaluation.save')}
      </button>
    </form>
  );
}
