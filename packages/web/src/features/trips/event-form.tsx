import { useState, type FormEvent } from 'react';
import type { University } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import type { FieldErrors } from '../../lib/problem-text';
import { beijingIso, EVENT_KINDS, kindKey, type EventKind } from './trips';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';

export interface EventInput {
  stopId: string;
  universityId: string;
  kind: EventKind;
  title: string;
  venue: string;
  startsAt: string;
  capacity: number;
}

interface Props {
  stopId: string;
  /** The universities this stop visits; an event takes place at one of them. */
  universities: University[];
  onSubmit(input: EventInput): Promise<void>;
  onCancel(): void;
}

export function EventForm({ stopId, universities, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [kind, setKind] = useState<EventKind | ''>('');
  const [title, setTitle] = useState('');
  const [venue, setVenue] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [capacity, setCapacity] = useState('');
  const [universityId, setUniversityId] = useState(universities.length === 1 ? universities[0]!.universityId : '');
  const { errors, failure, busy, reject, send } = useFormSubmit();
  const id = (name: string) => `event-${stopId}-${name}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    const values: Record<string, string> = { kind, title, venue, startsAt, capacity, universityId };
    for (const [path, value] of Object.entries(values)) if (!value.trim()) local[path] = t('field.required');
    if (capacity && !/^\d+$/.test(capacity)) local.capacity = t('event.field.capacity');
    if (Object.keys(local).length) return reject(local);
    await send(() =>
      onSubmit({
        stopId,
        universityId,
        kind: kind as EventKind,
        title: title.trim(),
        venue: venue.trim(),
        startsAt: beijingIso(startsAt),
        capacity: Number(capacity),
      }),
    );
  };

  return (
    <form className="event-form panel-inset" onSubmit={submit} noValidate aria-label={t('event.new_title')}>
      {failure && (
        <Alert tone="error" focus>
          {failure}
        </Alert>
      )}
      <div className="grid-2">
        <SelectField
          id={id('kind')}
          label={t('event.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as EventKind)}
          error={errors.kind}
          required
        >
          <option value="">{t('event.pick_kind')}</option>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(kindKey(k))}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={id('university')}
          label={t('event.university')}
          value={universityId}
          onChange={(e) => setUniversityId(e.target.value)}
          error={errors.universityId}
          required
        >
          <option value="">{t('event.pick_university')}</option>
          {universities.map((u) => (
            <option key={u.universityId} value={u.universityId}>
              {u.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        id={id('title')}
        label={t('event.title_label')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        maxLength={120}
        autoComplete="off"
        required
      />
      <TextField
        id={id('venue')}
        label={t('event.venue')}
        value={venue}
        onChange={(e) => setVenue(e.target.value)}
        error={errors.venue}
        maxLength={200}
        autoComplete="off"
        required
      />
      <div className="grid-2">
        <TextField
          id={id('startsAt')}
          type="datetime-local"
          label={t('event.starts_at')}
          hint={t('event.starts_at_hint')}
          value={startsAt}
          onChange={(e) => setStartsAt(e.target.value)}
          error={errors.startsAt}
          required
        />
        <TextField
          id={id('capacity')}
          type="number"
          inputMode="numeric"
          min={0}
          label={t('event.capacity')}
          value={capacity}
          onChange={(e) => setCapacity(e.target.value)}
          error={errors.capacity}
          required
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.saving') : t('event.create')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
