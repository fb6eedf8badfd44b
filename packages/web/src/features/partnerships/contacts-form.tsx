import { useState, type FormEvent, type ReactNode } from 'react';
import type { Contact } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { contactDrafts, toContacts } from './university-draft';
import { useFormSubmit } from '../../lib/use-form-submit';
import { ContactsEditor } from './contacts-editor';
import { Alert } from '../../ui/feedback';

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
  const { errors, failure, busy, reject, send } = useFormSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = drafts.flatMap((d, i) => (d.name.trim() ? [] : [`contacts.${i}.name`]));
    if (missing.length) return reject(missing);
    await send(() => onSubmit(toContacts(drafts)));
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
