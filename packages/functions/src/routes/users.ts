import { z } from '@hono/zod-openapi';
import { Users } from '@aksu/core/users/users';
import { CreateUserInput, ListUsersQuery, ResetCodeView, userIdSchema, UserView } from '@aksu/core/users/users.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';
import { forgetSession } from '../middleware/auth.ts';

const route = bearerRoutes('Users');

export const Invited = z
  .object({
    user: UserView,
    invitationCode: z.string().openapi({ description: 'One-time code for `POST /v1/auth/activate`; shown once' }),
  })
  .openapi('InvitedUser');

const UserParams = z.object({ userId: userIdSchema.openapi({ param: { name: 'userId', in: 'path' } }) });

function statusRoute(verb: 'disable' | 'enable') {
  return route({
    operationId: `${verb}User`,
    method: 'post',
    path: `/v1/users/{userId}/${verb}`,
    summary: verb === 'disable' ? 'Disable an account (admin organisers)' : 'Re-enable an account (admin organisers)',
    request: { params: UserParams },
    responses: { 200: jsonResponse(UserView, 'The account'), ...errors(404, 409) },
  });
}

export const userRoutes = router()
  .openapi(
    route({
      operationId: 'createUser',
      method: 'post',
      path: '/v1/users',
      summary: 'Invite an organiser, a coordinator or a unit’s reviewer (admin organisers)',
      description:
        'A coordinator names its `universityId`, a reviewer its employing unit (`unitId`, a host unit or an ' +
        'employer record; 404 when there is none such); no other role names either.',
      request: { body: jsonBody(CreateUserInput.openapi('CreateUserInput')) },
      responses: { 201: jsonResponse(Invited, 'Account created in state `invited`'), ...writeErrors(404, 409) },
    }),
    async (c) => c.json(await Users.create(c.get('actor'), c.req.valid('json')), 201),
  )
  .openapi(
    route({
      operationId: 'listUsers',
      method: 'get',
      path: '/v1/users',
      summary: 'List accounts, newest first, optionally by part of a name or email and by role (organisers)',
      request: { query: PageQuery.extend(ListUsersQuery.shape) },
      responses: { 200: jsonResponse(pageOf(UserView), 'A page of accounts'), ...errors() },
    }),
    async (c) => c.json(await Users.list(c.get('actor'), c.req.valid('query')), 200),
  )
  .openapi(
    route({
      operationId: 'getUser',
      method: 'get',
      path: '/v1/users/{userId}',
      summary: 'One account (organisers, or yourself)',
      request: { params: UserParams },
      responses: { 200: jsonResponse(UserView, 'The account'), ...errors(404) },
    }),
    async (c) => c.json(await Users.get(c.get('actor'), c.req.valid('param').userId), 200),
  )
  .openapi(statusRoute('disable'), async (c) => {
    const { userId } = c.req.valid('param');
    const user = await Users.setStatus(c.get('actor'), userId, 'disabled');
    forgetSession(userId);
    return c.json(user, 200);
  })
  .openapi(statusRoute('enable'), async (c) =>
    c.json(await Users.setStatus(c.get('actor'), c.req.valid('param').userId, 'active'), 200),
  )
  .openapi(
    route({
      operationId: 'issueResetCode',
      method: 'post',
      path: '/v1/users/{userId}/reset-code',
      summary: 'Issue a one-time password reset code (admin organisers)',
      description:
        'For someone who forgot their password: the code, shown once, works for a day at `POST /v1/auth/reset`; ' +
        'issuing another replaces it. Only for active accounts (409 otherwise).',
      request: { params: UserParams },
      responses: { 201: jsonResponse(ResetCodeView.openapi('ResetCode'), 'The code, shown once'), ...errors(404, 409) },
    }),
    async (c) => c.json(await Users.issueResetCode(c.get('actor'), c.req.valid('param').userId), 201),
  )
  .openapi(
    route({
      operationId: 'unlockUser',
      method: 'post',
      path: '/v1/users/{userId}/unlock',
      summary: "Lift an account's sign-in lock (admin organisers)",
      description:
        'For someone locked out by failed sign-ins (their own or another’s); the lock would otherwise end on its own.',
      request: { params: UserParams },
      responses: { 200: jsonResponse(UserView, 'The account'), ...errors(404) },
    }),
    async (c) => c.json(await Users.unlock(c.get('actor'), c.req.valid('param').userId), 200),
  );
