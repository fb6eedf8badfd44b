import { db } from '../db/service.ts';
import { hostUnitsById } from '../host-units/host-units.ts';
import { withSeats } from '../host-units/projects.ts';
import type { ProjectView } from '../host-units/host-units.schema.ts';
import { suggestPlacements, type Match } from './matching.ts';
import { PLACEABLE_STATUSES, type InternRecord } from './records.ts';
import type { SuggestionView } from './placements.schema.ts';
import { unplacedViews } from './views.ts';

/**
 * The accepted and confirmed interns of a cohort not yet placed. A cohort is bounded by its quotas
 * (a few hundred), and the board shows and matches them all at once, so this reads the whole list.
 */
export async function unplacedInterns(cohortId: string): Promise<InternRecord[]> {
  const { cohortRegistration } = db().service.entities;
  const lists = await Promise.all(
    PLACEABLE_STATUSES.map(
      async (status) => (await cohortRegistration.query.byStatus({ cohortId, status }).go({ pages: 'all' })).data,
    ),
  );
  return lists
    .flat()
    .filter((r) => !r.projectId)
    .sort((a, b) => a.registrationId.localeCompare(b.registrationId));
}

export async function cohortProjects(cohortId: string): Promise<ProjectView[]> {
  const { data } = await db().service.entities.project.query.byCohort({ cohortId }).go({ pages: 'all' });
  return withSeats(data as Omit<ProjectView, 'placed' | 'hostUnitName'>[]);
}

/** Suggestions for every unplaced intern against the cohort's projects with free seats. */
export async function suggestionsFor(cohortId: string): Promise<SuggestionView[]> {
  const [interns, projects] = await Promise.all([unplacedInterns(cohortId), cohortProjects(cohortId)]);
  const units = await hostUnitsById(projects.map((p) => p.hostUnitId));
  const byId = new Map(projects.map((p) => [p.projectId, p]));
  const suggestions = suggestPlacements(
    interns,
    projects.map((p) => ({ ...p, county: units.get(p.hostUnitId)?.county ?? '', freeSeats: p.seats - p.placed })),
  );
  const views = new Map((await unplacedViews(interns)).map((v) => [v.registrationId, v]));
  const named = (m: Match) => ({
    ...m,
    projectTitle: byId.get(m.projectId)?.title ?? '',
    hostUnitName: byId.get(m.projectId)?.hostUnitName ?? '',
  });
  return suggestions.map((s) => ({
    intern: views.get(s.registrationId)!,
    ...(s.proposal ? { proposal: named(s.proposal) } : {}),
    alternatives: s.alternatives.map(named),
  }));
}
