import { z } from '@hono/zod-openapi';
import { Evaluations } from '@aksu/core/evaluations/evaluations';
import {
  CreateEvaluationInput,
  EvaluationView,
  UpdateEvaluationInput,
} from '@aksu/core/evaluations/evaluations.schema';
import { internIdSchema } from '@aksu/core/placements/placements.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Evaluations');

const Evaluation = EvaluationView.openapi('Evaluation');
const Params = z.object({ registrationId: internIdSchema.openapi({ param: { name: 'registrationId', in: 'path' } }) });

/** Final evaluations (结业评价) by the intern's mentor. */
export const evaluationRoutes = router();

evaluationRoutes.openapi(
  route({
    operationId: 'getEvaluation',
    method: 'get',
    path: '/v1/interns/{registrationId}/evaluation',
    summary: "An intern's final evaluation (the intern, their mentor, their coordinator, organisers)",
    description: '`null` until the mentor writes it. An intern outside the caller’s reach is 404.',
    request: { params: Params },
    responses: {
      200: jsonResponse(z.union([Evaluation, z.null()]), 'The evaluation, or null when none is written yet'),
      ...errors(404),
    },
  }),
  async (c) => c.json(await Evaluations.get(c.get('actor'), c.req.valid('param').registrationId), 200),
);

evaluationRoutes.openapi(
  route({
    operationId: 'createEvaluation',
    method: 'post',
    path: '/v1/interns/{registrationId}/evaluation',
    summary: 'Evaluate a mentee at the end of the cohort: four scores of 1–5 and a comment (the intern’s mentor)',
    description: 'One per intern (`already_exists`); change it with PATCH.',
    request: { params: Params, body: jsonBody(CreateEvaluationInput.openapi('CreateEvaluationInput')) },
    responses: { 201: jsonResponse(Evaluation, 'The evaluation'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await Evaluations.create(c.get('actor'), c.req.valid('param').registrationId, c.req.valid('json')), 201),
);

evaluationRoutes.openapi(
  route({
    operationId: 'updateEvaluation',
    method: 'patch',
    path: '/v1/interns/{registrationId}/evaluation',
    summary: 'Change the evaluation under its version (the intern’s mentor)',
    request: { params: Params, body: jsonBody(UpdateEvaluationInput.openapi('UpdateEvaluationInput')) },
    responses: { 200: jsonResponse(Evaluation, 'The evaluation'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await Evaluations.update(c.get('actor'), c.req.valid('param').registrationId, c.req.valid('json')), 200),
);
