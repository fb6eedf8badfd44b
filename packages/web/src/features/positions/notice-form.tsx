import { useState, type FormEvent, type ReactNode } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { type Translate, useI18n } from '../../i18n/i18n';
import { problemText } from '../../lib/problem-text';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useResource } from '../../lib/use-resource';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { TextAreaField, TextField } from '../../ui/field';
import { statusLabel } from './positions';

export interface NoticeDraft {
  title: string;
  body: string;
  slug: string;
  positionIds: string[];
}

interface Props {
  initial: NoticeDraft;
  /** The link's name is chosen once, when the notice is drafted, so a printed QR code keeps working. */
  creating: boolean;
  submitLabel: string;
  onSubmit(draft: NoticeDraft): Promise<void>;
  onCancel?(): void;
  notice?: ReactNode;
}

/** The positions a notice may list: those still open (drafts and published) and any it already lists. */
function PositionChooser({ chosen, onChange }: { chosen: string[]; onChange(ids: string[]): void }) {
  const { t } = useI18n();
  const positions = useResource(
    (signal) => unwrap(api.GET('/v1/positions', { params: { query: { limit: 100 } }, signal })),
    ['/v1/positions', 100],
  );
  if (positions.status === 'error') return <LoadError error={positions.error} onRetry={positions.reload} />;
  if (!positions.data) return <Loading />;
  const open = positions.data.items.filter(
    (p) => p.status === 'draft' || p.status === 'published' || chosen.includes(p.positionId),
  );
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id));
  return (
    <fieldset className="plain-group notice-positions">
      <legend>{t('jobs.choose_positions')}</legend>
      <p className="hint">{t('jobs.choose_positions_hint')}</p>
      {open.length === 0 ? (
        <Alert tone="info">{t('jobs.no_positions_to_choose')}</Alert>
      ) : (
        <ul className="plain-list choose-list">
          {open.map((p) => (
            <li key={p.positionId}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={chosen.includes(p.positionId)}
                  onChange={(e) => toggle(p.positionId, e.target.checked)}
                />
                <span>
                  {p.title} · {p.unitName} <span className="muted">({statusLabel(t, p.status)})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** A link name already taken says which field to change; anything else is the general sentence. */
const noticeProblem = (error: unknown, t: Translate) =>
  error instanceof ApiError && error.code === 'already_exists' ? t('jobs.slug_taken') : problemText(error, t);

export function NoticeForm({ initial, creating, submitLabel, onSubmit, onCancel, notice }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const { errors, failure, busy, reject, send } = useFormSubmit({ problem: noticeProblem });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = (['title', 'body'] as const).filter((key) => !draft[key].trim());
    if (missing.length) return reject(missing);
    await send(() => onSubmit(draft));
  };
  return (
    <form className="form notice-form" noValidate onSubmit={submit}>
      {notice}
      {failure && <Alert tone="error" title={failure} focus />}
      <TextField
        id="notice-title"
        label={t('jobs.notice_title')}
        required
        value={draft.title}
        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        error={errors.title}
      />
      <TextAreaField
        id="notice-body"
        label={t('jobs.notice_body')}
        required
        rows={6}
        value={draft.body}
        onChange={(e) => setDraft({ ...draft, body: e.target.value })}
        error={errors.body}
      />
      {creating && (
        <TextField
          id="notice-slug"
          label={t('jobs.notice_slug')}
          hint={t('jobs.notice_slug_hint')}
          maxLength={40}
          value={draft.slug}
          onChange={(e) => setDraft({ ...draft, slug: e.target.value.toLowerCase() })}
          error={errors.slug}
        />
      )}
      <PositionChooser chosen={draft.positionIds} onChange={(positionIds) => setDraft({ ...draft, positionIds })} />
      {errors.positionIds && <p className="field-error">{errors.positionIds}</p>}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
