import { z } from '@hono/zod-openapi';
import { Users } from '@aksu/core/users/users';
import {
  ActivateInput,
  ChangePasswordInput,
  LoginInput,
  ResetPasswordInput,
  UserView,
} from '@aksu/core/users/users.schema';
import { router } from '../env.ts';
import { clientAddress } from '../http/client-address.ts';
import { bearer, route, errors, jsonBody, jsonResponse, writeErrors } from '../http/schemas.ts';
import { forgetSession } from '../middleware/auth.ts';

const Session = z.object({ token: z.string(), user: UserView.openapi('User') }).openapi('Session');

const CODE_LIMITS =
  'Wrong codes are limited per client and overall (429 `rate_limited` with Retry-After); 10 characters at least, ' +
  'not a common password and not the email (400 naming `password`).';

/** Sign-in, codes and the signed-in account. Routes are added one statement each to keep the app's type small. */
export const authRoutes = router();

authRoutes.openapi(
  route({
    operationId: 'login',
    method: 'post',
    path: '/v1/auth/login',
    tags: ['Auth'],
    summary: 'Sign in with email and password',
    description:
      'Five failed attempts for one email, each within 15 minutes of the last, lock it until 15 minutes after the ' +
      'last (429 `too_many_attempts`; an admin can unlock sooner). Wrong passwords are also limited per client (429 ' +
      '`rate_limited`). Both answers carry Retry-After.',
    security: [],
    request: { body: jsonBody(LoginInput.openapi('LoginInput')) },
    responses: { 200: jsonResponse(Session, 'Signed in'), ...writeErrors(429) },
  }),
  async (c) =>
    c.json(await Users.login(c.req.valid('json'), c.get('config').jwtSecret, { client: clientAddress(c) }), 200),
);

authRoutes.openapi(
  route({
    operationId: 'activateAccount',
    method: 'post',
    path: '/v1/auth/activate',
    tags: ['Auth'],
    summary: 'Turn an invitation code into an account',
    description: [
      'Sets the password of an invited account and signs the person in. Each code works once.',
      CODE_LIMITS,
    ].join(' '),
    security: [],
    request: { body: jsonBody(ActivateInput.openapi('ActivateInput')) },
    responses: { 200: jsonResponse(Session, 'Account activated and signed in'), ...writeErrors(429) },
  }),
  async (c) =>
    c.json(await Users.activate(c.req.valid('json'), c.get('config').jwtSecret, { client: clientAddress(c) }), 200),
);

authRoutes.openapi(
  route({
    operationId: 'resetPassword',
    method: 'post',
    path: '/v1/auth/reset',
    tags: ['Auth'],
    summary: 'Set a new password with a reset code from an admin',
    description:
      `Each code works once, within a day, and only the latest issued. Earlier sessions end and the ` +
      `sign-in lock is lifted. ${CODE_LIMITS}`,
    security: [],
    request: { body: jsonBody(ResetPasswordInput.openapi('ResetPasswordInput')) },
    responses: { 200: jsonResponse(Session, 'Password set and signed in'), ...writeErrors(429) },
  }),
  async (c) => {
    const session = await Users.resetPassword(c.req.valid('json'), c.get('config').jwtSecret, {
      client: clientAddress(c),
    });
    forgetSession(session.user.userId);
    return c.json(session, 200);
  },
);

authRoutes.openapi(
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

authRoutes.openapi(
  route({
    operationId: 'changePassword',
    method: 'post',
    path: '/v1/me/password',
    tags: ['Auth'],
    summary: 'Change your own password',
    description:
      'Needs the current password (a wrong one is 400 naming `currentPassword` and counts toward the sign-in lock, ' +
      '429). Every other session ends; the answer carries a fresh token.',
    security: bearer,
    request: { body: jsonBody(ChangePasswordInput.openapi('ChangePasswordInput')) },
    responses: { 200: jsonResponse(Session, 'Password changed; a fresh session'), ...writeErrors(404, 409, 429) },
  }),
  async (c) => {
    const actor = c.get('actor');
    const session = await Users.changePassword(actor, c.req.valid('json'), c.get('config').jwtSecret);
    forgetSession(actor.userId);
    return c.json(session, 200);
  },
);

authRoutes.openapi(
  route({
    operationId: 'signOutEverywhere',
    method: 'post',
    path: '/v1/me/sign-out-everywhere',
    tags: ['Auth'],
    summary: 'End every session of your account, this one included',
    security: bearer,
    responses: { 204: { description: 'Every token of the account stops working' }, ...errors(404) },
  }),
  async (c) => {
    const actor = c.get('actor');
    await Users.signOutEverywhere(actor);
    forgetSession(actor.userId);
    return c.body(null, 204);
  },
);
