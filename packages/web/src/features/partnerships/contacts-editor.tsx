import { useI18n } from '../../i18n/i18n';
import type { FieldErrors } from '../../lib/problem-text';
import { emptyContact, type ContactDraft } from './university-draft';
import { TextField } from '../../ui/field';

interface Props {
  contacts: ContactDraft[];
  onChange(contacts: ContactDraft[]): void;
  /** Keyed by API path, e.g. `contacts.1.phone`. */
  errors: FieldErrors;
  /** Without its own frame and visible legend, for a section whose heading already says "contacts". */
  bare?: boolean;
}

const MAX_CONTACTS = 20;

export function ContactsEditor({ contacts, onChange, errors, bare }: Props) {
  const { t } = useI18n();

  const update = (key: number, field: keyof Omit<ContactDraft, 'key'>, value: string) =>
    onChange(contacts.map((c) => (c.key === key ? { ...c, [field]: value } : c)));

  return (
    <fieldset className={bare ? 'contacts-editor bare' : 'contacts-editor'}>
      <legend className={bare ? 'visually-hidden' : undefined}>{t('contacts.title')}</legend>
      {contacts.length === 0 && <p className="muted">{t('contacts.none')}</p>}
      {contacts.map((contact, index) => {
        const id = (field: string) => `contact-${contact.key}-${field}`;
        const error = (field: string) => errors[`contacts.${index}.${field}`];
        const n = index + 1;
        // Non-organisers see phones masked (138****5678); the API keeps the number on file when the
        // mask comes back unchanged, but cannot restore every mask, so a refused one asks for the full
        // number. Any other refusal of a phone is its format, whatever words the API used.
        const masked = contact.phone.includes('*');
        const phoneError = error('phone') && t(masked ? 'field.phone_full' : 'field.phone');
        return (
          <fieldset key={contact.key} className="contact-row">
            <legend>{t('contacts.row', { n })}</legend>
            <div className="grid-2">
              <TextField
                id={id('name')}
                label={t('contacts.name')}
                value={contact.name}
                onChange={(e) => update(contact.key, 'name', e.target.value)}
                error={error('name')}
                autoComplete="off"
                required
              />
              <TextField
                id={id('title')}
                label={t('contacts.role')}
                value={contact.title}
                onChange={(e) => update(contact.key, 'title', e.target.value)}
                error={error('title')}
                autoComplete="off"
              />
              <TextField
                id={id('phone')}
                label={t('contacts.phone')}
                type="tel"
                inputMode="tel"
                value={contact.phone}
                onChange={(e) => update(contact.key, 'phone', e.target.value)}
                error={phoneError}
                hint={masked ? t('contacts.phone_masked') : undefined}
                autoComplete="off"
              />
              <TextField
                id={id('email')}
                label={t('contacts.email')}
                type="email"
                inputMode="email"
                value={contact.email}
                onChange={(e) => update(contact.key, 'email', e.target.value)}
                error={error('email')}
                autoComplete="off"
              />
            </div>
            <button
              type="button"
              className="button link danger"
              onClick={() => onChange(contacts.filter((c) => c.key !== contact.key))}
            >
              {t('contacts.remove', { n })}
            </button>
          </fieldset>
        );
      })}
      {errors.contacts && <p className="field-error">{errors.contacts}</p>}
      {contacts.length < MAX_CONTACTS && (
        <button type="button" className="button secondary" onClick={() => onChange([...contacts, emptyContact()])}>
          {t('contacts.add')}
        </button>
      )}
    </fieldset>
  );
}
