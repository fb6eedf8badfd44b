import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { University } from '../../api/types';
import { useUser } from '../../auth/session';
import { ConflictNotice } from '../../ui/conflict-notice';
import { CoordinatorUniversity } from './coordinator-university';
import { CoordinatorsPanel } from './coordinators-panel';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { HistoryPanel } from './history-panel';
import { UniversityForm } from './university-form';
import { UniversityOutcomes } from './university-outcomes';
import { UniversityPartnerships } from './university-partnerships';
import { UniversityNotFound } from './university-not-found';
import { ContactList, UniversitySummary } from './university-summary';
import { useI18n } from '../../i18n/i18n';
import { isMissingUniversity, isVersionConflict } from './university-errors';
import { toDraft, toPatch, type UniversityDraft } from './university-draft';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './partnerships.css';

type Notice = 'created' | 'saved' | 'unchanged' | undefined;

function OrganiserUniversity({ universityId }: { universityId: string }) {
  const { t } = useI18n();
  const location = useLocation();
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const university = useResource(
    (signal) => unwrap(api.GET('/v1/universities/{universityId}', { params: { path: { universityId } }, signal })),
    ['/v1/universities/{universityId}', universityId],
  );
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [notice, setNotice] = useState<Notice>(justCreated ? 'created' : undefined);
  const missing = university.status === 'error' && isMissingUniversity(university.error);
  useTitle(missing ? t('university.not_found_title') : university.data?.name);

  if (missing) return <UniversityNotFound />;
  if (university.status === 'error') return <LoadError error={university.error} onRetry={university.reload} />;
  if (!university.data) return <Loading />;
  const u = university.data;

  const save = async (draft: UniversityDraft) => {
    const patch = toPatch(draft, u);
    if (Object.keys(patch).length === 1) {
      setEditing(false);
      setConflict(false);
      setNotice('unchanged');
      return;
    }
    try {
      const saved = await unwrap(
        api.PATCH('/v1/universities/{universityId}', { params: { path: { universityId } }, body: patch }),
      );
      university.setData(saved);
      setEditing(false);
      setConflict(false);
      setNotice('saved');
    } catch (error) {
      if (!isVersionConflict(error)) throw error;
      // Someone saved first. Show their version rather than overwrite it; the form re-opens on it.
      const latest: University = await unwrap(
        api.GET('/v1/universities/{universityId}', { params: { path: { universityId } } }),
      );
      university.setData(latest);
      setConflict(true);
    }
  };

  const startEditing = () => {
    setNotice(undefined);
    setConflict(false);
    setEditing(true);
  };

  return (
    <section className="page" aria-labelledby="university-title">
      <p className="back">
        <Link to="/universities">{t('university.back_to_list')}</Link>
      </p>
      <div className="page-head">
        <h1 id="university-title">{u.name}</h1>
        {!editing && (
          <button type="button" className="button primary" onClick={startEditing}>
            {t('university.edit')}
          </button>
        )}
      </div>
      {notice === 'created' && <Alert tone="success">{t('university.created')}</Alert>}
      {notice === 'saved' && <Alert tone="success">{t('common.saved')}</Alert>}
      {notice === 'unchanged' && <Alert tone="info">{t('common.unchanged')}</Alert>}
      {editing ? (
        <section className="panel" aria-labelledby="edit-title">
          <h2 id="edit-title">{t('university.edit_title')}</h2>
          <UniversityForm
            key={u.version}
            initial={toDraft(u)}
            submitLabel={t('common.save')}
            onSubmit={save}
            onCancel={() => {
              setEditing(false);
              setConflict(false);
            }}
            notice={conflict ? <ConflictNotice /> : undefined}
          />
        </section>
      ) : (
        <>
          <section className="panel" aria-labelledby="facts-title">
            <h2 id="facts-title">{t('university.facts')}</h2>
            <UniversitySummary university={u} />
          </section>
          <section className="panel" aria-labelledby="contacts-title">
            <h2 id="contacts-title">{t('contacts.title')}</h2>
            <ContactList contacts={u.contacts} />
          </section>
        </>
      )}
      <UniversityOutcomes universityId={universityId} />
      <UniversityPartnerships universityId={universityId} canEdit />
      <CoordinatorsPanel universityId={universityId} />
      <HistoryPanel universityId={universityId} refreshKey={u.version} />
    </section>
  );
}

export default function UniversityPage() {
  const user = useUser();
  const { universityId = '' } = useParams();
  // Keyed by id so moving between universities starts from a clean screen, not the previous one's state.
  if (user.role === 'coordinator') return <CoordinatorUniversity key={universityId} universityId={universityId} />;
  return <OrganiserUniversity key={universityId} universityId={universityId} />;
}
