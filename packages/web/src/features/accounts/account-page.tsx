import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useSession, useUser } from '../../auth/session';
import { Alert } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { NewPasswordFields } from './new-password-fields';
import { NotificationPreferences } from './notification-preferences';
import { useI18n } from '../../i18n/i18n';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useTitle } from '../../lib/use-title';
import { MIN_PASSWORD } from './activate-page';

/** The signed-in person's own account: a new password, and ending every session (a lost phone). */
export default function AccountPage() {
  const { t } = useI18n();
  const user = useUser();
  const { signIn, signOut } = useSession();
  const navigate = useNavigate();
  useTitle(t('account.title'));
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [changed, setChanged] = useState(false);
  const form = useFormSubmit();
  const everywhere = useFormSubmit();

  const onChange = async (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    const problems: Record<string, string> = {};
    if (!current) problems.currentPassword = t('field.required');
    if (next.length < MIN_PASSWORD) problems.newPassword = t('field.password_short');
    if (confirm !== next) problems.confirm = t('activate.mismatch');
    if (Object.keys(problems).length) return form.reject(problems);
    const session = await form.send(() =>
      unwrap(api.POST('/v1/me/password', { body: { currentPassword: current, newPassword: next } })),
    );
    if (!session) return;
    // The old token stopped working with the change; this device carries on with the fresh one.
    signIn(session);
    setCurrent('');
    setNext('');
    setConfirm('');
    setChanged(true);
  };

  const onSignOutEverywhere = async () => {
    const done = await everywhere.send(async () => {
      await unwrap(api.POST('/v1/me/sign-out-everywhere'));
      return true;
    });
    if (!done) return;
    signOut();
    navigate('/login', { replace: true });
  };

  return (
    <section className="page" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      <p className="muted">
        {user.name} · {user.email}
      </p>
      <form className="panel" onSubmit={onChange} noValidate aria-labelledby="password-title">
        <h2 id="password-title">{t('account.password_title')}</h2>
        {changed && <Alert tone="success">{t('account.changed')}</Alert>}
        {form.failure && <Alert tone="error">{form.failure}</Alert>}
        <TextField
          id="currentPassword"
          label={t('account.current_password')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={form.errors.currentPassword}
          required
        />
        <NewPasswordFields
          id="newPassword"
          label={t('account.new_password')}
          hint={t('account.new_password_hint', { n: MIN_PASSWORD })}
          confirmLabel={t('account.confirm')}
          password={next}
          confirm={confirm}
          onPassword={setNext}
          onConfirm={setConfirm}
          error={form.errors.newPassword}
          confirmError={form.errors.confirm}
        />
        <button type="submit" className="button primary" disabled={form.busy}>
          {form.busy ? t('account.changing') : t('account.change_submit')}
        </button>
      </form>
      <section className="panel" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('account.sessions_title')}</h2>
        <p className="hint">{t('account.sessions_hint')}</p>
        {everywhere.failure && <Alert tone="error">{everywhere.failure}</Alert>}
        <button type="button" className="button secondary" onClick={onSignOutEverywhere} disabled={everywhere.busy}>
          {everywhere.busy ? t('account.signing_out') : t('account.sign_out_everywhere')}
        </button>
      </section>
      <NotificationPreferences />
    </section>
  );
}
