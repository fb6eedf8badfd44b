import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useI18n } from '../../i18n/i18n';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { SelectField } from '../../ui/field';
import { useAccountsOf } from './care-accounts';
import type { TalentCare } from './care';
import { TierSelect } from './care-tier-select';

interface Props {
  outcomeId: string;
  /** The care read; none for a person not yet looked after. */
  care?: TalentCare;
  onSaved: (care: TalentCare) => void;
  /** Someone else changed the person meanwhile: the page says so and reads them again (the form starts anew). */
  onStale: () => void;
}

/**
 * The tier (of the policy in force), the service commissioner (an organiser) and the contact (a
 * `contact` account). Sends the version shown, so a change made meanwhile is reloaded, not overwritten.
 */
export function CareAssignForm({ outcomeId, care, onSaved, onStale }: Props) {
  const { t } = useI18n();
  const organisers = useAccountsOf('organiser');
  const contacts = useAccountsOf('contact');
  const [form, setForm] = useState({
    tier: care?.tier ?? '',
    commissionerId: care?.commissionerId ?? '',
    contactUserId: care?.contactUserId ?? '',
  });
  const [saved, setSaved] = useState(false);
  const { errors, failure, busy, reject, send } = useFormSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const missing = (['tier', 'commissionerId', 'contactUserId'] as const).filter((k) => !form[k]);
    if (missing.length) return reject(missing);
    let conflict = false;
    const result = await send(async () => {
      try {
        return await unwrap(
          api.PUT('/v1/talent-service/people/{outcomeId}', {
            params: { path: { outcomeId } },
            body: { ...form, version: care?.version ?? 0 },
          }),
        );
      } catch (error) {
        conflict = error instanceof ApiError && error.code === 'version_conflict';
        throw error;
      }
    });
    if (conflict) onStale();
    if (result) {
      setSaved(true);
      onSaved(result);
    }
  }

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });

  return (
    <form className="care-section" noValidate onSubmit={submit} aria-labelledby="care-assign-title">
      <h2 id="care-assign-title">{t('care.assign_title')}</h2>
      {failure && <Alert tone="error" title={failure} />}
      {saved && <Alert tone="success" title={t('care.assigned')} />}
      <TierSelect
        id="care-tier"
        value={form.tier}
        onChange={(tier) => setForm({ ...form, tier })}
        error={errors.tier}
      />
      <SelectField
        id="care-commissioner-id"
        label={t('care.commissioner')}
        value={form.commissionerId}
        onChange={set('commissionerId')}
        error={errors.commissionerId}
      >
        <option value="">—</option>
        {organisers.active.map((u) => (
          <option key={u.userId} value={u.userId}>
            {u.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="care-contact-id"
        label={t('care.contact')}
        value={form.contactUserId}
        onChange={set('contactUserId')}
        error={errors.contactUserId}
        hint={contacts.status === 'ready' && contacts.active.length === 0 ? t('care.no_contacts') : undefined}
      >
        <option value="">—</option>
        {contacts.active.map((u) => (
          <option key={u.userId} value={u.userId}>
            {u.name}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('common.saving') : t('care.assign_submit')}
      </button>
    </form>
  );
}
