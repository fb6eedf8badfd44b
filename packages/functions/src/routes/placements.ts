import { z } from '@hono/zod-openapi';
import { cohortIdSchema } from '@aksu/core/fields';
import { Placements } from '@aksu/core/placements/index';
import {
  AcceptanceLetterView,
  AcceptSuggestionsInput,
  AcceptSuggestionsResult,
  AssignMentorInput,
  internIdSchema,
  MovePlacementInput,
  PlaceInternInput,
  PlacementView,
  SuggestionView,
  UnplacedInternView,
} from '@aksu/core/placements/placements.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Placements');

const Placement = PlacementView.openapi('Placement');
const CohortParams = z.object({ cohortId: cohortIdSchema.openapi({ param: { name: 'cohortId', in: 'path' } }) });
const Params = z.object({ registrationId: internIdSchema.openapi({ param: { name: 'registrationId', in: 'path' } }) });

/**
 * Placements (岗位安排): organisers place, move and assign mentors; coordinators, mentors and interns read within
 * their scope.
 */
export const placementRoutes = router();

placementRoutes.openapi(
  route({
    operationId: 'placeIntern',
    method: 'post',
    path: '/v1/cohorts/{cohortId}/placements',
    summary: 'Place an accepted intern into a project (organisers)',
    description:
      'One transaction: the seat (`no_seats_left` when full, never oversold), the mentor slot (`mentor_full`), the ' +
      'registration and the placement. Dates default to the cohort’s.',
    request: { params: CohortParams, body: jsonBody(PlaceInternInput.openapi('PlaceInternInput')) },
    responses: { 201: jsonResponse(Placement, 'The placement'), ...writeErrors(404, 409) },
  }),
  async (c) => c.json(await Placements.place(c.get('actor'), c.req.valid('param').cohortId, c.req.valid('json')), 201),
);

placementRoutes.openapi(
  route({
    operationId: 'listCohortPlacements',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/placements',
    summary: "The cohort's placements by university (organisers; a coordinator gets their own university's)",
    request: { params: CohortParams, query: PageQuery },
    responses: { 200: jsonResponse(pageOf(Placement), 'A page of placements'), ...errors() },
  }),
  async (c) =>
    c.json(await Placements.listByCohort(c.get('actor'), c.req.valid('param').cohortId, c.req.valid('query')), 200),
);

placementRoutes.openapi(
  route({
    operationId: 'listUnplacedInterns',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/unplaced-interns',
    summary: 'Accepted and confirmed interns of the cohort not yet placed, all of them (organisers)',
    request: { params: CohortParams },
    responses: {
      200: jsonResponse(
        z.object({ items: z.array(UnplacedInternView.openapi('UnplacedIntern')) }),
        'The unplaced interns',
      ),
      ...errors(404),
    },
  }),
  async (c) => c.json(await Placements.unplaced(c.get('actor'), c.req.valid('param').cohortId), 200),
);

placementRoutes.openapi(
  route({
    operationId: 'getPlacementSuggestions',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/placement-suggestions',
    summary:
      'For each unplaced intern: a proposed project within free seats and the best alternatives, scored with reasons ' +
      '(organisers)',
    request: { params: CohortParams },
    responses: {
      200: jsonResponse(z.object({ items: z.array(SuggestionView.openapi('PlacementSuggestion')) }), 'Suggestions'),
      ...errors(404),
    },
  }),
  async (c) => c.json(await Placements.suggestions(c.get('actor'), c.req.valid('param').cohortId), 200),
);

placementRoutes.openapi(
  route({
    operationId: 'acceptPlacementSuggestions',
    method: 'post',
    path: '/v1/cohorts/{cohortId}/placement-suggestions/accept',
    summary: 'Place several interns at once (organisers)',
    description:
      'Each item is its own conditional transaction: items that no longer fit (seats taken, intern placed meanwhile) ' +
      'are listed under `refused` with their code.',
    request: { params: CohortParams, body: jsonBody(AcceptSuggestionsInput.openapi('AcceptSuggestionsInput')) },
    responses: {
      200: jsonResponse(
        AcceptSuggestionsResult.openapi('AcceptSuggestionsResult'),
        'What was placed and what was refused',
      ),
      ...writeErrors(404),
    },
  }),
  async (c) =>
    c.json(await Placements.acceptSuggestions(c.get('actor'), c.req.valid('param').cohortId, c.req.valid('json')), 200),
);

placementRoutes.openapi(
  route({
    operationId: 'getPlacement',
    method: 'get',
    path: '/v1/placements/{registrationId}',
    summary: "An intern's placement (organisers; the intern's coordinator, mentor, and the intern)",
    request: { params: Params },
    responses: { 200: jsonResponse(Placement, 'The placement'), ...errors(404) },
  }),
  async (c) => c.json(await Placements.get(c.get('actor'), c.req.valid('param').registrationId), 200),
);

placementRoutes.openapi(
  route({
    operationId: 'movePlacement',
    method: 'post',
    path: '/v1/placements/{registrationId}/move',
    summary: 'Move a placed intern to another project, freeing the old seat in the same transaction (organisers)',
    request: { params: Params, body: jsonBody(MovePlacementInput.openapi('MovePlacementInput')) },
    responses: { 200: jsonResponse(Placement, 'The placement'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await Placements.move(c.get('actor'), c.req.valid('param').registrationId, c.req.valid('json')), 200),
);

placementRoutes.openapi(
  route({
    operationId: 'releasePlacement',
    method: 'post',
    path: '/v1/placements/{registrationId}/release',
    summary:
      'Take a placed intern off their project, freeing the seat and the mentor’s slot in one transaction (organisers)',
    description: 'For an intern who withdrew or is to be placed afresh; an accepted intern is back among the unplaced.',
    request: { params: Params },
    responses: {
      200: jsonResponse(UnplacedInternView.openapi('UnplacedIntern'), 'The intern, no longer placed'),
      ...errors(404, 409),
    },
  }),
  async (c) => c.json(await Placements.release(c.get('actor'), c.req.valid('param').registrationId), 200),
);

placementRoutes.openapi(
  route({
    operationId: 'assignMentor',
    method: 'post',
    path: '/v1/placements/{registrationId}/mentor',
    summary: 'Assign, change or remove the mentor of a placed intern (organisers)',
    description:
      'The new mentor’s slot is taken only while below their maximum (`mentor_full`); the previous mentor’s slot ' +
      'is freed in the same transaction.',
    request: { params: Params, body: jsonBody(AssignMentorInput.openapi('AssignMentorInput')) },
    responses: { 200: jsonResponse(Placement, 'The placement'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(
      await Placements.assignMentor(c.get('actor'), c.req.valid('param').registrationId, c.req.valid('json')),
      200,
    ),
);

placementRoutes.openapi(
  route({
    operationId: 'getAcceptanceLetter',
    method: 'get',
    path: '/v1/placements/{registrationId}/letter',
    summary: 'The acceptance letter (接收函) of a placement, for the printable page (same readers as the placement)',
    request: { params: Params },
    responses: { 200: jsonResponse(AcceptanceLetterView.openapi('AcceptanceLetter'), 'The letter'), ...errors(404) },
  }),
  async (c) => c.json(await Placements.letter(c.get('actor'), c.req.valid('param').registrationId), 200),
);
