import { z } from '@hono/zod-openapi';
import { cohortIdSchema } from '@aksu/core/fields';
import { Leave } from '@aksu/core/leave/leave';
import {
  CreateLeaveInput,
  LeaveDecisionInput,
  leaveIdSchema,
  LeaveListQuery,
  LeaveView,
} from '@aksu/core/leave/leave.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Leave');

const View = LeaveView.openapi('LeaveRequest');
const Params = z.object({ leaveId: leaveIdSchema.openapi({ param: { name: 'leaveId', in: 'path' } }) });
const CohortParams = z.object({ cohortId: cohortIdSchema.openapi({ param: { name: 'cohortId', in: 'path' } }) });

/** Leave (请假): interns ask, their mentor or an organiser decides. */
export const leaveRoutes = router();

leaveRoutes.openapi(
  route({
    operationId: 'requestLeave',
    method: 'post',
    path: '/v1/leave-requests',
    summary: 'Ask for leave over days of the practice, with a reason (interns)',
    request: { body: jsonBody(CreateLeaveInput.openapi('LeaveRequestInput')) },
    description:
      'A day may be held by one pending or approved request: a request over any such day is 409 `leave_overlaps` ' +
      'with that request’s `leaveId`, `from`, `to` and `status` (so identical taps sent at once give one request). ' +
      'A rejected request gives its days back.',
    responses: { 201: jsonResponse(View, 'The request, pending'), ...writeErrors(409) },
  }),
  async (c) => c.json(await Leave.request(c.get('actor'), c.req.valid('json')), 201),
);

leaveRoutes.openapi(
  route({
    operationId: 'listLeaveRequests',
    method: 'get',
    path: '/v1/leave-requests',
    summary: "The intern's own requests; a mentor's mentees' requests by status (pending by default)",
    description:
      'A mentor sees the requests of their current mentees, whoever their mentor was when the intern asked: after a ' +
      'mentor change the new mentor decides everything pending.',
    request: { query: z.object({ ...LeaveListQuery.shape, ...PageQuery.shape }) },
    responses: { 200: jsonResponse(pageOf(View), 'A page of requests'), ...errors() },
  }),
  async (c) => {
    const { status, ...page } = c.req.valid('query');
    return c.json(await Leave.list(c.get('actor'), { status }, page), 200);
  },
);

leaveRoutes.openapi(
  route({
    operationId: 'listCohortLeaveRequests',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/leave-requests',
    summary: "A cohort's leave requests by status, pending by default (organisers; a coordinator their university's)",
    request: { params: CohortParams, query: z.object({ ...LeaveListQuery.shape, ...PageQuery.shape }) },
    responses: { 200: jsonResponse(pageOf(View), 'A page of requests'), ...errors(404) },
  }),
  async (c) => {
    const { status, ...page } = c.req.valid('query');
    return c.json(await Leave.listByCohort(c.get('actor'), c.req.valid('param').cohortId, { status }, page), 200);
  },
);

leaveRoutes.openapi(
  route({
    operationId: 'getLeaveRequest',
    method: 'get',
    path: '/v1/leave-requests/{leaveId}',
    summary: 'One leave request (the intern, their mentor and coordinator, organisers)',
    request: { params: Params },
    responses: { 200: jsonResponse(View, 'The request'), ...errors(404) },
  }),
  async (c) => c.json(await Leave.get(c.get('actor'), c.req.valid('param').leaveId), 200),
);

leaveRoutes.openapi(
  route({
    operationId: 'decideLeaveRequest',
    method: 'post',
    path: '/v1/leave-requests/{leaveId}/decision',
    summary: "Approve or reject a pending request, with a comment (the intern's mentor; organisers)",
    description:
      'Approval turns each day of the leave into an excused `leave` day in the same transaction, an absence ' +
      'included; a day already checked in stays present. Rejection gives the days back. A mentor decides for the ' +
      'interns the placement names them mentor of now (another mentor’s is 404). 409 `version_conflict` on a stale ' +
      'version, 409 `invalid_transition` once decided.',
    request: { params: Params, body: jsonBody(LeaveDecisionInput.openapi('LeaveDecisionInput')) },
    responses: { 200: jsonResponse(View, 'The decided request'), ...writeErrors(404, 409) },
  }),
  async (c) => c.json(await Leave.decide(c.get('actor'), c.req.valid('param').leaveId, c.req.valid('json')), 200),
);
