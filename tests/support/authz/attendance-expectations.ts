import { db, newId } from '@aksu/core';
import type { RouteExpectation, Target } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';
import { isOrganiser } from './callers.ts';

/**
 * Check-ins, leave and attendance. An intern sees only themselves, a mentor only their mentees, a
 * coordinator their own university's interns (read only), organisers everything. `self` is the
 * world's mentee (university A, the mentor's, the intern caller's own); `other` is university B's
 * intern with another mentor. The world's programme cohort is not running, so a check-in by an
 * intern answers `not_in_session` (a running cohort's check-ins are proven in check-ins.test.ts). The
 * other intern's account names no registration, so it has no days or requests to read (403).
 */
const SELF_OTHER: Target[] = ['self', 'other'];
const BOTH: Target[] = ['universityA', 'universityB'];

const internOf = (world: World, target: Target) =>
  target === 'self' ? world.programme.mentee : world.programme.otherIntern;

/** Who sees one intern's records: the intern, their mentor, their university's coordinator, organisers. */
function internReaders(caller: Caller, target: Target) {
  if (caller === 'anonymous') return 401;
  if (isOrganiser(caller)) return 200;
  if (caller === 'coordinatorB') return target === 'other' ? 200 : 404;
  if (caller === 'coordinatorA' || caller === 'mentor' || caller === 'intern') return target === 'self' ? 200 : 404;
  return 404;
}

/** Boards: organisers any cohort, a coordinator a cohort their university takes part in (B takes part in both). */
function boardReaders(caller: Caller, target: Target) {
  if (caller === 'anonymous') return 401;
  if (isOrganiser(caller) || caller === 'coordinatorB') return 200;
  if (caller === 'coordinatorA') return target === 'universityA' ? 200 : 404;
  return 403;
}

const boardCohort = (world: World, target: Target) =>
  target === 'universityA' ? world.cohorts.cohortId : world.cohorts.cohortBOnly;

/**
 * A pending leave request of the target intern, fresh for each case. Written directly: every case
 * wants its own pending request over the same days, which the API refuses as an overlap.
 */
async function pendingLeave(world: World, target: Target) {
  const registrationId = internOf(world, target);
  const { data: placement } = await db().service.entities.placement.get({ registrationId }).go();
  const at = new Date().toISOString();
  const leaveId = newId('leaveRequest');
  await db()
    .service.entities.leaveRequest.create({
      leaveId,
      registrationId,
      cohortId: placement!.cohortId,
      universityId: placement!.universityId,
      hostUnitId: placement!.hostUnitId,
      internName: '矩阵实习生',
      from: '2030-08-05',
      to: '2030-08-06',
      reason: '矩阵请假',
      status: 'pending',
      createdAt: at,
      updatedAt: at,
      version: 1,
    })
    .go();
  return leaveId;
}

export const ATTENDANCE_EXPECTATIONS: Record<string, RouteExpectation> = {
  dailyCheckIn: {
    targets: ['none'],
    request: () => ({ method: 'POST', path: '/v1/check-ins', body: {} }),
    expect: (caller) => (caller === 'anonymous' ? 401 : caller === 'intern' ? 409 : 403),
  },
  listDailyCheckIns: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/check-ins' }),
    expect: (caller) => (caller === 'anonymous' ? 401 : caller === 'intern' || caller === 'mentor' ? 200 : 403),
  },
  getInternAttendance: {
    targets: SELF_OTHER,
    request: (world, target) => ({ method: 'GET', path: `/v1/interns/${internOf(world, target)}/attendance` }),
    expect: internReaders,
  },
  getAttendanceBoard: {
    targets: BOTH,
    request: (world, target) => ({
      method: 'GET',
      path: `/v1/cohorts/${boardCohort(world, target)}/attendance?date=2030-08-05`,
    }),
    expect: boardReaders,
  },
  getAttendanceDays: {
    targets: BOTH,
    request: (world, target) => ({ method: 'GET', path: `/v1/cohorts/${boardCohort(world, target)}/attendance/days` }),
    expect: boardReaders,
  },
  listAttendanceRoster: {
    targets: BOTH,
    request: (world, target) => ({
      method: 'GET',
      path: `/v1/cohorts/${boardCohort(world, target)}/attendance/interns?date=2030-08-05`,
    }),
    expect: boardReaders,
  },
  requestLeave: {
    targets: ['none'],
    request: () => ({
      method: 'POST',
      path: '/v1/leave-requests',
      body: { from: '2030-08-10', to: '2030-08-11', reason: '家中有事' },
    }),
    // The intern caller is placed; the other intern is not, so they have no practice to take leave from.
    expect: (caller) =>
      caller === 'anonymous' ? 401 : caller === 'intern' ? 201 : caller === 'otherIntern' ? 409 : 403,
  },
  listLeaveRequests: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/leave-requests' }),
    expect: (caller) => (caller === 'anonymous' ? 401 : caller === 'intern' || caller === 'mentor' ? 200 : 403),
  },
  listCohortLeaveRequests: {
    targets: BOTH,
    request: (world, target) => ({ method: 'GET', path: `/v1/cohorts/${boardCohort(world, target)}/leave-requests` }),
    expect: boardReaders,
  },
  getLeaveRequest: {
    targets: SELF_OTHER,
    request: async (world, target) => ({
      method: 'GET',
      path: `/v1/leave-requests/${await pendingLeave(world, target)}`,
    }),
    expect: internReaders,
  },
  // Deciding: the intern's mentor and organisers. Others who may see the request get 403; to the rest it does not
  // exist.
  decideLeaveRequest: {
    targets: SELF_OTHER,
    request: async (world, target) => ({
      method: 'POST',
      path: `/v1/leave-requests/${await pendingLeave(world, target)}/decision`,
      body: { decision: 'approve', comment: '同意', version: 1 },
    }),
    expect: (caller, target) => {
      const seen = internReaders(caller, target);
      if (seen !== 200) return seen;
      return isOrganiser(caller) || caller === 'mentor' ? 200 : 403;
    },
  },
};
