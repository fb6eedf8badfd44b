import { addDays, db } from '@aksu/core';
import type { RouteExpectation, Target } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';
import { internOf, internWrites, isOrganiser, SELF_OTHER } from './callers.ts';

/**
 * Activity logs and evaluations (stipend-expectations.ts has stipends and payout batches). `self` is
 * the world's mentee (the intern caller, the mentor caller's mentee, university A); `other` is
 * university B's intern with another mentor. An intern acts only on themselves, a mentor only on
 * mentees: anyone else's intern is 404; roles that never do an operation get 403. Records a case
 * needs are written fresh in their final state, each in a week of its own, so cases never disturb
 * one another.
 */

/** Who reads an intern's logs and evaluation: organisers, the coordinator, the mentor, the intern. */
function readers(caller: Caller, target: Target) {
  if (caller === 'anonymous') return 401;
  if (isOrganiser(caller)) return 200;
  if (caller === 'coordinatorB') return target === 'other' ? 200 : 404;
  if (caller === 'coordinatorA' || caller === 'mentor' || caller === 'intern') return target === 'self' ? 200 : 404;
  return 404;
}

/** Writes only the intern's mentor does. */
const mentorWrites = (ok: number) => (caller: Caller, target: Target) =>
  caller === 'anonymous' ? 401 : caller === 'mentor' ? (target === 'self' ? ok : 404) : 403;

// A Monday far from any cohort day other tests use, and long over, so a mentor may approve its week;
// each case takes a week of its own.
let weeks = 0;
const freshWeek = () => addDays('2021-01-04', 7 * weeks++);

async function putWeek(world: World, target: Target, status: 'pending' | 'returned' | 'approved') {
  const registrationId = internOf(world, target);
  const weekStart = freshWeek();
  const { data: placement } = await db().service.entities.placement.get({ registrationId }).go();
  const at = new Date().toISOString();
  await db()
    .service.entities.activityLog.create({
      registrationId,
      logDate: weekStart,
      weekStart,
      cohortId: placement!.cohortId,
      universityId: placement!.universityId,
      hours: 8,
      category: 'research',
      summary: '矩阵日志',
      attachments: [],
      createdAt: at,
      updatedAt: at,
      version: 1,
    })
    .go();
  await db()
    .service.entities.logWeek.create({
      registrationId,
      weekStart,
      cohortId: placement!.cohortId,
      universityId: placement!.universityId,
      status,
      logCount: 1,
      createdAt: at,
      updatedAt: at,
      version: 1,
    })
    .go();
  return { registrationId, weekStart };
}

async function putEvaluation(world: World) {
  const at = new Date().toISOString();
  await db()
    .service.entities.evaluation.put({
      registrationId: world.programme.mentee,
      cohortId: world.programme.cohortId,
      mentorId: world.programme.mentorId,
      competence: 4,
      attitude: 4,
      teamwork: 4,
      innovation: 4,
      comment: '矩阵评价',
      createdAt: at,
      updatedAt: at,
      version: 1,
    })
    .go();
}

