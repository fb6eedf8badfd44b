import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { ConflictNotice } from '../../ui/conflict-notice';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { HostUnitForm, type HostUnitInput } from './host-unit-form';
import { MentorForm } from './mentor-form';
import { ProjectForm, type ProjectInput } from './project-form';
import { useI18n } from '../../i18n/i18n';
import { formatList } from '../../lib/format';
import { clusterLabel, countyLabel, degreeLabel, kindLabel, type HostUnit, type Project } from './placements';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './placements.css';

export default function HostUnitPage() {
  const { hostUnitId } = useParams();
  return hostUnitId ? <ExistingHostUnit hostUnitId={hostUnitId} /> : <NewHostUnit />;
}

function NewHostUnit() {
  const { t } = useI18n();
  useTitle(t('hu.new_title'));
  const navigate = useNavigate();
  const create = async (input: HostUnitInput) => {
    const unit = await unwrap(api.POST('/v1/host-units', { body: input }));
    navigate(`/host-units/${unit.hostUnitId}`, { state: { created: true } });
  };
  return (
    <section className="page narrow" aria-labelledby="hu-new-title">
      <p className="back">
        <Link to="/host-units">{t('hu.back')}</Link>
      </p>
      <h1 id="hu-new-title">{t('hu.new_title')}</h1>
      <section className="panel">
        <HostUnitForm submitLabel={t('hu.create')} onSubmit={create} />
      </section>
    </section>
  );
}

function ExistingHostUnit({ hostUnitId }: { hostUnitId: string }) {
  const { t } = useI18n();
  const location = useLocation();
  const unit = useResource(
    (signal) => unwrap(api.GET('/v1/host-units/{hostUnitId}', { params: { path: { hostUnitId } }, signal })),
    ['/v1/host-units/{hostUnitId}', hostUnitId],
  );
  const [saved, setSaved] = useState(Boolean((location.state as { created?: boolean } | null)?.created));
  const [conflict, setConflict] = useState(false);
  const [formKey, setFormKey] = useState(0);
  useTitle(unit.data?.name ?? t('hu.title'));

  const save = async (input: HostUnitInput) => {
    setSaved(false);
    setConflict(false);
    try {
      const next = await unwrap(
        api.PATCH('/v1/host-units/{hostUnitId}', {
          params: { path: { hostUnitId } },
          body: { ...input, version: unit.data!.version },
        }),
      );
      unit.setData(next);
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        setConflict(true);
        unit.reload();
        setFormKey((k) => k + 1);
        return;
      }
      throw error;
    }
  };

  return (
    <section className="page" aria-labelledby="hu-detail-title">
      <p className="back">
        <Link to="/host-units">{t('hu.back')}</Link>
      </p>
      {unit.status === 'error' && <LoadError error={unit.error} onRetry={unit.reload} />}
      {!unit.data && unit.status === 'loading' && <Loading />}
      {unit.data && (
        <>
          <h1 id="hu-detail-title">{unit.data.name}</h1>
          <p className="card-meta">
            {kindLabel(t, unit.data.kind)} · {clusterLabel(t, unit.data.cluster)} · {countyLabel(t, unit.data.county)}
          </p>
          {saved && <Alert tone="success" title={t('hu.saved')} />}
          {conflict && <ConflictNotice />}
          <details className="panel">
            <summary>
              <h2>{t('hu.edit')}</h2>
            </summary>
            <HostUnitForm
              key={`${formKey}-${unit.data.version}`}
              unit={unit.data}
              submitLabel={t('hu.save')}
              onSubmit={save}
            />
          </details>
          <ProjectsPanel unit={unit.data} />
          <MentorsPanel unit={unit.data} />
        </>
      )}
    </section>
  );
}

