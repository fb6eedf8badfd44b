import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { homePath, useSession } from '../../auth/session';
import { Alert } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { useI18n } from '../../i18n/i18n';
import { fieldErrorsOf, problemText, type FieldErrors } from '../../lib/problem-text';
import { useTitle } from '../../lib/use-title';

/** Where to return after sign-in: only a path inside this app, never another origin. */
function returnPath(state: unknown): string | undefined {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : undefined;
}

export function LoginPage() {
  const { t } = useI18n();
  const { user, expired, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  useTitle(t('login.title'));

  if (user) return <Navigate to={returnPath(location.state) ?? homePath(user)} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!email.trim()) missing.email = t('field.required');
    if (!password) missing.password = t('field.required');
    setErrors(missing);
    setFailure(undefined);
    if (Object.keys(missing).length) return;
    setBusy(true);
    try {
      const session = await unwrap(api.POST('/v1/auth/login', { body: { email: email.trim(), password } }));
      signIn(session);
      navigate(returnPath(location.state) ?? homePath(session.user), { replace: true });
    } catch (error) {
      setErrors(fieldErrorsOf(error, t));
      setFailure(problemText(error, t));
      setBusy(false);
    }
  };

  return (
    <section className="page auth-page" aria-labelledby="login-title">
      <div className="auth-intro">
        <p className="eyebrow">{t('app.slogan')}</p>
        <p>{t('login.intro')}</p>
      </div>
      <form className="card auth-card" onSubmit={onSubmit} noValidate>
        <h1 id="login-title">{t('login.title')}</h1>
        {expired && !failure && <Alert tone="info">{t('login.expired')}</Alert>}
        {failure && <Alert tone="error">{failure}</Alert>}
        <TextField
          id="email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
          required
        />
        <TextField
          id="password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
          required
        />
        <button type="submit" className="button primary block" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
        <p className="auth-alt">
          {t('login.have_code')} <Link to="/activate">{t('login.activate_link')}</Link>
        </p>
        <p className="auth-alt">
          {t('login.have_reset_code')} <Link to="/reset">{t('login.reset_link')}</Link>
        </p>
      </form>
    </section>
  );
}
