import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { forbidden, notFound } from '../errors.ts';
import { getProjectRecord } from '../host-units/projects.ts';
import { getMentorRecord } from '../mentors/index.ts';
import type {
  AcceptanceLetterView,
  MenteeView,
  PlacementView,
  SuggestionView,
  UnplacedInternView,
} from './placements.schema.ts';
import { assertCanSee } from './access.ts';
import { unplacedInterns, suggestionsFor } from './board.ts';
import { acceptanceLetter } from './letter.ts';
import { getPlacementRecord, requireCohort } from './records.ts';
import { menteeViews, placementView, placementViews, unplacedViews } from './views.ts';

/** Reading placements, each within the reader's scope. */
export const PlacementReads = {
  async get(actor: Actor, registrationId: string): Promise<PlacementView> {
    const placement = await getPlacementRecord(registrationId);
    assertCanSee(actor, placement);
    return placementView(placement);
  },

  /** A cohort's placements grouped by university; a coordinator reads their own university's only. */
  async listByCohort(actor: Actor, cohortId: string, page: PageRequest) {
    requireRole(actor, 'organiser', 'coordinator');
    const { placement } = db().service.entities;
    const result = await queryPage(
      (options) =>
        (actor.role === 'coordinator'
          ? placement.query.byCohort({ cohortId, universityId: actor.universityId! })
          : placement.query.byCohort({ cohortId })
        ).go(options),
      page,
    );
    return { items: await placementViews(result.items), nextCursor: result.nextCursor };
  },

  async listByProject(actor: Actor, projectId: string, page: PageRequest) {
    requireRole(actor, 'organiser');
    if (!(await getProjectRecord(projectId))) throw notFound('Project');
    const result = await queryPage(
      (options) => db().service.entities.placement.query.byProject({ projectId }).go(options),
      page,
    );
    return { items: await placementViews(result.items), nextCursor: result.nextCursor };
  },

  /** A mentor's mentees with their contact; a mentor reads only their own list, others do not exist for them. */
  async listMentees(
    actor: Actor,
    mentorId: string,
    page: PageRequest,
  ): Promise<{ items: MenteeView[]; nextCursor: string | null }> {
    if (actor.role === 'mentor') {
      if (actor.mentorId !== mentorId) throw notFound('Mentor');
    } else if (actor.role !== 'organiser') {
      throw forbidden();
    }
    if (!(await getMentorRecord(mentorId))) throw notFound('Mentor');
    const result = await queryPage(
      (options) => db().service.entities.placement.query.byMentor({ mentorKey: mentorId }).go(options),
      page,
    );
    return { items: await menteeViews(actor, result.items), nextCursor: result.nextCursor };
  },

  async unplaced(actor: Actor, cohortId: string): Promise<{ items: UnplacedInternView[] }> {
    requireRole(actor, 'organiser');
    await requireCohort(cohortId);
    return { items: await unplacedViews(await unplacedInterns(cohortId)) };
  },

  async suggestions(actor: Actor, cohortId: string): Promise<{ items: SuggestionView[] }> {
    requireRole(actor, 'organiser');
    await requireCohort(cohortId);
    return { items: await suggestionsFor(cohortId) };
  },

  async letter(actor: Actor, registrationId: string): Promise<AcceptanceLetterView> {
    const placement = await getPlacementRecord(registrationId);
    assertCanSee(actor, placement);
    return acceptanceLetter(placement);
  },
};
