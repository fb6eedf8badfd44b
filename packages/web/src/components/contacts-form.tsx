import { useState, type FormEvent, type ReactNode } from 'react';
import type { Contact } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { fieldErrorsOf, problemText, type FieldErrors } from '../lib/problem-text';
import { contactDrafts, toContacts } from '../lib/university-draft';
import { ContactsEditor } from './contacts-editor';
import { Alert } from './feedback';

interface Props {
  initial: Contact[];
  onSubmit(contacts: Contact[]): Promise<void>;
  onCancel(): void;
  notice?: ReactNode;
}

/** Contacts alone: what a coordinator may change on their own university. */
export function ContactsForm({ initial, onSubmit, onCancel, notice }: Props) {
  const { t } = useI18n();
  const [drafts, setDrafts] = useState(() => contactDrafts(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = drafts.flatMap((d, i) => (d.name.trim() ? [] : [`contacts.${i}.name`]));
    if (missing.length) {
      setErrors(Object.fromEntries(missing.map((path) => [path, t('field.required')])));
      setFailure(t('error.validation_failed'));
      return;
    }
    setErrors({});
    setFailure(undefined);
    setBusy(true);
    try {
      await onSubmit(toContacts(drafts));
    } catch (error) {
      setErrors(fieldErrorsOf(error, t));
      setFailure(problemText(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {notice}
      {failure && (
        <Alert tone="error" focus>
          {failure}
        </Alert>
      )}
      <ContactsEditor contacts={drafts} onChange={setDrafts} errors={errors} bare />
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
