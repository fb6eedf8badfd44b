import { z } from '@hono/zod-openapi';
import { outcomeIdSchema } from '@aksu/core/conversion/conversion.schema';
import { InviteTalentInput, TalentInvitationView } from '@aksu/core/talent-service/accounts';
import { TalentService } from '@aksu/core/talent-service/index';
import { router } from '../env.ts';
import { bearerRoutes, jsonBody, jsonResponse, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Talent service');
const Params = z.object({ outcomeId: outcomeIdSchema.openapi({ param: { name: 'outcomeId', in: 'path' } }) });

/** Accounts for people who came from a lead, so they hold their card and file requests on their phone. */
export const talentAccountRoutes = router();

talentAccountRoutes.openapi(
  route({
    operationId: 'inviteTalentAccount',
    method: 'post',
    path: '/v1/talent-service/people/{outcomeId}/account',
    summary: 'Invite a person who came from a lead to the phone app, bound to their outcome (organisers)',
    description:
      'Only a lead’s outcome (an intern has their account, 422 `not_eligible`), once they came (报到) or stayed ' +
      '(409 otherwise), and once (409 `already_exists`). The account reads only its own card, requests, ' +
      'notifications and account.',
    request: { params: Params, body: jsonBody(InviteTalentInput.openapi('InviteTalentInput')) },
    responses: {
      201: jsonResponse(TalentInvitationView.openapi('TalentInvitation'), 'The invited account and its code'),
      ...writeErrors(404, 409, 422),
    },
  }),
  async (c) =>
    c.json(await TalentService.inviteTalent(c.get('actor'), c.req.valid('param').outcomeId, c.req.valid('json')), 201),
);
