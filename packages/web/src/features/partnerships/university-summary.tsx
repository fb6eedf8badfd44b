import type { Contact, University } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { countryLabel, provinceLabel } from './regions';
import { formatDateTime } from '../../lib/format';
import { TagList } from './tag-list';

/** The university's facts as a definition list; the same for organisers and coordinators. */
export function UniversitySummary({ university: u }: { university: University }) {
  const { t, lang } = useI18n();
  const dash = <span className="muted">{t('common.none')}</span>;
  return (
    <dl className="facts">
      <div>
        <dt>{t('university.name_en')}</dt>
        <dd lang={u.nameEn ? 'en' : undefined}>{u.nameEn || dash}</dd>
      </div>
      <div>
        <dt>{t('university.short_name')}</dt>
        <dd>{u.shortName || dash}</dd>
      </div>
      <div>
        <dt>{t('university.city')}</dt>
        <dd>{u.city}</dd>
      </div>
      <div>
        <dt>{t('university.province')}</dt>
        <dd>{provinceLabel(u.province, lang)}</dd>
      </div>
      <div>
        <dt>{t('university.country')}</dt>
        <dd>{countryLabel(u.country, lang)}</dd>
      </div>
      <div>
        <dt>{t('university.tags')}</dt>
        <dd>{u.tags.length ? <TagList tags={u.tags} /> : dash}</dd>
      </div>
      <div>
        <dt>{t('university.updated_at')}</dt>
        <dd>{formatDateTime(u.updatedAt, lang)}</dd>
      </div>
    </dl>
  );
}

export function ContactList({ contacts }: { contacts: Contact[] }) {
  const { t } = useI18n();
  if (contacts.length === 0) return <p className="muted">{t('contacts.none')}</p>;
  return (
    <ul className="contact-list">
      {contacts.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list, no state per item
        <li key={`${c.name}-${i}`} className="contact">
          <p className="contact-name">
            {c.name}
            {c.title && <span className="muted"> · {c.title}</span>}
          </p>
          {c.phone && (
            <p>
              <span className="visually-hidden">{t('contacts.phone')}: </span>
              {/* A masked number (138****5678) cannot be dialled, so it is shown as text. */}
              {c.phone.includes('*') ? c.phone : <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>}
            </p>
          )}
          {c.email && (
            <p>
              <span className="visually-hidden">{t('contacts.email')}: </span>
              <a href={`mailto:${c.email}`}>{c.email}</a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
