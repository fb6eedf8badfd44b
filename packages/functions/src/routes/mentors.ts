import { z } from '@hono/zod-openapi';
import { Mentors } from '@aksu/core/mentors/mentors';
import {
  CreatedMentorView,
  CreateMentorInput,
  ListMentorsQuery,
  mentorIdSchema,
  MentorView,
  UpdateMentorInput,
} from '@aksu/core/mentors/mentors.schema';
import { Placements } from '@aksu/core/placements/index';
import { MenteeView } from '@aksu/core/placements/placements.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Mentors');

const Mentor = MentorView.openapi('Mentor');
const Params = z.object({ mentorId: mentorIdSchema.openapi({ param: { name: 'mentorId', in: 'path' } }) });

/** Mentors (导师): organisers manage them; a mentor reads their own mentees. */
export const mentorRoutes = router();

mentorRoutes.openapi(
  route({
    operationId: 'createMentor',
    method: 'post',
    path: '/v1/mentors',
    summary: 'Add a mentor and invite them (organisers)',
    description: 'Creates the mentor and an invited account; the invitation code is returned once.',
    request: { body: jsonBody(CreateMentorInput.openapi('CreateMentorInput')) },
    responses: {
      201: jsonResponse(CreatedMentorView.openapi('CreatedMentor'), 'The mentor and their invitation code'),
      ...writeErrors(409),
    },
  }),
  async (c) => c.json(await Mentors.create(c.get('actor'), c.req.valid('json')), 201),
);

mentorRoutes.openapi(
  route({
    operationId: 'listMentors',
    method: 'get',
    path: '/v1/mentors',
    summary: "Mentors with their mentee counts, optionally one host unit's or the independent ones (organisers)",
    request: { query: PageQuery.extend(ListMentorsQuery.shape) },
    responses: { 200: jsonResponse(pageOf(Mentor), 'A page of mentors'), ...errors() },
  }),
  async (c) => {
    const { limit, cursor, ...filter } = c.req.valid('query');
    return c.json(await Mentors.list(c.get('actor'), filter, { limit, cursor }), 200);
  },
);

mentorRoutes.openapi(
  route({
    operationId: 'getMentor',
    method: 'get',
    path: '/v1/mentors/{mentorId}',
    summary: 'One mentor (organisers)',
    request: { params: Params },
    responses: { 200: jsonResponse(Mentor, 'The mentor'), ...errors(404) },
  }),
  async (c) => c.json(await Mentors.get(c.get('actor'), c.req.valid('param').mentorId), 200),
);

mentorRoutes.openapi(
  route({
    operationId: 'updateMentor',
    method: 'patch',
    path: '/v1/mentors/{mentorId}',
    summary: 'Change a mentor (organisers)',
    description:
      'Send the `version` you read; a stale one is 409. A maximum below the current mentees is refused (409 ' +
      '`conflict`).',
    request: { params: Params, body: jsonBody(UpdateMentorInput.openapi('UpdateMentorInput')) },
    responses: { 200: jsonResponse(Mentor, 'The changed mentor'), ...writeErrors(404, 409) },
  }),
  async (c) => c.json(await Mentors.update(c.get('actor'), c.req.valid('param').mentorId, c.req.valid('json')), 200),
);

mentorRoutes.openapi(
  route({
    operationId: 'listMentorMentees',
    method: 'get',
    path: '/v1/mentors/{mentorId}/mentees',
    summary: "The mentor's mentees with their placement and contact (organisers; the mentor themselves)",
    description: 'Phones are masked for everyone but organisers. Another mentor’s list is 404.',
    request: { params: Params, query: PageQuery },
    responses: { 200: jsonResponse(pageOf(MenteeView.openapi('Mentee')), 'A page of mentees'), ...errors(404) },
  }),
  async (c) =>
    c.json(await Placements.listMentees(c.get('actor'), c.req.valid('param').mentorId, c.req.valid('query')), 200),
);
