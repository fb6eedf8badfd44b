import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { homePath, useSession } from '../auth/session';
import { Alert } from '../components/feedback';
import { TextField } from '../components/field';
import { useI18n } from '../i18n/i18n';
import { fieldErrorsOf, problemText, type FieldErrors } from '../lib/problem-text';
import { useTitle } from '../lib/use-title';

const MIN_PASSWORD = 8;

export default function ActivatePage() {
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
  useTitle(t('activate.title'));

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
      const session = await unwrap(api.POST('/v1/auth/activate', { body: { code: code.trim(), password } }));
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
        <p>{t('activate.intro')}</p>
      </div>
      <form className="card auth-card" onSubmit={onSubmit} noValidate>
        <h1 id="activate-title">{t('activate.title')}</h1>
        {failure && <Alert tone="error">{failure}</Alert>}
        <TextField
          id="code"
          label={t('activate.code')}
          hint={t('activate.code_hint')}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={errors.code}
          required
        />
        <TextField
          id="password"
          label={t('activate.password')}
          hint={t('activate.password_hint', { n: MIN_PASSWORD })}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
          required
        />
        <TextField
          id="confirm"
          label={t('activate.confirm')}
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={errors.confirm}
          required
        />
        <button type="submit" className="button primary block" disabled={busy}>
          {busy ? t('activate.submitting') : t('activate.submit')}
        </button>
        <p className="auth-alt">
          <Link to="/login">{t('activate.back_to_login')}</Link>
        </p>
      </form>
    </section>
  );
}
