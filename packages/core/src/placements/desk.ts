import { requireRole, type Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../errors.ts';
import { getProjectRecord } from '../host-units/projects.ts';
import { getMentorRecord } from '../mentors/index.ts';
import { NO_MENTOR } from './placement.entity.ts';
import {
  AcceptSuggestionsInput,
  AssignMentorInput,
  MovePlacementInput,
  PlaceInternInput,
  type AcceptSuggestionsResult,
  type PlacementView,
  type UnplacedInternView,
} from './placements.schema.ts';
import {
  getIntern,
  getPlacementRecord,
  mentorOf,
  PLACEABLE_STATUSES,
  requireCohort,
  type PlacementRecord,
} from './records.ts';
import { placementView, unplacedViews } from './views.ts';
import { releasePlacement } from './release.ts';
import { assertMentorFits, Refusal, writePlacement } from './writes.ts';

async function requirePlacement(registrationId: string): Promise<PlacementRecord> {
  const placement = await getPlacementRecord(registrationId);
  if (!placement) throw notFound('Placement');
  return placement;
}

async function projectOfCohort(projectId: string, cohortId: string) {
  const project = await getProjectRecord(projectId);
  if (!project || project.cohortId !== cohortId) {
    throw new Refusal('validation_failed', 'No such project in this cohort', {
      errors: [{ path: 'projectId', message: 'No such project in this cohort', code: 'not_found' }],
    });
  }
  return project;
}

/** The placement desk (岗位安排): organisers place, move, assign mentors and release. */
export const PlacementDesk = {
  async place(actor: Actor, cohortId: string, input: PlaceInternInput): Promise<PlacementView> {
    requireRole(actor, 'organiser');
    const fields = PlaceInternInput.parse(input);
    const cohort = await requireCohort(cohortId);
    const intern = await getIntern(fields.registrationId);
    if (!intern || intern.cohortId !== cohortId) {
      throw new Refusal('validation_failed', 'No such intern in this cohort', {
        errors: [{ path: 'registrationId', message: 'No such intern in this cohort', code: 'not_found' }],
      });
    }
    if (!(PLACEABLE_STATUSES as readonly string[]).includes(intern.status)) {
      throw new Refusal('conflict', 'Only accepted or confirmed interns can be placed', {
        errors: [
          {
            path: 'registrationId',
            message: `The registration is ${intern.status}`,
            code: 'not_placeable',
            params: { status: intern.status },
          },
        ],
      });
    }
    if (await getPlacementRecord(intern.registrationId)) {
      throw new Refusal('conflict', 'The intern is already placed; move them instead', {
        errors: [{ path: 'registrationId', message: 'Already placed', code: 'already_placed' }],
      });
    }
    const project = await projectOfCohort(fields.projectId, cohortId);
    if (fields.mentorId) await assertMentorFits(fields.mentorId, project.hostUnitId);
    const startDate = fields.startDate ?? cohort.startsOn;
    const endDate = fields.endDate ?? cohort.endsOn;
    if (endDate < startDate) {
      throw new Refusal('validation_failed', 'The placement ends before it starts', {
        errors: [{ path: 'endDate', message: 'The placement ends before it starts', code: 'end_before_start' }],
      });
    }
    const record = await writePlacement(actor, intern, null, {
      hostUnitId: project.hostUnitId,
      projectId: project.projectId,
      mentorKey: fields.mentorId ?? NO_MENTOR,
      startDate,
      endDate,
    });
    return placementView(record);
  },

  /**
   * Moves a placed intern to another project, freeing the old seat in the same transaction. The
   * mentor stays when independent or of the new unit, unless another is named.
   */
  async move(actor: Actor, registrationId: string, input: MovePlacementInput): Promise<PlacementView> {
    requireRole(actor, 'organiser');
    const fields = MovePlacementInput.parse(input);
    const before = await requirePlacement(registrationId);
    const intern = await getIntern(registrationId);
    if (!intern) throw notFound('Placement');
    const project = await projectOfCohort(fields.projectId, before.cohortId);
    let mentorKey = NO_MENTOR;
    if (fields.mentorId) {
      await assertMentorFits(fields.mentorId, project.hostUnitId);
      mentorKey = fields.mentorId;
    } else {
      const current = mentorOf(before);
      const mentor = current ? await getMentorRecord(current) : null;
      if (mentor && (mentor.affiliation === 'independent' || mentor.affiliation === project.hostUnitId))
        mentorKey = mentor.mentorId;
    }
    const startDate = fields.startDate ?? before.startDate;
    const endDate = fields.endDate ?? before.endDate;
    if (endDate < startDate) {
      throw new Refusal('validation_failed', 'The placement ends before it starts', {
        errors: [{ path: 'endDate', message: 'The placement ends before it starts', code: 'end_before_start' }],
      });
    }
    return placementView(
      await writePlacement(actor, intern, before, {
        hostUnitId: project.hostUnitId,
        projectId: project.projectId,
        mentorKey,
        startDate,
        endDate,
      }),
    );
  },

  /** Assigns (or with `null` removes) the mentor; the old mentor's slot is freed in the same transaction. */
  async assignMentor(actor: Actor, registrationId: string, input: AssignMentorInput): Promise<PlacementView> {
    requireRole(actor, 'organiser');
    const { mentorId } = AssignMentorInput.parse(input);
    const before = await requirePlacement(registrationId);
    if ((mentorOf(before) ?? null) === mentorId) return placementView(before);
    if (mentorId) await assertMentorFits(mentorId, before.hostUnitId);
    const intern = await getIntern(registrationId);
    if (!intern) throw notFound('Placement');
    const { hostUnitId, projectId, startDate, endDate } = before;
    return placementView(
      await writePlacement(actor, intern, before, {
        hostUnitId,
        projectId,
        mentorKey: mentorId ?? NO_MENTOR,
        startDate,
        endDate,
      }),
    );
  },

  /** Takes the intern off their project (e.g. after withdrawing), freeing the seat and the mentor's slot. */
  async release(actor: Actor, registrationId: string): Promise<UnplacedInternView> {
    requireRole(actor, 'organiser');
    const before = await requirePlacement(registrationId);
    await releasePlacement(actor, registrationId, before);
    const intern = await getIntern(registrationId);
    if (!intern) throw notFound('Placement');
    return (await unplacedViews([intern]))[0]!;
  },

  /**
   * Accepts several suggestions. Each is its own conditional transaction, one after another, so a
   * project filling up (or an intern placed meanwhile) refuses that one and the rest go on.
   */
  async acceptSuggestions(
    actor: Actor,
    cohortId: string,
    input: AcceptSuggestionsInput,
  ): Promise<AcceptSuggestionsResult> {
    requireRole(actor, 'organiser');
    const { items } = AcceptSuggestionsInput.parse(input);
    await requireCohort(cohortId);
    const result: AcceptSuggestionsResult = { placed: [], refused: [] };
    for (const item of items) {
      try {
        result.placed.push(await PlacementDesk.place(actor, cohortId, item));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        result.refused.push({
          registrationId: item.registrationId,
          projectId: item.projectId,
          code: error.code,
          message: error.message,
        });
      }
    }
    return result;
  },
};
