import { z } from '@hono/zod-openapi';
import { ActivateInput, LoginInput, Users, UserView } from '@aksu/core';
import { router } from '../env.ts';
import { bearer, route, errors, jsonBody, jsonResponse, writeErrors } from '../http/schemas.ts';

const Session = z.object({ token: z.string(), user: UserView.openapi('User') }).openapi('Session');

export const authRoutes = router()
  .openapi(
    route({
      operationId: 'login',
      method: 'post',
      path: '/v1/auth/login',
      tags: ['Auth'],
      summary: 'Sign in with email and password',
      description: 'Five wrong passwords for one email within 15 minutes lock it for 15 minutes (429).',
      security: [],
      request: { body: jsonBody(LoginInput.openapi('LoginInput')) },
      responses: { 200: jsonResponse(Session, 'Signed in'), ...writeErrors(429) },
    }),
    async (c) => c.json(await Users.login(c.req.valid('json'), c.get('config').jwtSecret), 200),
  )
  .openapi(
    route({
      operationId: 'activateAccount',
      method: 'post',
      path: '/v1/auth/activate',
      tags: ['Auth'],
      summary: 'Turn an invitation code into an account',
      description: 'Sets the password of an invited account and signs the person in. Each code works once.',
      security: [],
      request: { body: jsonBody(ActivateInput.openapi('ActivateInput')) },
      responses: { 200: jsonResponse(Session, 'Account activated and signed in'), ...writeErrors() },
    }),
    async (c) => c.json(await Users.activate(c.req.valid('json'), c.get('config').jwtSecret), 200),
  )
  .openapi(
    route({
      operationId: 'getMe',
      method: 'get',
      path: '/v1/me',
      tags: ['Auth'],
      summary: 'The signed-in account',
      security: bearer,
      responses: { 200: jsonResponse(UserView, 'The account'), ...errors(404) },
    }),
    async (c) => {
      const actor = c.get('actor');
      return c.json(await Users.get(actor, actor.userId), 200);
    },
  );
