import { useEffect, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { problemText } from '../../lib/problem-text';
import { useResource } from '../../lib/use-resource';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { SelectField } from '../../ui/field';
import './accounts.css';

type Locale = 'zh-CN' | 'en';

/** Which kinds also go by email (security ones locked on, with the reason), and the language of messages. */
export function NotificationPreferences() {
  const { t, lang } = useI18n();
  const saved = useResource(
    (signal) => unwrap(api.GET('/v1/me/notification-preferences', { signal })),
    ['/v1/me/notification-preferences'],
  );
  const [off, setOff] = useState<Set<string>>(new Set());
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const [state, setState] = useState<{ saving: boolean; done?: boolean; error?: string }>({ saving: false });

  useEffect(() => {
    if (!saved.data) return;
    setOff(new Set(saved.data.kinds.filter((k) => !k.enabled).map((k) => k.kind)));
    setLocale(saved.data.locale as Locale);
  }, [saved.data]);

  const toggle = (kind: string, enabled: boolean) => {
    setState({ saving: false });
    setOff((previous) => {
      const next = new Set(previous);
      if (enabled) next.delete(kind);
      else next.add(kind);
      return next;
    });
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    setState({ saving: true });
    try {
      const prefs = await unwrap(api.PUT('/v1/me/notification-preferences', { body: { off: [...off], locale } }));
      saved.setData(prefs);
      setState({ saving: false, done: true });
    } catch (error) {
      setState({ saving: false, error: problemText(error, t) });
    }
  };

  return (
    <form className="panel" onSubmit={onSave} aria-labelledby="prefs-title" noValidate>
      <h2 id="prefs-title">{t('prefs.title')}</h2>
      <p className="muted">{t('prefs.intro')}</p>
      {saved.status === 'loading' && !saved.data && <Loading />}
      {saved.status === 'error' && <LoadError error={saved.error} onRetry={saved.reload} />}
      {state.done && <Alert tone="success">{t('prefs.saved')}</Alert>}
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {saved.data && (
        <>
          <ul className="pref-list">
            {saved.data.kinds.map((k) => (
              <li key={k.kind}>
                <label>
                  <input
                    type="checkbox"
                    checked={k.essential || !off.has(k.kind)}
                    disabled={k.essential}
                    onChange={(e) => toggle(k.kind, e.target.checked)}
                    aria-describedby={k.essential ? `locked-${k.kind}` : undefined}
                  />
                  <span>{k.labels[lang]}</span>
                </label>
                {k.essential && (
                  <span className="pref-locked" id={`locked-${k.kind}`}>
                    🔒 {t('prefs.locked')}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <SelectField
            id="prefs-locale"
            label={t('prefs.language')}
            value={locale}
            onChange={(e) => setLocale(e.target.value as Locale)}
          >
            <option value="zh-CN">简体中文</option>
            <option value="en">English</option>
          </SelectField>
          <button type="submit" className="button primary block-mobile" disabled={state.saving}>
            {state.saving ? t('prefs.saving') : t('prefs.save')}
          </button>
        </>
      )}
    </form>
  );
}
