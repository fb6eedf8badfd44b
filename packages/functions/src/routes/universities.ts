import { z } from '@hono/zod-openapi';
import { universityIdSchema } from '@aksu/core/fields';
import { Universities } from '@aksu/core/universities/universities';
import {
  CreateUniversityInput,
  ListUniversitiesQuery,
  UniversityView,
  UpdateUniversityInput,
} from '@aksu/core/universities/universities.schema';
import { Users } from '@aksu/core/users/users';
import { CreateCoordinatorInput, UserView } from '@aksu/core/users/users.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';
import { idempotent, IdempotencyHeaders } from '../middleware/idempotency.ts';
import { Invited } from './users.ts';

const route = bearerRoutes('Universities');

const University = UniversityView.openapi('University');
const Params = z.object({
  universityId: universityIdSchema.openapi({ param: { name: 'universityId', in: 'path' } }),
});

export const universityRoutes = router()
  .openapi(
    route({
      operationId: 'createUniversity',
      method: 'post',
      path: '/v1/universities',
      summary: 'Add a university (organisers)',
      description: 'Send an `Idempotency-Key` to make retries safe.',
      middleware: [idempotent()] as const,
      request: { headers: IdempotencyHeaders, body: jsonBody(CreateUniversityInput.openapi('CreateUniversityInput')) },
      responses: { 201: jsonResponse(University, 'The university'), ...writeErrors(409, 422) },
    }),
    async (c) => c.json(await Universities.create(c.get('actor'), c.req.valid('json')), 201),
  )
  .openapi(
    route({
      operationId: 'listUniversities',
      method: 'get',
      path: '/v1/universities',
      summary: 'List universities by name',
      description: 'Organisers see all, optionally one province or matching `q`; a coordinator sees their own.',
      request: { query: PageQuery.extend(ListUniversitiesQuery.shape) },
      responses: { 200: jsonResponse(pageOf(University), 'A page of universities'), ...errors() },
    }),
    async (c) => {
      const { limit, cursor, ...filter } = c.req.valid('query');
      return c.json(await Universities.list(c.get('actor'), filter, { limit, cursor }), 200);
    },
  )
  .openapi(
    route({
      operationId: 'getUniversity',
      method: 'get',
      path: '/v1/universities/{universityId}',
      summary: 'One university',
      request: { params: Params },
      responses: { 200: jsonResponse(University, 'The university'), ...errors(404) },
    }),
    async (c) => c.json(await Universities.get(c.get('actor'), c.req.valid('param').universityId), 200),
  )
  .openapi(
    route({
      operationId: 'updateUniversity',
      method: 'patch',
      path: '/v1/universities/{universityId}',
      summary: 'Change a university',
      description: 'Send the `version` you read; a stale one is 409. Coordinators may change only `contacts`.',
      request: { params: Params, body: jsonBody(UpdateUniversityInput.openapi('UpdateUniversityInput')) },
      responses: { 200: jsonResponse(University, 'The changed university'), ...writeErrors(404, 409) },
    }),
    async (c) =>
      c.json(await Universities.update(c.get('actor'), c.req.valid('param').universityId, c.req.valid('json')), 200),
  )
  .openapi(
    route({
      operationId: 'inviteCoordinator',
      method: 'post',
      path: '/v1/universities/{universityId}/coordinators',
      summary: "Invite the university's coordinator (organisers)",
      request: { params: Params, body: jsonBody(CreateCoordinatorInput.openapi('CreateCoordinatorInput')) },
      responses: { 201: jsonResponse(Invited, 'Coordinator invited'), ...writeErrors(404, 409) },
    }),
    async (c) =>
      c.json(
        await Universities.inviteCoordinator(c.get('actor'), c.req.valid('param').universityId, c.req.valid('json')),
        201,
      ),
  )
  .openapi(
    route({
      operationId: 'listUniversityAccounts',
      method: 'get',
      path: '/v1/universities/{universityId}/coordinators',
      summary: "The university's coordinator accounts (organisers)",
      request: { params: Params, query: PageQuery },
      responses: { 200: jsonResponse(pageOf(UserView), 'A page of accounts'), ...errors(404) },
    }),
    async (c) =>
      c.json(
        await Users.listByUniversity(c.get('actor'), c.req.valid('param').universityId, c.req.valid('query')),
        200,
      ),
  );