export const LOG_EXPECTATIONS: Record<string, RouteExpectation> = {
  // The date lies outside the cohort on purpose: the intern's own call passes the scope check and
  // is refused on the date (400); the created path is proven in the activity log tests.
  createActivityLog: {
    targets: SELF_OTHER,
    request: (world, target) => ({
      method: 'POST',
      path: `/v1/interns/${internOf(world, target)}/activity-logs`,
      body: { logDate: '2001-01-01', hours: 8, category: 'research', summary: '矩阵日志' },
    }),
    expect: internWrites(400),
  },
  listInternActivityLogs: {
    targets: SELF_OTHER,
    request: (world, target) => ({ method: 'GET', path: `/v1/interns/${internOf(world, target)}/activity-logs` }),
    expect: readers,
  },
  updateActivityLog: {
    targets: SELF_OTHER,
    request: async (world, target) => {
      const { registrationId, weekStart } = await putWeek(world, target, 'pending');
      return {
        method: 'PATCH',
        path: `/v1/interns/${registrationId}/activity-logs/${weekStart}`,
        body: { version: 1, hours: 6 },
      };
    },
    expect: internWrites(200),
  },
  listInternLogWeeks: {
    targets: SELF_OTHER,
    request: (world, target) => ({ method: 'GET', path: `/v1/interns/${internOf(world, target)}/log-weeks` }),
    expect: readers,
  },
  getLogWeek: {
    targets: SELF_OTHER,
    request: async (world, target) => {
      const { registrationId, weekStart } = await putWeek(world, target, 'pending');
      return { method: 'GET', path: `/v1/interns/${registrationId}/log-weeks/${weekStart}` };
    },
    expect: readers,
  },
  approveLogWeek: {
    targets: SELF_OTHER,
    request: async (world, target) => {
      const { registrationId, weekStart } = await putWeek(world, target, 'pending');
      return { method: 'POST', path: `/v1/interns/${registrationId}/log-weeks/${weekStart}/approve` };
    },
    expect: mentorWrites(200),
  },
  returnLogWeek: {
    targets: SELF_OTHER,
    request: async (world, target) => {
      const { registrationId, weekStart } = await putWeek(world, target, 'pending');
      return {
        method: 'POST',
        path: `/v1/interns/${registrationId}/log-weeks/${weekStart}/return`,
        body: { comment: '请补充细节' },
      };
    },
    expect: mentorWrites(200),
  },
  resubmitLogWeek: {
    targets: SELF_OTHER,
    request: async (world, target) => {
      const { registrationId, weekStart } = await putWeek(world, target, 'returned');
      return { method: 'POST', path: `/v1/interns/${registrationId}/log-weeks/${weekStart}/resubmit` };
    },
    expect: internWrites(200),
  },
  listMentorLogWeeks: {
    targets: SELF_OTHER,
    request: (world, target) => ({
      method: 'GET',
      path:
        `/v1/mentors/${target === 'self' ? world.programme.mentorId : world.programme.otherMentorId}` +
        '/log-weeks?status=pending',
    }),
    expect: (caller, target) =>
      caller === 'anonymous'
        ? 401
        : isOrganiser(caller)
          ? 200
          : caller === 'mentor'
            ? target === 'self'
              ? 200
              : 404
            : 403,
  },
  // Coordinators read their own university's logs (the list is filtered, never refused).
  listCohortActivityLogs: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/cohorts/${world.programme.cohortId}/activity-logs` }),
    expect: (caller) =>
      caller === 'anonymous' ? 401 : isOrganiser(caller) || caller.startsWith('coordinator') ? 200 : 403,
  },
  // One evaluation per intern: these cases share the mentee's, so they run one at a time.
  getEvaluation: {
    targets: ['self'],
    request: async (world) => {
      await putEvaluation(world);
      return { method: 'GET', path: `/v1/interns/${world.programme.mentee}/evaluation` };
    },
    expect: readers,
    serial: true,
  },
  createEvaluation: {
    targets: SELF_OTHER,
    request: async (world, target) => {
      await db().service.entities.evaluation.delete({ registrationId: world.programme.mentee }).go();
      return {
        method: 'POST',
        path: `/v1/interns/${internOf(world, target)}/evaluation`,
        body: { competence: 5, attitude: 5, teamwork: 4, innovation: 4, comment: '表现优秀' },
      };
    },
    expect: mentorWrites(201),
    serial: true,
  },
  updateEvaluation: {
    targets: SELF_OTHER,
    request: async (world, target) => {
      await putEvaluation(world);
      return {
        method: 'PATCH',
        path: `/v1/interns/${internOf(world, target)}/evaluation`,
        body: { version: 1, comment: '修改后的评价' },
      };
    },
    expect: mentorWrites(200),
    serial: true,
  },
};
