import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { Contact } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { isMissingUniversity, isVersionConflict } from './university-errors';
import { useResource } from '../../lib/use-resource';
import { ConflictNotice } from '../../ui/conflict-notice';
import { ContactsForm } from './contacts-form';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { UniversityOutcomes } from './university-outcomes';
import { UniversityPartnerships } from './university-partnerships';
import { UniversityNotFound } from './university-not-found';
import { ContactList, UniversitySummary } from './university-summary';
import { useTitle } from '../../lib/use-title';

/**
 * A coordinator's view of their university: the facts read-only, the contacts editable. Phones come
 * masked and are sent back as shown; the API keeps the number on file for an unchanged mask.
 */
export function CoordinatorUniversity({ universityId }: { universityId: string }) {
  const { t } = useI18n();
  const university = useResource(
    (signal) => unwrap(api.GET('/v1/universities/{universityId}', { params: { path: { universityId } }, signal })),
    ['/v1/universities/{universityId}', universityId],
  );
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const missing = university.status === 'error' && isMissingUniversity(university.error);
  useTitle(missing ? t('university.not_found_title') : university.data?.name);

  if (missing) return <UniversityNotFound />;
  if (university.status === 'error') return <LoadError error={university.error} onRetry={university.reload} />;
  if (!university.data) return <Loading />;
  const u = university.data;

  const save = async (contacts: Contact[]) => {
    try {
      const next = await unwrap(
        api.PATCH('/v1/universities/{universityId}', {
          params: { path: { universityId } },
          body: { version: u.version, contacts },
        }),
      );
      university.setData(next);
      setEditing(false);
      setConflict(false);
      setSaved(true);
    } catch (error) {
      if (!isVersionConflict(error)) throw error;
      university.setData(
        await unwrap(api.GET('/v1/universities/{universityId}', { params: { path: { universityId } } })),
      );
      setConflict(true);
    }
  };

  return (
    <section className="page" aria-labelledby="university-title">
      <div className="page-head">
        <div>
          <p className="eyebrow">{t('nav.my_university')}</p>
          <h1 id="university-title">{u.name}</h1>
        </div>
      </div>
      {saved && <Alert tone="success">{t('common.saved')}</Alert>}
      <section className="panel" aria-labelledby="facts-title">
        <h2 id="facts-title">{t('university.facts')}</h2>
        <UniversitySummary university={u} />
        <p className="hint">{t('university.coordinator_readonly')}</p>
      </section>
      <section className="panel" aria-labelledby="contacts-title">
        <div className="panel-head">
          <h2 id="contacts-title">{t('contacts.title')}</h2>
          {!editing && (
            <button
              type="button"
              className="button primary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('contacts.edit')}
            </button>
          )}
        </div>
        {editing ? (
          <ContactsForm
            key={u.version}
            initial={u.contacts}
            onSubmit={save}
            onCancel={() => {
              setEditing(false);
              setConflict(false);
            }}
            notice={conflict ? <ConflictNotice /> : undefined}
          />
        ) : (
          <ContactList contacts={u.contacts} />
        )}
      </section>
      <UniversityOutcomes universityId={universityId} />
      <UniversityPartnerships universityId={universityId} canEdit={false} />
    </section>
  );
}
