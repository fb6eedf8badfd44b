import { z } from '@hono/zod-openapi';
import { cohortIdSchema } from '@aksu/core/fields';
import { internIdSchema } from '@aksu/core/placements/placements.schema';
import { PayoutBatches } from '@aksu/core/stipends/batches';
import { Statements } from '@aksu/core/stipends/statements';
import {
  ApproveStatementInput,
  payeeIdSchema,
  PayoutBatchView,
  payoutBatchIdSchema,
  StatementsQuery,
  StatementView,
  TravelClaimInput,
  TravelClaimView,
} from '@aksu/core/stipends/stipends.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';
import { idempotent, IdempotencyHeaders } from '../middleware/idempotency.ts';

const route = bearerRoutes('Stipends');

const Statement = StatementView.openapi('StipendStatement');
const Batch = PayoutBatchView.openapi('PayoutBatch');
const cohortId = cohortIdSchema.openapi({ param: { name: 'cohortId', in: 'path' } });
const CohortParams = z.object({ cohortId });
const StatementParams = z.object({
  cohortId,
  payeeId: payeeIdSchema.openapi({
    param: { name: 'payeeId', in: 'path' },
    description: "An intern's registration id or a mentor's id",
    example: 'crg_01J9Z3K8Q4M2X7V5T6R8N0P1AB',
  }),
});
const InternParams = z.object({
  registrationId: internIdSchema.openapi({ param: { name: 'registrationId', in: 'path' } }),
});
const BatchParams = z.object({ batchId: payoutBatchIdSchema.openapi({ param: { name: 'batchId', in: 'path' } }) });

/** Stipend statements (生活补贴), mentor allowances, travel claims and payout batches. */
export const stipendRoutes = router();

stipendRoutes.openapi(
  route({
    operationId: 'listStipendStatements',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/stipend-statements',
    summary: "The cohort's intern statements (a page, by placement) or its mentors' allowances (all) (organisers)",
    description:
      'Statements not yet approved are computed on read from attendance and the cohort’s policy; approved ones are ' +
      'frozen.',
    request: { params: CohortParams, query: PageQuery.extend(StatementsQuery.shape) },
    responses: { 200: jsonResponse(pageOf(Statement), 'A page of statements'), ...errors(404) },
  }),
  async (c) => {
    const { kind, ...page } = c.req.valid('query');
    return c.json(await Statements.list(c.get('actor'), c.req.valid('param').cohortId, kind, page), 200);
  },
);

stipendRoutes.openapi(
  route({
    operationId: 'getStipendStatement',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/stipend-statements/{payeeId}',
    summary: 'One statement with every line explained (organisers; the intern or mentor it pays)',
    request: { params: StatementParams },
    responses: { 200: jsonResponse(Statement, 'The statement'), ...errors(404) },
  }),
  async (c) => {
    const { cohortId: id, payeeId } = c.req.valid('param');
    return c.json(await Statements.get(c.get('actor'), id, payeeId), 200);
  },
);

stipendRoutes.openapi(
  route({
    operationId: 'approveStipendStatement',
    method: 'post',
    path: '/v1/cohorts/{cohortId}/stipend-statements/{payeeId}/approve',
    summary: 'Approve and freeze a statement at the total the organiser saw (organisers)',
    description: 'Once (`statement_approved`); a total that changed since it was read is `statement_changed`.',
    request: { params: StatementParams, body: jsonBody(ApproveStatementInput.openapi('ApproveStatementInput')) },
    responses: { 200: jsonResponse(Statement, 'The frozen statement'), ...writeErrors(404, 409) },
  }),
  async (c) => {
    const { cohortId: id, payeeId } = c.req.valid('param');
    return c.json(await Statements.approve(c.get('actor'), id, payeeId, c.req.valid('json')), 200);
  },
);

stipendRoutes.openapi(
  route({
    operationId: 'getTravelClaim',
    method: 'get',
    path: '/v1/interns/{registrationId}/travel-claim',
    summary: "The intern's travel claim with receipts (the intern, organisers)",
    request: { params: InternParams },
    responses: { 200: jsonResponse(TravelClaimView.openapi('TravelClaim'), 'The claim'), ...errors(404) },
  }),
  async (c) => c.json(await Statements.travelClaim(c.get('actor'), c.req.valid('param').registrationId), 200),
);

stipendRoutes.openapi(
  route({
    operationId: 'putTravelClaim',
    method: 'put',
    path: '/v1/interns/{registrationId}/travel-claim',
    summary: 'Record or correct the travel claim until the statement is approved (the intern themselves)',
    description: 'Reimbursed up to the cohort’s cap. Changing an existing claim needs its `version`.',
    request: { params: InternParams, body: jsonBody(TravelClaimInput.openapi('TravelClaimInput')) },
    responses: { 200: jsonResponse(TravelClaimView.openapi('TravelClaim'), 'The claim'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(
      await Statements.putTravelClaim(c.get('actor'), c.req.valid('param').registrationId, c.req.valid('json')),
      200,
    ),
);

stipendRoutes.openapi(
  route({
    operationId: 'createPayoutBatch',
    method: 'post',
    path: '/v1/cohorts/{cohortId}/payout-batches',
    summary: "Gather the cohort's approved statements not yet batched into a payout batch (organisers)",
    description: 'At most 90 statements per batch; create another for the rest. None waiting is `nothing_to_pay`.',
    request: { params: CohortParams },
    responses: { 201: jsonResponse(Batch, 'The batch'), ...errors(404, 409) },
  }),
  async (c) => c.json(await PayoutBatches.create(c.get('actor'), c.req.valid('param').cohortId), 201),
);

stipendRoutes.openapi(
  route({
    operationId: 'listPayoutBatches',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/payout-batches',
    summary: "The cohort's payout batches, newest first (organisers)",
    request: { params: CohortParams, query: PageQuery },
    responses: { 200: jsonResponse(pageOf(Batch), 'A page of batches'), ...errors(404) },
  }),
  async (c) =>
    c.json(await PayoutBatches.list(c.get('actor'), c.req.valid('param').cohortId, c.req.valid('query')), 200),
);

stipendRoutes.openapi(
  route({
    operationId: 'getPayoutBatch',
    method: 'get',
    path: '/v1/payout-batches/{batchId}',
    summary: 'A payout batch with its payees and total (organisers)',
    request: { params: BatchParams },
    responses: { 200: jsonResponse(Batch, 'The batch'), ...errors(404) },
  }),
  async (c) => c.json(await PayoutBatches.get(c.get('actor'), c.req.valid('param').batchId), 200),
);

stipendRoutes.openapi(
  route({
    operationId: 'payPayoutBatch',
    method: 'post',
    path: '/v1/payout-batches/{batchId}/pay',
    summary: 'Mark the batch paid, once, with a ledger entry (organisers)',
    description:
      'A retry with the same Idempotency-Key returns the first result and pays nothing again; without a key a second ' +
      'attempt is `already_paid`.',
    middleware: [idempotent()] as const,
    request: { params: BatchParams, headers: IdempotencyHeaders },
    responses: { 200: jsonResponse(Batch, 'The paid batch'), ...errors(404, 409, 422) },
  }),
  async (c) =>
    c.json(
      await PayoutBatches.pay(c.get('actor'), c.req.valid('param').batchId, {
        idempotencyKey: c.req.header('idempotency-key'),
      }),
      200,
    ),
);
