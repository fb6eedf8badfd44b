import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n, type Translate } from '../../i18n/i18n';
import { today } from '../../lib/format';
import { ACTIVITY_KINDS, kindKey, partnershipFieldErrors, type ActivityKind, type Partnership } from './partnerships';
import type { FieldErrors } from '../../lib/problem-text';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { SelectField, TextAreaField, TextField } from '../../ui/field';

interface Props {
  universityId: string;
  /** Fixed when adding from a partnership's page; otherwise the user may link one of `partnerships`. */
  partnershipId?: string;
  partnerships?: Partnership[];
  onAdded(): void;
  onCancel(): void;
}

/** Names are typed one per line or separated by 、 or commas, the way people list delegations. */
function splitNames(text: string): string[] {
  return text
    .split(/[\n,，、;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function activityFieldErrors(error: unknown, t: Translate): FieldErrors {
  const fields = partnershipFieldErrors(error, t);
  // Participants are one text box here, so an error on any one name belongs to it.
  const participantError = Object.entries(fields).find(([path]) => path.startsWith('participants'))?.[1];
  return { ...fields, ...(participantError ? { participants: participantError } : {}) };
}

export function ActivityForm({ universityId, partnershipId, partnerships, onAdded, onCancel }: Props) {
  const { t } = useI18n();
  const [kind, setKind] = useState<ActivityKind>('inbound_visit');
  const [on, setOn] = useState(today());
  const [title, setTitle] = useState('');
  const [participants, setParticipants] = useState('');
  const [outcome, setOutcome] = useState('');
  const [linked, setLinked] = useState(partnershipId ?? '');
  const { errors, failure, busy, reject, send } = useFormSubmit({ fieldErrors: activityFieldErrors });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = [!on && 'on', !title.trim() && 'title'].filter((x): x is string => Boolean(x));
    if (missing.length) return reject(missing);
    await send(async () => {
      await unwrap(
        api.POST('/v1/universities/{universityId}/activities', {
          params: { path: { universityId } },
          body: {
            kind,
            on,
            title: title.trim(),
            participants: splitNames(participants),
            ...(outcome.trim() ? { outcome: outcome.trim() } : {}),
            ...(linked ? { partnershipId: linked } : {}),
          },
        }),
      );
      onAdded();
    });
  };

  return (
    <form className="activity-form panel-inset" onSubmit={submit} noValidate aria-labelledby="activity-form-title">
      <h3 id="activity-form-title">{t('activity.add_title')}</h3>
      {failure && (
        <Alert tone="error" focus>
          {failure}
        </Alert>
      )}
      <div className="grid-2">
        <SelectField
          id="activity-kind"
          label={t('activity.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as ActivityKind)}
          required
        >
          {ACTIVITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(kindKey(k))}
            </option>
          ))}
        </SelectField>
        <TextField
          id="activity-on"
          type="date"
          label={t('activity.on')}
          value={on}
          onChange={(e) => setOn(e.target.value)}
          error={errors.on}
          max={today()}
          required
        />
      </div>
      {!partnershipId && partnerships && partnerships.length > 0 && (
        <SelectField
          id="activity-partnership"
          label={t('activity.partnership')}
          value={linked}
          onChange={(e) => setLinked(e.target.value)}
          error={errors.partnershipId}
        >
          <option value="">{t('activity.no_partnership')}</option>
          {partnerships.map((p) => (
            <option key={p.partnershipId} value={p.partnershipId}>
              {p.title}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        id="activity-title"
        label={t('activity.title')}
        placeholder={t('activity.title_placeholder')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        maxLength={200}
        required
      />
      <TextAreaField
        id="activity-participants"
        label={t('activity.participants')}
        hint={t('activity.participants_hint')}
        value={participants}
        onChange={(e) => setParticipants(e.target.value)}
        error={errors.participants}
      />
      <TextAreaField
        id="activity-outcome"
        label={t('activity.outcome')}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value)}
        error={errors.outcome}
        maxLength={2000}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.saving') : t('activity.submit')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
