import { z } from '@hono/zod-openapi';
import { Announcements } from '@aksu/core/positions/announcements';
import {
  AnnouncementTransitionInput,
  AnnouncementView,
  announcementIdSchema,
  CreateAnnouncementInput,
  ListAnnouncementsQuery,
  UpdateAnnouncementInput,
} from '@aksu/core/positions/announcements.schema';
import { Employers } from '@aksu/core/positions/employers';
import { Positions } from '@aksu/core/positions/positions';
import {
  CreateEmployerInput,
  CreatePositionInput,
  EmployerView,
  employerIdSchema,
  ListPositionsQuery,
  PositionTransitionInput,
  PositionView,
  positionIdSchema,
  UpdateEmployerInput,
  UpdatePositionInput,
} from '@aksu/core/positions/positions.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Positions');

const Employer = EmployerView.openapi('Employer');
const Position = PositionView.openapi('Position');
const Announcement = AnnouncementView.openapi('Announcement');
const EmployerParams = z.object({
  employerId: employerIdSchema.openapi({ param: { name: 'employerId', in: 'path' } }),
});
const PositionParams = z.object({
  positionId: positionIdSchema.openapi({ param: { name: 'positionId', in: 'path' } }),
});
const AnnouncementParams = z.object({
  announcementId: announcementIdSchema.openapi({ param: { name: 'announcementId', in: 'path' } }),
});

/** Organisers' side of recruitment: employing units, positions and notices. Registered call by call. */
export const positionRoutes = router();

positionRoutes.openapi(
  route({
    operationId: 'createEmployer',
    method: 'post',
    path: '/v1/employers',
    summary: 'Record an employing unit that is not a host unit (organisers)',
    request: { body: jsonBody(CreateEmployerInput.openapi('CreateEmployerInput')) },
    responses: { 201: jsonResponse(Employer, 'The employer'), ...writeErrors() },
  }),
  async (c) => c.json(await Employers.create(c.get('actor'), c.req.valid('json')), 201),
);

positionRoutes.openapi(
  route({
    operationId: 'listEmployers',
    method: 'get',
    path: '/v1/employers',
    summary: 'List employer records, in creation order (organisers)',
    request: { query: PageQuery },
    responses: { 200: jsonResponse(pageOf(Employer), 'A page of employers'), ...errors() },
  }),
  async (c) => c.json(await Employers.list(c.get('actor'), c.req.valid('query')), 200),
);

positionRoutes.openapi(
  route({
    operationId: 'getEmployer',
    method: 'get',
    path: '/v1/employers/{employerId}',
    summary: 'One employer record (organisers)',
    request: { params: EmployerParams },
    responses: { 200: jsonResponse(Employer, 'The employer'), ...errors(404) },
  }),
  async (c) => c.json(await Employers.get(c.get('actor'), c.req.valid('param').employerId), 200),
);