function ProjectsPanel({ unit }: { unit: HostUnit }) {
  const { t, lang } = useI18n();
  const hostUnitId = unit.hostUnitId;
  const projects = useResource(
    (signal) =>
      unwrap(
        api.GET('/v1/host-units/{hostUnitId}/projects', {
          params: { path: { hostUnitId }, query: { limit: 100 } },
          signal,
        }),
      ),
    ['/v1/host-units/{hostUnitId}/projects', hostUnitId],
  );
  const cohorts = useResource(
    (signal) => unwrap(api.GET('/v1/cohorts', { params: { query: { limit: 100 } }, signal })),
    ['/v1/cohorts'],
  );
  const [editing, setEditing] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [formKey, setFormKey] = useState(0);

  const create = async (input: ProjectInput) => {
    const { cohortId, ...rest } = input;
    await unwrap(
      api.POST('/v1/host-units/{hostUnitId}/projects', {
        params: { path: { hostUnitId } },
        body: { ...rest, cohortId: cohortId! },
      }),
    );
    setNotice(t('prj.created'));
    setFormKey((k) => k + 1);
  };

  const update = (project: Project) => async (input: ProjectInput) => {
    await unwrap(
      api.PATCH('/v1/projects/{projectId}', {
        params: { path: { projectId: project.projectId } },
        body: { ...input, version: project.version },
      }),
    );
    setEditing(undefined);
    setNotice(t('prj.saved'));
  };

  const cohortName = (id: string) => cohorts.data?.items.find((c) => c.cohortId === id)?.name ?? '';

  return (
    <section className="panel" aria-labelledby="hu-projects-title">
      <h2 id="hu-projects-title">{t('hu.projects')}</h2>
      {notice && <Alert tone="success" title={notice} />}
      {projects.status === 'error' && <LoadError error={projects.error} onRetry={projects.reload} />}
      {projects.data && projects.data.items.length === 0 && <p className="muted">{t('prj.none')}</p>}
      <ul className="row-list">
        {projects.data?.items.map((p) => (
          <li key={p.projectId} className="row-item" data-testid="project-row">
            {editing === p.projectId ? (
              <ProjectForm
                project={p}
                submitLabel={t('prj.save')}
                onSubmit={update(p)}
                onCancel={() => setEditing(undefined)}
              />
            ) : (
              <>
                <h3>{p.title}</h3>
                <p className="muted">
                  {cohortName(p.cohortId)} · {t('prj.seats_value', { placed: p.placed, seats: p.seats })}
                </p>
                <p>
                  {formatList([...p.majors, ...p.disciplines], lang)}{' '}
                  {p.degreeLevels.map((d) => degreeLabel(t, d)).join('/')}
                </p>
                <button type="button" className="button secondary small" onClick={() => setEditing(p.projectId)}>
                  {t('prj.edit')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {cohorts.data && cohorts.data.items.length > 0 && (
        <details className="panel-inset">
          <summary>{t('prj.new')}</summary>
          <ProjectForm key={formKey} cohorts={cohorts.data.items} submitLabel={t('prj.create')} onSubmit={create} />
        </details>
      )}
    </section>
  );
}

function MentorsPanel({ unit }: { unit: HostUnit }) {
  const { t } = useI18n();
  const hostUnitId = unit.hostUnitId;
  const mentors = useResource(
    (signal) => unwrap(api.GET('/v1/mentors', { params: { query: { hostUnitId, limit: 100 } }, signal })),
    ['/v1/mentors', hostUnitId],
  );
  return (
    <section className="panel" aria-labelledby="hu-mentors-title">
      <h2 id="hu-mentors-title">{t('hu.mentors')}</h2>
      {mentors.status === 'error' && <LoadError error={mentors.error} onRetry={mentors.reload} />}
      {mentors.data && mentors.data.items.length === 0 && <p className="muted">{t('mnt.none')}</p>}
      <ul className="row-list">
        {mentors.data?.items.map((m) => (
          <li key={m.mentorId} className="row-item">
            <h3>
              {m.name} <span className="muted">{m.title}</span>
            </h3>
            <p className="muted">{t('mnt.load', { mentees: m.mentees, max: m.maxMentees })}</p>
          </li>
        ))}
      </ul>
      <details className="panel-inset">
        <summary>{t('mnt.new')}</summary>
        <MentorForm hostUnitId={hostUnitId} />
      </details>
    </section>
  );
}
