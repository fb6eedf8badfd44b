import { z } from '@hono/zod-openapi';
import { outcomeIdSchema } from '@aksu/core/conversion/conversion.schema';
import {
  AssignCareInput,
  CareView,
  ContactLogView,
  ListCareQuery,
  LogContactInput,
} from '@aksu/core/talent-service/care.schema';
import { TalentService } from '@aksu/core/talent-service/index';
import { ServicePolicies } from '@aksu/core/talent-service/policies';
import { CreateServicePolicyInput, ServicePolicyView } from '@aksu/core/talent-service/policy.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';
import { Card } from './talent-service-views.ts';

const route = bearerRoutes('Talent service');

const Care = CareView.openapi('TalentCare');
const ContactLog = ContactLogView.openapi('ContactLog');
const Policy = ServicePolicyView.openapi('ServicePolicy');
const Params = z.object({ outcomeId: outcomeIdSchema.openapi({ param: { name: 'outcomeId', in: 'path' } }) });

/**
 * Keeping people once they come (以服务留人才): the policy, who looks after whom, contacts and the
 * service card. Organisers do everything; a contact reads and logs contacts for their own people.
 */
export const talentServiceRoutes = router();

talentServiceRoutes.openapi(
  route({
    operationId: 'listServicePolicies',
    method: 'get',
    path: '/v1/talent-service/policies',
    summary: 'Talent service policy versions, the built-in one first, then oldest first (organisers)',
    responses: { 200: jsonResponse(z.object({ items: z.array(Policy) }), 'The versions'), ...errors() },
  }),
  async (c) => c.json(await ServicePolicies.list(c.get('actor')), 200),
);

talentServiceRoutes.openapi(
  route({
    operationId: 'createServicePolicy',
    method: 'post',
    path: '/v1/talent-service/policies',
    summary: 'A new version of tiers, contact cadence, card rules, benefits and request deadlines (organisers)',
    description: 'Versions are never edited; one per effective date (409 `already_exists` for a second).',
    request: { body: jsonBody(CreateServicePolicyInput.openapi('CreateServicePolicyInput')) },
    responses: { 201: jsonResponse(Policy, 'The new version'), ...writeErrors(409) },
  }),
  async (c) => c.json(await ServicePolicies.create(c.get('actor'), c.req.valid('json')), 201),
);

talentServiceRoutes.openapi(
  route({
    operationId: 'listTalentCare',
    method: 'get',
    path: '/v1/talent-service/people',
    summary: "People looked after, least recently contacted first: a contact's own, or one commissioner's",
    description: 'Organisers get the commissioner’s people (their own unless `commissionerId` is given).',
    request: { query: ListCareQuery.extend(PageQuery.shape) },
    responses: { 200: jsonResponse(pageOf(Care), 'A page of people'), ...errors() },
  }),
  async (c) => {
    const { limit, cursor, ...query } = c.req.valid('query');
    return c.json(await TalentService.list(c.get('actor'), query, { limit, cursor }), 200);
  },
);

talentServiceRoutes.openapi(
  route({
    operationId: 'listOverdueContacts',
    method: 'get',
    path: '/v1/talent-service/overdue-contacts',
    summary: 'Everyone whose contact is past its cadence, the longest overdue first (organisers)',
    responses: { 200: jsonResponse(z.object({ items: z.array(Care) }), 'The overdue'), ...errors() },
  }),
  async (c) => c.json(await TalentService.overdueContacts(c.get('actor')), 200),
);

talentServiceRoutes.openapi(
  route({
    operationId: 'assignTalentCare',
    method: 'put',
    path: '/v1/talent-service/people/{outcomeId}',
    summary: 'Give a person who came (onboarded) a tier, a service commissioner and a contact (organisers)',
    request: { params: Params, body: jsonBody(AssignCareInput.openapi('AssignCareInput')) },
    responses: { 200: jsonResponse(Care, 'Who looks after the person'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await TalentService.assign(c.get('actor'), c.req.valid('param').outcomeId, c.req.valid('json')), 200),
);

talentServiceRoutes.openapi(
  route({
    operationId: 'getTalentCare',
    method: 'get',
    path: '/v1/talent-service/people/{outcomeId}',
    summary: 'Who looks after a person and when the next contact is due (organisers; their contact)',
    request: { params: Params },
    responses: { 200: jsonResponse(Care, 'The care record'), ...errors(404) },
  }),
  async (c) => c.json(await TalentService.get(c.get('actor'), c.req.valid('param').outcomeId), 200),
);

talentServiceRoutes.openapi(
  route({
    operationId: 'listContactLog',
    method: 'get',
    path: '/v1/talent-service/people/{outcomeId}/contacts',
    summary: 'The latest contacts and visits with a person, newest first (organisers; their contact)',
    request: { params: Params },
    responses: { 200: jsonResponse(z.object({ items: z.array(ContactLog) }), 'The log'), ...errors(404) },
  }),
  async (c) => c.json(await TalentService.contactLog(c.get('actor'), c.req.valid('param').outcomeId), 200),
);

talentServiceRoutes.openapi(
  route({
    operationId: 'logContact',
    method: 'post',
    path: '/v1/talent-service/people/{outcomeId}/contacts',
    summary: 'Log a visit, call, festival care visit or health check reminder (organisers; their contact)',
    description: "Dated no later than today in the cohort's time zone (422 `date_in_future`).",
    request: { params: Params, body: jsonBody(LogContactInput.openapi('LogContactInput')) },
    responses: { 201: jsonResponse(ContactLog, 'The logged contact'), ...writeErrors(404, 409, 422) },
  }),
  async (c) =>
    c.json(await TalentService.logContact(c.get('actor'), c.req.valid('param').outcomeId, c.req.valid('json')), 201),
);

talentServiceRoutes.openapi(
  route({
    operationId: 'issueServiceCard',
    method: 'post',
    path: '/v1/talent-service/people/{outcomeId}/card',
    summary: 'Issue the talent service card, once (organisers)',
    description:
      'The tier and time in service must qualify under the policy in force (422 `not_eligible`); a second issue, ' +
      'even at the same moment, answers 409 `already_exists`.',
    request: { params: Params },
    responses: { 201: jsonResponse(Card, 'The card'), ...writeErrors(404, 409, 422) },
  }),
  async (c) => c.json(await TalentService.issueCard(c.get('actor'), c.req.valid('param').outcomeId), 201),
);

talentServiceRoutes.openapi(
  route({
    operationId: 'getServiceCard',
    method: 'get',
    path: '/v1/talent-service/people/{outcomeId}/card',
    summary: "A person's service card (organisers)",
    request: { params: Params },
    responses: { 200: jsonResponse(Card, 'The card'), ...errors(404) },
  }),
  async (c) => c.json(await TalentService.getCard(c.get('actor'), c.req.valid('param').outcomeId), 200),
);
