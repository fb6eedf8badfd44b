import { z } from '@hono/zod-openapi';
import { Attendance } from '@aksu/core/attendance/attendance';
import {
  AttendanceBoardView,
  AttendanceDaysView,
  AttendanceQuery,
  InternAttendanceView,
  InternDayView,
  RosterQuery,
} from '@aksu/core/attendance/attendance.schema';
import { cohortIdSchema } from '@aksu/core/fields';
import { internIdSchema } from '@aksu/core/placements/placements.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonResponse, pageOf, PageQuery } from '../http/schemas.ts';

const route = bearerRoutes('Attendance');

const CohortParams = z.object({ cohortId: cohortIdSchema.openapi({ param: { name: 'cohortId', in: 'path' } }) });
const InternParams = z.object({
  registrationId: internIdSchema.openapi({ param: { name: 'registrationId', in: 'path' } }),
});

/** The daily attendance board and one intern's attendance. */
export const attendanceRoutes = router();

attendanceRoutes.openapi(
  route({
    operationId: 'getAttendanceBoard',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/attendance',
    summary:
      "A cohort day's headline counts and their breakdown by host unit and university (organisers; a coordinator " +
      "their university's)",
    description:
      'Read from counter items kept exact by the check-in, leave and absence transactions: the cost does not grow ' +
      'with the number of interns.',
    request: { params: CohortParams, query: AttendanceQuery },
    responses: { 200: jsonResponse(AttendanceBoardView.openapi('AttendanceBoard'), 'The board'), ...errors(404) },
  }),
  async (c) => c.json(await Attendance.board(c.get('actor'), c.req.valid('param').cohortId, c.req.valid('query')), 200),
);

attendanceRoutes.openapi(
  route({
    operationId: 'getAttendanceDays',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/attendance/days',
    summary: "Each cohort day so far: checked in, on leave and absent (organisers; a coordinator their university's)",
    description: 'One counter item per day: the cost does not grow with the number of interns.',
    request: { params: CohortParams },
    responses: { 200: jsonResponse(AttendanceDaysView.openapi('AttendanceDays'), 'The days'), ...errors(404) },
  }),
  async (c) => c.json(await Attendance.days(c.get('actor'), c.req.valid('param').cohortId), 200),
);

attendanceRoutes.openapi(
  route({
    operationId: 'listAttendanceRoster',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/attendance/interns',
    summary:
      "Who: each placed intern's status on a cohort day, or only those with one status, e.g. `absent` (organisers; a " +
      "coordinator their university's)",
    request: { params: CohortParams, query: z.object({ ...RosterQuery.shape, ...PageQuery.shape }) },
    responses: { 200: jsonResponse(pageOf(InternDayView.openapi('InternDay')), 'A page of interns'), ...errors(404) },
  }),
  async (c) => {
    const { date, status, ...page } = c.req.valid('query');
    return c.json(await Attendance.roster(c.get('actor'), c.req.valid('param').cohortId, { date, status }, page), 200);
  },
);

attendanceRoutes.openapi(
  route({
    operationId: 'getInternAttendance',
    method: 'get',
    path: '/v1/interns/{registrationId}/attendance',
    summary:
      "Every day of an intern's practice with its outcome (the intern; their mentor and coordinator; organisers)",
    request: { params: InternParams },
    responses: { 200: jsonResponse(InternAttendanceView.openapi('InternAttendance'), 'The days'), ...errors(404) },
  }),
  async (c) => c.json(await Attendance.forIntern(c.get('actor'), c.req.valid('param').registrationId), 200),
);
