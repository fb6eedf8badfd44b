import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import type { InvitedUser } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import type { FieldErrors } from '../../lib/problem-text';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';
import { InvitationCode } from '../../ui/invitation-code';
import { ReviewerUnitField } from './reviewer-unit-field';

/**
 * The roles invited here, each with the record it is bound to. Coordinators belong to a university
 * and are invited from its page; mentors and interns come in through their own flows.
 */
const INVITED_ROLES = { organiser: null, reviewer: 'unitId', contact: null } as const;
type InvitedRole = keyof typeof INVITED_ROLES;
const isInvitedRole = (value: string): value is InvitedRole => value in INVITED_ROLES;

/** Invites a talent-office colleague, an employing unit's reviewer with its unit, or a leader or unit keeping in touch with people (contact). */
export function InviteUserForm() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitedRole>('organiser');
  const [unitId, setUnitId] = useState('');
  const [isAdmin, setIsAdmin] = useState(false);
  const { errors, failure, busy, reject, send } = useFormSubmit();
  const [invited, setInvited] = useState<InvitedUser>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!name.trim()) missing.name = t('field.required');
    if (!email.trim()) missing.email = t('field.required');
    if (INVITED_ROLES[role] === 'unitId' && !unitId) missing.unitId = t('field.required');
    if (Object.keys(missing).length) return reject(missing);
    await send(async () => {
      const result = await unwrap(
        api.POST('/v1/users', {
          body: {
            name: name.trim(),
            email: email.trim(),
            role,
            ...(role === 'organiser' ? { isAdmin } : {}),
            ...(INVITED_ROLES[role] === 'unitId' ? { unitId } : {}),
          },
        }),
      );
      setInvited(result);
      setName('');
      setEmail('');
      setIsAdmin(false);
      setUnitId('');
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
      <SelectField
        id="user-role"
        label={t('users.invite_role')}
        value={role}
        onChange={(e) => isInvitedRole(e.target.value) && setRole(e.target.value)}
        error={errors.role}
      >
        {Object.keys(INVITED_ROLES).map((r) => (
          <option key={r} value={r}>
            {t(`role.${r as InvitedRole}`)}
          </option>
        ))}
      </SelectField>
      {INVITED_ROLES[role] === 'unitId' && (
        <ReviewerUnitField value={unitId} error={errors.unitId} onChange={setUnitId} />
      )}
      {role === 'organiser' && (
        <label className="check">
          <input type="checkbox" checked={isAdmin} onChange={(e) => setIsAdmin(e.target.checked)} />
          {t('users.is_admin')}
        </label>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('common.saving') : t('users.invite_submit')}
      </button>
    </form>
  );
}