positionRoutes.openapi(
  route({
    operationId: 'updateEmployer',
    method: 'patch',
    path: '/v1/employers/{employerId}',
    summary: 'Change an employer record (organisers)',
    description: 'A stale `version` is 409 `version_conflict`.',
    request: { params: EmployerParams, body: jsonBody(UpdateEmployerInput.openapi('UpdateEmployerInput')) },
    responses: { 200: jsonResponse(Employer, 'The changed employer'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await Employers.update(c.get('actor'), c.req.valid('param').employerId, c.req.valid('json')), 200),
);

positionRoutes.openapi(
  route({
    operationId: 'createPosition',
    method: 'post',
    path: '/v1/positions',
    summary: 'Draft a position for an employing unit (organisers)',
    description: 'It starts as a draft, seen by no one outside the office. An unknown unit is 404.',
    request: { body: jsonBody(CreatePositionInput.openapi('CreatePositionInput')) },
    responses: { 201: jsonResponse(Position, 'The position'), ...writeErrors(404) },
  }),
  async (c) => c.json(await Positions.create(c.get('actor'), c.req.valid('json')), 201),
);

positionRoutes.openapi(
  route({
    operationId: 'listPositions',
    method: 'get',
    path: '/v1/positions',
    summary:
      'List positions (organisers; a unit’s reviewer its unit’s): all or by unit newest first, by status latest into it first',
    description: 'A reviewer’s list is always its own unit’s; naming another unit is 404.',
    request: { query: PageQuery.extend(ListPositionsQuery.shape) },
    responses: { 200: jsonResponse(pageOf(Position), 'A page of positions'), ...errors(404) },
  }),
  async (c) => {
    const { limit, cursor, ...query } = c.req.valid('query');
    return c.json(await Positions.list(c.get('actor'), query, { limit, cursor }), 200);
  },
);

positionRoutes.openapi(
  route({
    operationId: 'getPosition',
    method: 'get',
    path: '/v1/positions/{positionId}',
    summary: 'One position, with the transitions it allows (organisers; a unit’s reviewer its unit’s, else 404)',
    request: { params: PositionParams },
    responses: { 200: jsonResponse(Position, 'The position'), ...errors(404) },
  }),
  async (c) => c.json(await Positions.get(c.get('actor'), c.req.valid('param').positionId), 200),
);

positionRoutes.openapi(
  route({
    operationId: 'updatePosition',
    method: 'patch',
    path: '/v1/positions/{positionId}',
    summary: 'Change a draft or published position (organisers); the status moves through transitions',
    description:
      'A stale `version` is 409 `version_conflict`; a closed or filled position is 409 `invalid_transition`.',
    request: { params: PositionParams, body: jsonBody(UpdatePositionInput.openapi('UpdatePositionInput')) },
    responses: { 200: jsonResponse(Position, 'The changed position'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await Positions.update(c.get('actor'), c.req.valid('param').positionId, c.req.valid('json')), 200),
);

positionRoutes.openapi(
  route({
    operationId: 'transitionPosition',
    method: 'post',
    path: '/v1/positions/{positionId}/transitions',
    summary: 'Publish, close or mark filled a position (organisers)',
    description:
      'draft → published → closed or filled. Anything else is 409 `invalid_transition` with `allowed`; a stale ' +
      '`version` is 409 `version_conflict`.',
    request: {
      params: PositionParams,
      body: jsonBody(PositionTransitionInput.openapi('PositionTransitionInput')),
    },
    responses: { 200: jsonResponse(Position, 'The position in its new state'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await Positions.transition(c.get('actor'), c.req.valid('param').positionId, c.req.valid('json')), 200),
);

positionRoutes.openapi(
  route({
    operationId: 'createAnnouncement',
    method: 'post',
    path: '/v1/announcements',
    summary: 'Draft a recruitment notice grouping positions (organisers)',
    description:
      'The `slug` names the public link (`/v1/public/announcements/{slug}`) and never changes; one already taken ' +
      'is 409 `already_exists`. An unknown position is 404.',
    request: { body: jsonBody(CreateAnnouncementInput.openapi('CreateAnnouncementInput')) },
    responses: { 201: jsonResponse(Announcement, 'The announcement'), ...writeErrors(404, 409) },
  }),
  async (c) => c.json(await Announcements.create(c.get('actor'), c.req.valid('json')), 201),
);

positionRoutes.openapi(
  route({
    operationId: 'listAnnouncements',
    method: 'get',
    path: '/v1/announcements',
    summary: 'List recruitment notices, newest first (organisers)',
    request: { query: PageQuery.extend(ListAnnouncementsQuery.shape) },
    responses: { 200: jsonResponse(pageOf(Announcement), 'A page of announcements'), ...errors() },
  }),
  async (c) => {
    const { limit, cursor, ...query } = c.req.valid('query');
    return c.json(await Announcements.list(c.get('actor'), query, { limit, cursor }), 200);
  },
);

positionRoutes.openapi(
  route({
    operationId: 'getAnnouncement',
    method: 'get',
    path: '/v1/announcements/{announcementId}',
    summary: 'One recruitment notice (organisers)',
    request: { params: AnnouncementParams },
    responses: { 200: jsonResponse(Announcement, 'The announcement'), ...errors(404) },
  }),
  async (c) => c.json(await Announcements.get(c.get('actor'), c.req.valid('param').announcementId), 200),
);

positionRoutes.openapi(
  route({
    operationId: 'updateAnnouncement',
    method: 'patch',
    path: '/v1/announcements/{announcementId}',
    summary: 'Change the title, text or positions of a notice (organisers)',
    description:
      'A stale `version` is 409 `version_conflict`; a closed notice is 409 `invalid_transition`; an unknown ' +
      'position is 404; leaving a published notice without a published position is 409 `no_published_positions`.',
    request: {
      params: AnnouncementParams,
      body: jsonBody(UpdateAnnouncementInput.openapi('UpdateAnnouncementInput')),
    },
    responses: { 200: jsonResponse(Announcement, 'The changed announcement'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await Announcements.update(c.get('actor'), c.req.valid('param').announcementId, c.req.valid('json')), 200),
);

positionRoutes.openapi(
  route({
    operationId: 'transitionAnnouncement',
    method: 'post',
    path: '/v1/announcements/{announcementId}/transitions',
    summary: 'Publish or close a recruitment notice (organisers)',
    description:
      'draft → published → closed. Anything else is 409 `invalid_transition` with `allowed`; publishing a notice ' +
      'none of whose positions is published is 409 `no_published_positions`; a stale `version` is 409.',
    request: {
      params: AnnouncementParams,
      body: jsonBody(AnnouncementTransitionInput.openapi('AnnouncementTransitionInput')),
    },
    responses: { 200: jsonResponse(Announcement, 'The announcement in its new state'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(
      await Announcements.transition(c.get('actor'), c.req.valid('param').announcementId, c.req.valid('json')),
      200,
    ),
);
