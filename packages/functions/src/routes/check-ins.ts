import { z } from '@hono/zod-openapi';
import { AttendanceDayView } from '@aksu/core/attendance/attendance.schema';
import { CheckInListQuery, DailyCheckInInput } from '@aksu/core/attendance/check-ins.schema';
import { DailyCheckIns } from '@aksu/core/attendance/daily-check-ins';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';
import { idempotent, IdempotencyHeaders } from '../middleware/idempotency.ts';

const route = bearerRoutes('Check-ins');

const Day = AttendanceDayView.openapi('AttendanceDay');

/** The intern's daily check-in (签到) and the lists of check-ins interns and mentors read. */
export const checkInRoutes = router();

checkInRoutes.openapi(
  route({
    operationId: 'dailyCheckIn',
    method: 'post',
    path: '/v1/check-ins',
    summary: 'Check in for today, or upload an offline check-in with the time it happened (interns, for themselves)',
    description:
      "Once per cohort day (the cohort's local date) inside the check-in window, while the cohort is running and the " +
      'intern is placed. A check-in outside the host unit’s radius is recorded with `outsideRadius: true`. An ' +
      'offline check-in sends `happenedAt`; it counts for that moment if it arrives within 48 hours (`syncedLate: ' +
      'true`), else 422 `sync_too_late`. A resend with the same `Idempotency-Key` or `clientNonce` gets the first ' +
      'answer again: 201 with the first check-in and `Idempotent-Replayed: true`, nothing written twice; any other ' +
      'second check-in that day is 409 `already_checked_in` with `checkedInAt`. 422 `outside_check_in_window`, 409 ' +
      '`not_in_session`.',
    middleware: [idempotent()] as const,
    request: { headers: IdempotencyHeaders, body: jsonBody(DailyCheckInInput.openapi('DailyCheckInInput')) },
    responses: {
      201: jsonResponse(Day, 'Checked in (or, with `Idempotent-Replayed: true`, the same check-in sent again)'),
      ...writeErrors(409, 422),
    },
  }),
  async (c) => {
    const result = await DailyCheckIns.checkIn(c.get('actor'), c.req.valid('json'), {
      idempotencyKey: c.req.header('idempotency-key'),
    });
    // A resend by clientNonce is answered as the Idempotency-Key middleware answers one: the first
    // answer, marked as a replay, so a phone handles both the same way.
    return result.replayed
      ? c.json(result.checkIn, 201, { 'idempotent-replayed': 'true' })
      : c.json(result.checkIn, 201);
  },
);

checkInRoutes.openapi(
  route({
    operationId: 'listDailyCheckIns',
    method: 'get',
    path: '/v1/check-ins',
    summary: "The intern's own days, or a mentor's mentees' days (check-ins, leave, absences), newest first",
    description: 'Organisers and coordinators read the attendance board of a cohort instead (403 here).',
    request: { query: z.object({ ...CheckInListQuery.shape, ...PageQuery.shape }) },
    responses: { 200: jsonResponse(pageOf(Day), 'A page of days'), ...errors() },
  }),
  async (c) => {
    const { date, ...page } = c.req.valid('query');
    return c.json(await DailyCheckIns.list(c.get('actor'), { date }, page), 200);
  },
);
