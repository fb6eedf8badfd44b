import { useI18n } from '../../i18n/i18n';
import { tagLabel } from './regions';

export function TagList({ tags }: { tags: string[] }) {
  const { t, lang } = useI18n();
  if (tags.length === 0) return null;
  return (
    <ul className="tags" aria-label={t('university.tags')}>
      {tags.map((tag) => (
        <li key={tag} className="tag">
          {tagLabel(tag, lang)}
        </li>
      ))}
    </ul>
  );
}
