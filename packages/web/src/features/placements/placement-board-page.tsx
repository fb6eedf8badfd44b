import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { PlacementRow } from './placement-row';
import { SuggestionList } from './suggestion-list';
import { useI18n } from '../../i18n/i18n';
import { codeText, placementProblem } from './placements';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './placements.css';

/** Every page of a list: the board shows a whole cohort (a few hundred interns) at once. */
async function everyPage<T>(
  load: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await load(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** Everything the board shows, read together so the numbers agree after each action. */
async function loadBoard(cohortId: string, signal: AbortSignal) {
  const path = { cohortId };
  const [cohort, suggestions, projects, placements, mentors] = await Promise.all([
    unwrap(api.GET('/v1/cohorts/{cohortId}', { params: { path }, signal })),
    unwrap(api.GET('/v1/cohorts/{cohortId}/placement-suggestions', { params: { path }, signal })),
    everyPage((cursor) =>
      unwrap(api.GET('/v1/cohorts/{cohortId}/projects', { params: { path, query: { limit: 100, cursor } }, signal })),
    ),
    everyPage((cursor) =>
      unwrap(api.GET('/v1/cohorts/{cohortId}/placements', { params: { path, query: { limit: 100, cursor } }, signal })),
    ),
    everyPage((cursor) => unwrap(api.GET('/v1/mentors', { params: { query: { limit: 100, cursor } }, signal }))),
  ]);
  return { cohort, suggestions: suggestions.items, projects, placements, mentors };
}

type Notice = { tone: 'success' | 'error' | 'warning'; title: string; lines?: string[] };

export default function PlacementBoardPage() {
  const { cohortId = '' } = useParams();
  const { t } = useI18n();
  const board = useResource(
    (signal) => loadBoard(cohortId, signal),
    ['/v1/cohorts/{cohortId}/placement-suggestions', cohortId],
  );
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  useTitle(board.data ? `${t('board.title')} · ${board.data.cohort.name}` : t('board.title'));

  const act = async (run: () => Promise<Notice>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      setNotice(await run());
    } catch (error) {
      setNotice({ tone: 'error', title: placementProblem(error, t) });
      // A refusal is often a move someone else made first: show the board as it is now.
      board.reload();
    } finally {
      setBusy(false);
    }
  };

  const place = (registrationId: string, projectId: string, name: string) =>
    act(async () => {
      const placed = await unwrap(
        api.POST('/v1/cohorts/{cohortId}/placements', {
          params: { path: { cohortId } },
          body: { registrationId, projectId },
        }),
      );
      return { tone: 'success', title: t('board.placed_one', { name, project: placed.projectTitle }) };
    });

  const acceptAll = () =>
    act(async () => {
      const items = (board.data?.suggestions ?? []).flatMap((s) =>
        s.proposal ? [{ registrationId: s.intern.registrationId, projectId: s.proposal.projectId }] : [],
      );
      const result = await unwrap(
        api.POST('/v1/cohorts/{cohortId}/placement-suggestions/accept', {
          params: { path: { cohortId } },
          body: { items },
        }),
      );
      const names = new Map((board.data?.suggestions ?? []).map((s) => [s.intern.registrationId, s.intern.name]));
      return {
        tone: result.refused.length ? 'warning' : 'success',
        title: t('board.accepted_all', { placed: result.placed.length, refused: result.refused.length }),
        lines: result.refused.map((r) =>
          t('board.refused_item', {
            name: names.get(r.registrationId) ?? r.registrationId,
            reason: codeText(r.code, t),
          }),
        ),
      };
    });

  const move = (registrationId: string, name: string) => (projectId: string) =>
    act(async () => {
      await unwrap(
        api.POST('/v1/placements/{registrationId}/move', { params: { path: { registrationId } }, body: { projectId } }),
      );
      return { tone: 'success', title: t('board.moved', { name }) };
    });

  const assign = (registrationId: string, name: string) => (mentorId: string | null) =>
    act(async () => {
      await unwrap(
        api.POST('/v1/placements/{registrationId}/mentor', {
          params: { path: { registrationId } },
          body: { mentorId },
        }),
      );
      return { tone: 'success', title: t('board.mentor_set', { name }) };
    });

  const release = (registrationId: string, name: string) => () =>
    act(async () => {
      await unwrap(api.POST('/v1/placements/{registrationId}/release', { params: { path: { registrationId } } }));
      return { tone: 'success', title: t('board.released', { name }) };
    });

  const data = board.data;
  const proposals = data?.suggestions.filter((s) => s.proposal).length ?? 0;
  const open = data?.projects.filter((p) => p.placed < p.seats) ?? [];

  return (
    <section className="page" aria-labelledby="board-title">
      <p className="back">
        <Link to="/placements">{t('board.back')}</Link>
      </p>
      <h1 id="board-title">
        {t('board.title')}
        {data ? ` · ${data.cohort.name}` : ''}
      </h1>
      {notice && (
        <Alert tone={notice.tone} title={notice.title} focus>
          {notice.lines && notice.lines.length > 0 && (
            <ul>
              {notice.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {board.status === 'error' && <LoadError error={board.error} onRetry={board.reload} />}
      {!data && board.status === 'loading' && <Loading />}
      {data && (
        <div className="board">
          <div>
            <section className="panel" aria-labelledby="board-suggestions">
              <div className="panel-head">
                <h2 id="board-suggestions">{t('board.unplaced', { n: data.suggestions.length })}</h2>
                {proposals > 0 && (
                  <button type="button" className="button primary" disabled={busy} onClick={acceptAll}>
                    {t('board.accept_all', { n: proposals })}
                  </button>
                )}
              </div>
              <p className="hint">{t('board.suggestions_hint')}</p>
              <SuggestionList suggestions={data.suggestions} openProjects={open} busy={busy} onPlace={place} />
            </section>
            <section className="panel" aria-labelledby="board-placements">
              <h2 id="board-placements">{t('board.placements', { n: data.placements.length })}</h2>
              {data.placements.length === 0 && <p className="muted">{t('board.placements_none')}</p>}
              <ul className="row-list">
                {data.placements.map((p) => (
                  <PlacementRow
                    key={`${p.registrationId}-${p.version}`}
                    placement={p}
                    projects={data.projects}
                    mentors={data.mentors}
                    busy={busy}
                    onMove={move(p.registrationId, p.internName)}
                    onMentor={assign(p.registrationId, p.internName)}
                    onRelease={release(p.registrationId, p.internName)}
                  />
                ))}
              </ul>
            </section>
          </div>
          <section className="panel" aria-labelledby="board-projects">
            <h2 id="board-projects">{t('board.projects')}</h2>
            <ul className="row-list">
              {data.projects.map((p) => (
                <li key={p.projectId} className="row-item" data-testid="board-project">
                  <h3>{p.title}</h3>
                  <p className="muted">{p.hostUnitName}</p>
                  <p>
                    {t('prj.seats_value', { placed: p.placed, seats: p.seats })} ·{' '}
                    {t('prj.free_value', { n: p.seats - p.placed })}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </section>
  );
}
