import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import type { InvitedUser } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import type { HostUnit } from './placements';
import type { FieldErrors } from '../../lib/problem-text';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';
import { InvitationCode } from '../../ui/invitation-code';

/**
 * Adds a mentor and shows their one-time invitation code. With `hostUnitId` the unit is fixed;
 * otherwise `units` are offered along with "independent expert".
 */
export function MentorForm({ hostUnitId, units }: { hostUnitId?: string; units?: HostUnit[] }) {
  const { t } = useI18n();
  const empty = { unit: hostUnitId ?? '', name: '', title: '', phone: '', email: '', expertise: '', max: '3' };
  const [draft, setDraft] = useState(empty);
  const { errors, failure, busy, reject, send } = useFormSubmit();
  const [invited, setInvited] = useState<InvitedUser>();
  const set = (key: keyof typeof empty) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    for (const key of ['name', 'title', 'phone', 'email'] as const)
      if (!draft[key].trim()) missing[key] = t('field.required');
    if (!/^\d+$/.test(draft.max)) missing.maxMentees = t('field.required');
    if (Object.keys(missing).length) return reject(missing);
    await send(async () => {
      const created = await unwrap(
        api.POST('/v1/mentors', {
          body: {
            ...(draft.unit ? { hostUnitId: draft.unit } : {}),
            name: draft.name.trim(),
            title: draft.title.trim(),
            phone: draft.phone.trim(),
            email: draft.email.trim(),
            ...(draft.expertise.trim() ? { expertise: draft.expertise.trim() } : {}),
            maxMentees: Number(draft.max),
          },
        }),
      );
      // The invitation box shows a name, an email and the code; a mentor's account has all three.
      setInvited({
        invitationCode: created.invitationCode,
        user: { name: created.mentor.name, email: created.mentor.email },
      } as InvitedUser);
      setDraft(empty);
    });
  };

  if (invited) return <InvitationCode invited={invited} onDone={() => setInvited(undefined)} />;

  const idp = hostUnitId ? `mnt-${hostUnitId}` : 'mnt';
  return (
    <form className="form" noValidate onSubmit={submit}>
      {failure && <Alert tone="error" title={failure} focus />}
      {!hostUnitId && (
        <SelectField
          id={`${idp}-unit`}
          label={t('mnt.unit')}
          value={draft.unit}
          onChange={set('unit')}
          error={errors.hostUnitId}
        >
          <option value="">{t('mnt.independent')}</option>
          {(units ?? []).map((u) => (
            <option key={u.hostUnitId} value={u.hostUnitId}>
              {u.name}
            </option>
          ))}
        </SelectField>
      )}
      <div className="field-row">
        <TextField
          id={`${idp}-name`}
          label={t('mnt.name')}
          required
          value={draft.name}
          onChange={set('name')}
          error={errors.name}
        />
        <TextField
          id={`${idp}-title`}
          label={t('mnt.title_label')}
          required
          value={draft.title}
          onChange={set('title')}
          error={errors.title}
        />
        <TextField
          id={`${idp}-phone`}
          label={t('mnt.phone')}
          required
          type="tel"
          inputMode="tel"
          value={draft.phone}
          onChange={set('phone')}
          error={errors.phone}
        />
        <TextField
          id={`${idp}-email`}
          label={t('mnt.email')}
          required
          type="email"
          value={draft.email}
          onChange={set('email')}
          error={errors.email}
        />
        <TextField
          id={`${idp}-expertise`}
          label={t('mnt.expertise')}
          value={draft.expertise}
          onChange={set('expertise')}
          error={errors.expertise}
        />
        <TextField
          id={`${idp}-max`}
          label={t('mnt.max')}
          required
          inputMode="numeric"
          value={draft.max}
          onChange={set('max')}
          error={errors.maxMentees}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('mnt.create')}
        </button>
      </div>
    </form>
  );
}
