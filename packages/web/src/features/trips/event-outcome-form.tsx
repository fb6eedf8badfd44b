import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { TripEvent } from './trips';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { SelectField, TextAreaField } from '../../ui/field';

const STATUSES: TripEvent['status'][] = ['scheduled', 'held', 'cancelled'];
export const eventStatusKey = (status: string) => `event.status.${status}` as MessageKey;

interface Props {
  event: TripEvent;
  onSaved(event: TripEvent): void;
  onCancel(): void;
}

/**
 * Whether the event took place and what came of it. Marking it held is what counts it in the trip
 * report and the university's outcomes, so this is saved against the version read like any edit.
 */
export function EventOutcomeForm({ event, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const [current, setCurrent] = useState(event);
  const [status, setStatus] = useState(event.status);
  const [notes, setNotes] = useState(event.outcomeNotes ?? '');
  const { errors, failure, busy, send } = useFormSubmit();
  const [conflict, setConflict] = useState(false);
  const id = (name: string) => `outcome-${event.eventId}-${name}`;
  const path = { params: { path: { eventId: event.eventId } } };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await send(async () => {
      try {
        onSaved(
          await unwrap(
            api.PATCH('/v1/events/{eventId}', {
              ...path,
              body: { version: current.version, status, outcomeNotes: notes.trim() },
            }),
          ),
        );
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'version_conflict')) throw error;
        // Someone saved first: show what they saved and let the user decide again on top of it.
        const latest = await unwrap(api.GET('/v1/events/{eventId}', path));
        setCurrent(latest);
        setStatus(latest.status);
        setNotes(latest.outcomeNotes ?? '');
        setConflict(true);
      }
    });
  };

  return (
    <form
      className="event-outcome-form"
      onSubmit={submit}
      noValidate
      aria-label={t('event.outcome_title', { title: event.title })}
    >
      {conflict && (
        <Alert tone="warning" focus>
          {t('event.outcome_conflict')}
        </Alert>
      )}
      {failure && (
        <Alert tone="error" focus>
          {failure}
        </Alert>
      )}
      <SelectField
        id={id('status')}
        label={t('event.status')}
        value={status}
        onChange={(e) => setStatus(e.target.value as TripEvent['status'])}
        error={errors.status}
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(eventStatusKey(s))}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={id('notes')}
        label={t('event.outcome_notes')}
        hint={t('event.outcome_notes_hint')}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={errors.outcomeNotes}
        maxLength={4000}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
