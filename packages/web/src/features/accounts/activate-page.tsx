import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { homePath, useSession } from '../../auth/session';
import { Alert } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { NewPasswordFields } from './new-password-fields';
import { useI18n } from '../../i18n/i18n';
import { fieldErrorsOf, problemText, type FieldErrors } from '../../lib/problem-text';
import { useTitle } from '../../lib/use-title';

export const MIN_PASSWORD = 10;

/**
 * A one-time code and a new password: an invitation activates the account, a reset code from an
 * admin sets a new password. Same form, different endpoint and words.
 */
export default function ActivatePage({ mode = 'activate' }: { mode?: 'activate' | 'reset' }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const reset = mode === 'reset';
  const title = reset ? t('reset.title') : t('activate.title');
  useTitle(title);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!code.trim()) problems.code = t('field.required');
    if (password.length < MIN_PASSWORD) problems.password = t('field.password_short');
    if (confirm !== password) problems.confirm = t('activate.mismatch');
    setErrors(problems);
    setFailure(undefined);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      const body = { code: code.trim(), password };
      const session = await unwrap(
        reset ? api.POST('/v1/auth/reset', { body }) : api.POST('/v1/auth/activate', { body }),
      );
      signIn(session);
      navigate(homePath(session.user), { replace: true });
    } catch (error) {
      setErrors(fieldErrorsOf(error, t));
      setFailure(problemText(error, t));
      setBusy(false);
    }
  };

  return (
    <section className="page auth-page" aria-labelledby="activate-title">
      <div className="auth-intro">
        <p className="eyebrow">{t('app.slogan')}</p>
        <p>{reset ? t('reset.intro') : t('activate.intro')}</p>
      </div>
      <form className="card auth-card" onSubmit={onSubmit} noValidate>
        <h1 id="activate-title">{title}</h1>
        {failure && <Alert tone="error">{failure}</Alert>}
        <TextField
          id="code"
          label={reset ? t('reset.code') : t('activate.code')}
          hint={t('activate.code_hint')}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={errors.code}
          required
        />
        <NewPasswordFields
          id="password"
          label={t('activate.password')}
          hint={t('activate.password_hint', { n: MIN_PASSWORD })}
          confirmLabel={t('activate.confirm')}
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          error={errors.password}
          confirmError={errors.confirm}
        />
        <button type="submit" className="button primary block" disabled={busy}>
          {busy ? t(reset ? 'reset.submitting' : 'activate.submitting') : t(reset ? 'reset.submit' : 'activate.submit')}
        </button>
        <p className="auth-alt">
          <Link to="/login">{t('activate.back_to_login')}</Link>
        </p>
      </form>
    </section>
  );
}
