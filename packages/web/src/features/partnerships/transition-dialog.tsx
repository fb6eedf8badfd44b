import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { today } from '../../lib/format';
import {
  partnershipFieldErrors,
  statusKey,
  transition,
  TransitionRefused,
  type Partnership,
  type PartnershipStatus,
} from './partnerships';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { TextAreaField, TextField } from '../../ui/field';

interface Props {
  partnership: Partnership;
  to: PartnershipStatus;
  onDone(next: Partnership): void;
  /** The move was refused as invalid (someone moved it first); the page reloads to the real state. */
  onRefused(allowed: PartnershipStatus[]): void;
  onClose(): void;
}

/** Asks when the move happened and why, as a modal so the rest of the page cannot change meanwhile. */
export function TransitionDialog({ partnership, to, onDone, onRefused, onClose }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [on, setOn] = useState(today());
  const [note, setNote] = useState('');
  const { errors, failure, busy, send } = useFormSubmit({ fieldErrors: partnershipFieldErrors });

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await send(async () => {
      try {
        onDone(
          await transition(partnership.partnershipId, {
            to,
            ...(on ? { on } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
          }),
        );
      } catch (error) {
        // Someone moved it first: the page reloads to the real state rather than showing a refusal here.
        if (error instanceof TransitionRefused) return onRefused(error.allowed);
        throw error;
      }
    });
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="transition-title" onCancel={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id="transition-title">
          {t('transition.title', { from: t(statusKey(partnership.status)), to: t(statusKey(to)) })}
        </h2>
        {failure && (
          <Alert tone="error" focus>
            {failure}
          </Alert>
        )}
        <TextField
          id="transition-on"
          type="date"
          label={t('transition.on')}
          hint={t('transition.on_hint')}
          value={on}
          onChange={(e) => setOn(e.target.value)}
          error={errors.on}
        />
        <TextAreaField
          id="transition-note"
          label={t('transition.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.note}
          maxLength={1000}
        />
        <div className="form-actions">
          <button type="submit" className={to === 'terminated' ? 'button danger' : 'button primary'} disabled={busy}>
            {busy ? t('common.saving') : t('transition.confirm', { to: t(statusKey(to)) })}
          </button>
          <button type="button" className="button secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
