import { useState, type FormEvent, type ReactNode } from 'react';
import type { University } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { missingFields, type PartnershipDraft } from './partnership-draft';
import { CREATE_STATUSES, PARTNERSHIP_TYPES, partnershipFieldErrors, statusKey, typeKey } from './partnerships';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { CommitmentsEditor, DocumentsEditor } from './partnership-lists-editor';

interface Props {
  initial: PartnershipDraft;
  /** Given when creating: the university picker and the starting status are shown only then. */
  universities?: University[];
  submitLabel: string;
  /** Throws the ApiError of a refused save; the form shows it beside the fields. */
  onSubmit(draft: PartnershipDraft): Promise<void>;
  onCancel?(): void;
  notice?: ReactNode;
}

export function PartnershipForm({ initial, universities, submitLabel, onSubmit, onCancel, notice }: Props) {
  const { t } = useI18n();
  const creating = universities !== undefined;
  const [draft, setDraft] = useState(initial);
  const { errors, failure, busy, reject, send } = useFormSubmit({ fieldErrors: partnershipFieldErrors });
  const set = <K extends keyof PartnershipDraft>(field: K, value: PartnershipDraft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));
  // Signed and active agreements are recorded with their dates; a prospect has none yet.
  const showDates = !creating || draft.status === 'signed' || draft.status === 'active';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = missingFields(draft, creating);
    if (creating && showDates && !draft.signedOn) missing.push('signedOn');
    if (missing.length) return reject(missing);
    await send(() => onSubmit(showDates ? draft : { ...draft, signedOn: '', expiresOn: '' }));
  };

  return (
    <form className="partnership-form" onSubmit={submit} noValidate>
      {notice}
      {failure && (
        <Alert tone="error" focus>
          {failure}
        </Alert>
      )}
      {creating && (
        <SelectField
          id="universityId"
          label={t('partnership.university')}
          value={draft.universityId}
          onChange={(e) => set('universityId', e.target.value)}
          error={errors.universityId}
          required
        >
          <option value="">{t('partnership.pick_university')}</option>
          {universities.map((u) => (
            <option key={u.universityId} value={u.universityId}>
              {u.name}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        id="title"
        label={t('partnership.title_label')}
        placeholder={t('partnership.title_placeholder')}
        value={draft.title}
        onChange={(e) => set('title', e.target.value)}
        error={errors.title}
        maxLength={120}
        autoComplete="off"
        required
      />
      <div className="grid-2">
        <SelectField
          id="type"
          label={t('partnership.type')}
          value={draft.type}
          onChange={(e) => set('type', e.target.value as PartnershipDraft['type'])}
          error={errors.type}
          required
        >
          <option value="">{t('partnership.pick_type')}</option>
          {PARTNERSHIP_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(typeKey(type))}
            </option>
          ))}
        </SelectField>
        {creating && (
          <SelectField
            id="status"
            label={t('partnership.status')}
            hint={t('partnership.status_hint')}
            value={draft.status}
            onChange={(e) => set('status', e.target.value as PartnershipDraft['status'])}
            error={errors.status}
          >
            {CREATE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(statusKey(s))}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      {showDates && (
        <div className="grid-2">
          <TextField
            id="signedOn"
            type="date"
            label={t('partnership.signed_on')}
            value={draft.signedOn}
            onChange={(e) => set('signedOn', e.target.value)}
            error={errors.signedOn}
            required={creating}
          />
          <TextField
            id="expiresOn"
            type="date"
            label={t('partnership.expires_on')}
            value={draft.expiresOn}
            onChange={(e) => set('expiresOn', e.target.value)}
            error={errors.expiresOn}
          />
        </div>
      )}
      <TextField
        id="ownerDepartment"
        label={t('partnership.owner_department')}
        placeholder={t('partnership.owner_department_placeholder')}
        value={draft.ownerDepartment}
        onChange={(e) => set('ownerDepartment', e.target.value)}
        error={errors.ownerDepartment}
        maxLength={60}
      />
      <CommitmentsEditor value={draft.commitments} onChange={(v) => set('commitments', v)} errors={errors} />
      <DocumentsEditor value={draft.documents} onChange={(v) => set('documents', v)} errors={errors} />
      <TextAreaField
        id="notes"
        label={t('partnership.notes')}
        value={draft.notes}
        onChange={(e) => set('notes', e.target.value)}
        error={errors.notes}
        maxLength={2000}
      />
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
