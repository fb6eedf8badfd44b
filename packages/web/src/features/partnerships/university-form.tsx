import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { COMMON_TAGS, PROVINCES, tagLabel } from './regions';
import { useFormSubmit } from '../../lib/use-form-submit';
import { missingFields, type UniversityDraft } from './university-draft';
import { ContactsEditor } from './contacts-editor';
import { Alert } from '../../ui/feedback';
import { TextField } from '../../ui/field';

interface Props {
  initial: UniversityDraft;
  submitLabel: string;
  /** Throws the ApiError of a refused save; the form shows it beside the fields. */
  onSubmit(draft: UniversityDraft): Promise<void>;
  onCancel?(): void;
  /** Shown above the fields, e.g. why the form was just reloaded. */
  notice?: ReactNode;
}

export function UniversityForm({ initial, submitLabel, onSubmit, onCancel, notice }: Props) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState(initial);
  const { errors, failure, busy, reject, send } = useFormSubmit();

  const set = <K extends keyof UniversityDraft>(field: K, value: UniversityDraft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));

  // One message for the tag list, whichever tag the API complained about.
  const tagError = Object.entries(errors).find(([path]) => path === 'tags' || path.startsWith('tags.'))?.[1];

  const toggleTag = (tag: string, on: boolean) =>
    set('tags', on ? [...draft.tags, tag] : draft.tags.filter((x) => x !== tag));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = missingFields(draft);
    if (missing.length) return reject(missing);
    await send(() => onSubmit(draft));
  };

  return (
    <form className="university-form" onSubmit={submit} noValidate>
      {notice}
      {failure && (
        <Alert tone="error" focus>
          {failure}
        </Alert>
      )}
      <div className="grid-2">
        <TextField
          id="name"
          label={t('university.name')}
          value={draft.name}
          onChange={(e) => set('name', e.target.value)}
          error={errors.name}
          maxLength={60}
          autoComplete="off"
          required
        />
        <TextField
          id="nameEn"
          label={t('university.name_en')}
          value={draft.nameEn}
          onChange={(e) => set('nameEn', e.target.value)}
          error={errors.nameEn}
          maxLength={120}
          autoComplete="off"
          lang="en"
        />
        <TextField
          id="shortName"
          label={t('university.short_name')}
          value={draft.shortName}
          onChange={(e) => set('shortName', e.target.value)}
          error={errors.shortName}
          maxLength={20}
          autoComplete="off"
        />
        <TextField
          id="city"
          label={t('university.city')}
          value={draft.city}
          onChange={(e) => set('city', e.target.value)}
          error={errors.city}
          maxLength={30}
          autoComplete="off"
          required
        />
        <TextField
          id="province"
          label={t('university.province')}
          hint={t('university.province_hint')}
          list="province-options"
          value={draft.province}
          onChange={(e) => set('province', e.target.value)}
          error={errors.province}
          maxLength={30}
          autoComplete="off"
          required
        />
        <datalist id="province-options">
          {PROVINCES.map(([zh]) => (
            <option key={zh} value={zh} />
          ))}
        </datalist>
        <TextField
          id="country"
          label={t('university.country')}
          value={draft.country}
          onChange={(e) => set('country', e.target.value)}
          error={errors.country}
          maxLength={60}
          autoComplete="off"
        />
      </div>
      <fieldset className="tags-field">
        <legend>{t('university.tags')}</legend>
        <div className="checks">
          {COMMON_TAGS.map((tag) => (
            <label key={tag} className="check">
              <input
                type="checkbox"
                checked={draft.tags.includes(tag)}
                onChange={(e) => toggleTag(tag, e.target.checked)}
              />
              {tagLabel(tag, lang)}
            </label>
          ))}
        </div>
        <TextField
          id="otherTags"
          label={t('university.other_tags')}
          hint={t('university.other_tags_hint')}
          value={draft.otherTags}
          onChange={(e) => set('otherTags', e.target.value)}
          error={tagError}
          autoComplete="off"
        />
      </fieldset>
      <ContactsEditor contacts={draft.contacts} onChange={(contacts) => set('contacts', contacts)} errors={errors} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
