import { z } from '@hono/zod-openapi';
import { cohortIdSchema, hostUnitIdSchema, projectIdSchema } from '@aksu/core/fields';
import { CreateProjectInput, ProjectView, UpdateProjectInput } from '@aksu/core/host-units/host-units.schema';
import { Projects } from '@aksu/core/host-units/projects';
import { Placements } from '@aksu/core/placements/index';
import { PlacementView } from '@aksu/core/placements/placements.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Projects');

const Project = ProjectView.openapi('Project');
const Placement = PlacementView.openapi('Placement');
const UnitParams = z.object({ hostUnitId: hostUnitIdSchema.openapi({ param: { name: 'hostUnitId', in: 'path' } }) });
const CohortParams = z.object({ cohortId: cohortIdSchema.openapi({ param: { name: 'cohortId', in: 'path' } }) });
const Params = z.object({ projectId: projectIdSchema.openapi({ param: { name: 'projectId', in: 'path' } }) });

/** Projects (实践岗位) host units post for a cohort, with live seat counts: organisers only. */
export const projectRoutes = router();

projectRoutes.openapi(
  route({
    operationId: 'createProject',
    method: 'post',
    path: '/v1/host-units/{hostUnitId}/projects',
    summary: 'Post a project of the host unit for a cohort (organisers)',
    request: { params: UnitParams, body: jsonBody(CreateProjectInput.openapi('CreateProjectInput')) },
    responses: { 201: jsonResponse(Project, 'The project'), ...writeErrors(404) },
  }),
  async (c) => c.json(await Projects.create(c.get('actor'), c.req.valid('param').hostUnitId, c.req.valid('json')), 201),
);

projectRoutes.openapi(
  route({
    operationId: 'listHostUnitProjects',
    method: 'get',
    path: '/v1/host-units/{hostUnitId}/projects',
    summary: "The host unit's projects, latest cohort first (organisers)",
    request: { params: UnitParams, query: PageQuery },
    responses: { 200: jsonResponse(pageOf(Project), 'A page of projects'), ...errors(404) },
  }),
  async (c) =>
    c.json(await Projects.listByHostUnit(c.get('actor'), c.req.valid('param').hostUnitId, c.req.valid('query')), 200),
);

projectRoutes.openapi(
  route({
    operationId: 'listCohortProjects',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/projects',
    summary: "The cohort's projects with seats and interns placed (organisers)",
    request: { params: CohortParams, query: PageQuery },
    responses: { 200: jsonResponse(pageOf(Project), 'A page of projects'), ...errors() },
  }),
  async (c) =>
    c.json(await Projects.listByCohort(c.get('actor'), c.req.valid('param').cohortId, c.req.valid('query')), 200),
);

projectRoutes.openapi(
  route({
    operationId: 'getProject',
    method: 'get',
    path: '/v1/projects/{projectId}',
    summary: 'One project with its seats (organisers)',
    request: { params: Params },
    responses: { 200: jsonResponse(Project, 'The project'), ...errors(404) },
  }),
  async (c) => c.json(await Projects.get(c.get('actor'), c.req.valid('param').projectId), 200),
);

projectRoutes.openapi(
  route({
    operationId: 'updateProject',
    method: 'patch',
    path: '/v1/projects/{projectId}',
    summary: 'Change a project (organisers)',
    description:
      'Send the `version` you read; a stale one is 409. Seats below the interns already placed are refused (409 ' +
      '`conflict`).',
    request: { params: Params, body: jsonBody(UpdateProjectInput.openapi('UpdateProjectInput')) },
    responses: { 200: jsonResponse(Project, 'The changed project'), ...writeErrors(404, 409) },
  }),
  async (c) => c.json(await Projects.update(c.get('actor'), c.req.valid('param').projectId, c.req.valid('json')), 200),
);

projectRoutes.openapi(
  route({
    operationId: 'listProjectInterns',
    method: 'get',
    path: '/v1/projects/{projectId}/interns',
    summary: 'The interns placed in the project (organisers)',
    request: { params: Params, query: PageQuery },
    responses: { 200: jsonResponse(pageOf(Placement), 'A page of placements'), ...errors(404) },
  }),
  async (c) =>
    c.json(await Placements.listByProject(c.get('actor'), c.req.valid('param').projectId, c.req.valid('query')), 200),
);
