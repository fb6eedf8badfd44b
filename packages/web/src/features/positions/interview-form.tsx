import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { dateIn, TIME_ZONE, timeIn } from '../../lib/format';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import type { Application, Interview, InterviewInput } from './applications-shared';

interface Draft {
  date: string;
  time: string;
  duration: string;
  mode: 'in_person' | 'online';
  place: string;
  onlineUrl: string;
  panel: Array<{ name: string; email: string }>;
}

const draftOf = (interview?: Interview): Draft => ({
  date: interview ? dateIn(interview.startsAt, TIME_ZONE) : '',
  time: interview ? timeIn(interview.startsAt, TIME_ZONE) : '',
  duration: String(interview?.durationMinutes ?? 30),
  mode: interview?.onlineUrl ? 'online' : 'in_person',
  place: interview?.place ?? '',
  onlineUrl: interview?.onlineUrl ?? '',
  panel: interview?.panel.map(({ name, email }) => ({ name, email })) ?? [{ name: '', email: '' }],
});

/** The office works on Beijing time, whatever the laptop's clock is set to: the time typed is sent with +08:00. */
const inputOf = (d: Draft, version: number): InterviewInput => ({
  version,
  startsAt: `${d.date}T${d.time}:00+08:00`,
  durationMinutes: Number(d.duration),
  ...(d.mode === 'online' ? { onlineUrl: d.onlineUrl.trim() } : { place: d.place.trim() }),
  panel: d.panel.map((m) => ({ name: m.name.trim(), email: m.email.trim() })),
});

/** Schedules or reschedules an application's interview: when (Beijing time), in person or online, and the panel. */
export function InterviewForm({
  application,
  onSubmit,
  onCancel,
}: {
  application: Application;
  onSubmit: (input: InterviewInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(() => draftOf(application.interview));
  const { errors, failure, busy, send } = useFormSubmit();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setMember = (i: number, patch: Partial<Draft['panel'][number]>) =>
    set({ panel: draft.panel.map((m, j) => (j === i ? { ...m, ...patch } : m)) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await send(() => onSubmit(inputOf(draft, application.version)));
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="schedule-title">
      <h3 id="schedule-title">{application.interview ? t('screening.reschedule') : t('screening.schedule')}</h3>
      <p className="hint">{t('screening.schedule_hint')}</p>
      {/* A refusal about the fields is said beside them; only any other one above the form. */}
      {failure && Object.keys(errors).length === 0 && <Alert tone="error">{failure}</Alert>}
      <div className="interview-when">
        <TextField
          id="interview-date"
          type="date"
          label={t('screening.date')}
          required
          value={draft.date}
          onChange={(e) => set({ date: e.target.value })}
          error={errors.startsAt}
        />
        <TextField
          id="interview-time"
          type="time"
          label={t('screening.time')}
          required
          value={draft.time}
          onChange={(e) => set({ time: e.target.value })}
        />
        <TextField
          id="interview-duration"
          type="number"
          min={10}
          max={480}
          step={5}
          label={t('screening.duration')}
          required
          value={draft.duration}
          onChange={(e) => set({ duration: e.target.value })}
          error={errors.durationMinutes}
        />
      </div>
      <fieldset className="plain-group choice-row">
        <legend>{t('screening.mode')}</legend>
        {(['in_person', 'online'] as const).map((mode) => (
          <label key={mode} className="choice">
            <input type="radio" name="interview-mode" checked={draft.mode === mode} onChange={() => set({ mode })} />
            {t(mode === 'online' ? 'screening.mode_online' : 'screening.mode_in_person')}
          </label>
        ))}
      </fieldset>
      {draft.mode === 'online' ? (
        <TextField
          id="interview-url"
          type="url"
          label={t('screening.online_url')}
          required
          value={draft.onlineUrl}
          onChange={(e) => set({ onlineUrl: e.target.value })}
          error={errors.onlineUrl ?? errors.place}
        />
      ) : (
        <TextField
          id="interview-place"
          label={t('screening.place')}
          required
          value={draft.place}
          onChange={(e) => set({ place: e.target.value })}
          error={errors.place}
        />
      )}
      <fieldset className="plain-group">
        <legend>{t('screening.panel')}</legend>
        {errors.panel && <p className="field-error">{errors.panel}</p>}
        {draft.panel.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a row is its place in the panel; rows have no id of their own
          <div key={i} className="panel-member">
            <TextField
              id={`panel-${i}-name`}
              label={t('screening.panel_name', { n: i + 1 })}
              required
              value={m.name}
              onChange={(e) => setMember(i, { name: e.target.value })}
              error={errors[`panel.${i}.name`]}
            />
            <TextField
              id={`panel-${i}-email`}
              type="email"
              label={t('screening.panel_email', { n: i + 1 })}
              required
              value={m.email}
              onChange={(e) => setMember(i, { email: e.target.value })}
              error={errors[`panel.${i}.email`]}
            />
            {draft.panel.length > 1 && (
              <button
                type="button"
                className="button secondary"
                onClick={() => set({ panel: draft.panel.filter((_, j) => j !== i) })}
              >
                {t('screening.panel_remove', { n: i + 1 })}
              </button>
            )}
          </div>
        ))}
        {draft.panel.length < 8 && (
          <button
            type="button"
            className="button secondary"
            onClick={() => set({ panel: [...draft.panel, { name: '', email: '' }] })}
          >
            {t('screening.panel_add')}
          </button>
        )}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('screening.save_schedule')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
