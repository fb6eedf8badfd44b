import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import type { InvitedUser } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import type { FieldErrors } from '../../lib/problem-text';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { InvitationCode } from '../../ui/invitation-code';

/** Invites a talent-office colleague. Coordinators are invited from their university's page instead. */
export function InviteUserForm() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [isAdmin, setIsAdmin] = useState(false);
  const { errors, failure, busy, reject, send } = useFormSubmit();
  const [invited, setInvited] = useState<InvitedUser>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!name.trim()) missing.name = t('field.required');
    if (!email.trim()) missing.email = t('field.required');
    if (Object.keys(missing).length) return reject(missing);
    await send(async () => {
      const result = await unwrap(
        api.POST('/v1/users', { body: { name: name.trim(), email: email.trim(), role: 'organiser', isAdmin } }),
      );
      setInvited(result);
      setName('');
      setEmail('');
      setIsAdmin(false);
    });
  };

  if (invited) return <InvitationCode invited={invited} onDone={() => setInvited(undefined)} />;

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <p className="hint">{t('users.invite_hint')}</p>
      {failure && <Alert tone="error">{failure}</Alert>}
      <div className="grid-2">
        <TextField
          id="user-name"
          label={t('users.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          autoComplete="off"
          required
        />
        <TextField
          id="user-email"
          label={t('users.email')}
          type="email"
          inputMode="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
          autoComplete="off"
          required
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={isAdmin} onChange={(e) => setIsAdmin(e.target.checked)} />
        {t('users.is_admin')}
      </label>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('common.saving') : t('users.invite_submit')}
      </button>
    </form>
  );
}
