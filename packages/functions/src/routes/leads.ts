import { z } from '@hono/zod-openapi';
import { universityIdSchema } from '@aksu/core/fields';
import { Leads } from '@aksu/core/leads/leads';
import {
  CreateLeadInvitationInput,
  LeadDetailView,
  leadIdSchema,
  LeadInvitationView,
  LeadView,
  ListLeadsQuery,
  UpdateLeadInput,
} from '@aksu/core/leads/leads.schema';
import { Outcomes, UniversityOutcomesView } from '@aksu/core/tallies/university-outcomes';
import { router } from '../env.ts';
import { bearer, errors, jsonBody, jsonResponse, PageQuery, pageOf, route, writeErrors } from '../http/schemas.ts';

const Lead = LeadView.openapi('Lead');

const Params = z.object({ leadId: leadIdSchema.openapi({ param: { name: 'leadId', in: 'path' } }) });

/** Leads (意向人才): organisers see all, a coordinator their own university's, with phones masked. */
export const leadRoutes = router();

leadRoutes.openapi(
  route({
    operationId: 'listLeads',
    method: 'get',
    path: '/v1/leads',
    tags: ['Leads'],
    summary: 'Search and filter leads, newest first',
    security: bearer,
    request: { query: PageQuery.extend(ListLeadsQuery.shape) },
    responses: { 200: jsonResponse(pageOf(Lead), 'A page of leads'), ...errors() },
  }),
  async (c) => {
    const { limit, cursor, ...query } = c.req.valid('query');
    return c.json(await Leads.list(c.get('actor'), query, { limit, cursor }), 200);
  },
);

leadRoutes.openapi(
  route({
    operationId: 'getLead',
    method: 'get',
    path: '/v1/leads/{leadId}',
    tags: ['Leads'],
    summary: 'A lead with their events and invitations',
    security: bearer,
    request: { params: Params },
    responses: { 200: jsonResponse(LeadDetailView.openapi('LeadDetail'), 'The lead'), ...errors(404) },
  }),
  async (c) => c.json(await Leads.get(c.get('actor'), c.req.valid('param').leadId), 200),
);

leadRoutes.openapi(
  route({
    operationId: 'updateLead',
    method: 'patch',
    path: '/v1/leads/{leadId}',
    tags: ['Leads'],
    summary: "Correct a lead's name, email, phone or university (organisers)",
    description:
      'The only way these change once the lead exists: a registration that matches a lead attaches to it and keeps ' +
      'its own details. A stale `version` is 409; an email or phone another lead has is 409 naming the field.',
    security: bearer,
    request: { params: Params, body: jsonBody(UpdateLeadInput.openapi('UpdateLeadInput')) },
    responses: { 200: jsonResponse(Lead, 'The changed lead'), ...writeErrors(404, 409) },
  }),
  async (c) => c.json(await Leads.update(c.get('actor'), c.req.valid('param').leadId, c.req.valid('json')), 200),
);

leadRoutes.openapi(
  route({
    operationId: 'inviteLead',
    method: 'post',
    path: '/v1/leads/{leadId}/invitations',
    tags: ['Leads'],
    summary: 'Record an invitation to the summer programme or a full-time post (organisers)',
    security: bearer,
    request: { params: Params, body: jsonBody(CreateLeadInvitationInput.openapi('CreateLeadInvitationInput')) },
    responses: {
      201: jsonResponse(LeadInvitationView.openapi('LeadInvitation'), 'The invitation'),
      ...writeErrors(404),
    },
  }),
  async (c) => c.json(await Leads.invite(c.get('actor'), c.req.valid('param').leadId, c.req.valid('json')), 201),
);

leadRoutes.openapi(
  route({
    operationId: 'getUniversityOutcomes',
    method: 'get',
    path: '/v1/universities/{universityId}/outcomes',
    tags: ['Partnerships'],
    summary: 'Events held, registrations and leads from a university (organisers and its coordinator)',
    security: bearer,
    request: {
      params: z.object({ universityId: universityIdSchema.openapi({ param: { name: 'universityId', in: 'path' } }) }),
    },
    responses: {
      200: jsonResponse(UniversityOutcomesView.openapi('UniversityOutcomes'), 'The counters'),
      ...errors(404),
    },
  }),
  async (c) => c.json(await Outcomes.forUniversity(c.get('actor'), c.req.valid('param').universityId), 200),
);
