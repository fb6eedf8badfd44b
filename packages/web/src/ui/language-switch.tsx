import { useI18n } from '../i18n/i18n';

/** Shows the language you switch *to*, in that language, as people look for their own language's name. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const next = lang === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button
      type="button"
      className="button ghost lang-switch"
      onClick={() => setLang(next)}
      title={t('layout.language')}
    >
      <span lang={next}>{next === 'en' ? 'English' : '中文'}</span>
    </button>
  );
}
