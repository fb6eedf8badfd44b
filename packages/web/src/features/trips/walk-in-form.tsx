import { useRef, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useI18n } from '../../i18n/i18n';
import { problemText, type FieldErrors } from '../../lib/problem-text';
import {
  emptyRegistration,
  missingRegistrationFields,
  registrationFieldErrors,
  toRegistrationInput,
  type RegistrationDraft,
} from './registration-draft';
import { idempotencyKey } from '../../lib/idempotency';
import { Alert } from '../../ui/feedback';
import { RegistrationFields } from './registration-fields';

/** Someone who turns up without registering: registered and checked in in one step. */
export function WalkInForm({ eventId, onDone }: { eventId: string; onDone(name: string): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<RegistrationDraft>(() => emptyRegistration());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const key = useRef(idempotencyKey());
  const set = <K extends keyof RegistrationDraft>(field: K, value: RegistrationDraft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = missingRegistrationFields(draft, t);
    if (Object.keys(local).length) {
      setErrors(local);
      setFailure(t('reg.error.fix_fields'));
      return;
    }
    setErrors({});
    setFailure(undefined);
    setBusy(true);
    try {
      const registration = await unwrap(
        api.POST('/v1/events/{eventId}/walk-ins', {
          params: { path: { eventId }, header: { 'idempotency-key': key.current } },
          body: toRegistrationInput(draft),
        }),
      );
      key.current = idempotencyKey();
      setDraft(emptyRegistration());
      onDone(registration.name);
    } catch (error) {
      setErrors(registrationFieldErrors(error, t));
      setFailure(
        error instanceof ApiError && error.code === 'already_registered'
          ? t('checkin.walk_in_duplicate')
          : problemText(error, t),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="walk-in-form" onSubmit={submit} noValidate aria-labelledby="walk-in-title">
      {failure && (
        <Alert tone="error" focus>
          {failure}
        </Alert>
      )}
      <RegistrationFields draft={draft} set={set} errors={errors} prefix="walk-in-" />
      <div className="form-actions">
        <button type="submit" className="button primary block-mobile" disabled={busy}>
          {busy ? t('common.saving') : t('checkin.walk_in_submit')}
        </button>
      </div>
    </form>
  );
}
