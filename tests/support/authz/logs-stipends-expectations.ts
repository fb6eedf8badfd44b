import { addDays, db, PayoutBatches, Placements, type Actor } from '@aksu/core';
import { SYSTEM } from '../accounts.ts';
import { acceptedIntern, newCohort, newProject } from '../programme.ts';
import type { RouteExpectation, Target } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';

/**
 * Activity logs, evaluations, stipends and payout batches. `self` is the world's mentee (the intern
 * caller, the mentor caller's mentee, university A); `other` is university B's intern with another
 * mentor. An intern acts only on themselves, a mentor only on mentees: anyone else's intern is 404;
 * roles that never do an operation get 403. Records a case needs are written fresh in their final
 * state, each in a week of its own, so cases never disturb one another.
 */
const isOrganiser = (c: Caller) => c === 'organiser' || c === 'organiserPlain';
const organisersOnly = (ok: number) => (caller: Caller) => (caller === 'anonymous' ? 401 : isOrganiser(caller) ? ok : 403);
const SELF_OTHER: Target[] = ['self', 'other'];
const internOf = (world: World, target: Target) => (target === 'self' ? world.programme.mentee : world.programme.otherIntern);

/** Who reads an intern's logs and evaluation: organisers, the coordinator, the mentor, the intern. */
function readers(caller: Caller, target: Target) {
  if (caller === 'anonymous') return 401;
  if (isOrganiser(caller)) return 200;
  if (caller === 'coordinatorB') return target === 'other' ? 200 : 404;
  if (caller === 'coordinatorA' || caller === 'mentor' || caller === 'intern') return target === 'self' ? 200 : 404;
  return 404;
}

/** Writes only the intern does, on themselves. */
const internWrites = (ok: number) => (caller: Caller, target: Target) =>
  caller === 'anonymous' ? 401 : caller === 'intern' ? (target === 'self' ? ok : 404) : caller === 'otherIntern' ? 404 : 403;

/** Writes only the intern's mentor does. */
const mentorWrites = (ok: number) => (caller: Caller, target: Target) =>
  caller === 'anonymous' ? 401 : caller === 'mentor' ? (target === 'self' ? ok : 404) : 403;

/** Statements and travel claims: organisers, and the intern whose they are; coordinators have none. */
function payees(caller: Caller, target: Target) {
  if (caller === 'anonymous') return 401;
  if (isOrganiser(caller)) return 200;
  if (caller.startsWith('coordinator')) return 403;
  if (caller === 'intern') return target === 'self' ? 200 : 404;
  return 404;
}

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

/** A fresh intern of university A placed in the world's cohort, with their computed total. */
async function freshPlacedIntern(world: World) {
  const project = await newProject(world.programme.hostUnitId, world.programme.cohortId, { seats: 1 });
  const intern = await acceptedIntern(world.programme.cohortId, world.uniA.universityId);
  await Placements.place(SYSTEM, world.programme.cohortId, { registrationId: intern.registrationId, projectId: project.projectId });
  return intern.registrationId;
}

/** A cohort of its own with one approved statement, so a batch can be made from it. */
async function cohortWithApprovedStatement() {
  const cohort = await newCohort();
  const at = new Date().toISOString();
  await db()
    .service.entities.stipendStatement.create({
      cohortId: cohort.cohortId,
      payeeId: 'crg_0000000000MATRIX00000000',
      payeeKind: 'intern',
      payeeName: '矩阵实习生',
      status: 'approved',
      lines: [{ kind: 'award', label: '项目完成奖励', quantity: 1, unitFen: 200_000, amountFen: 200_000 }],
      totalFen: 200_000,
      approvedAt: at,
      approvedBy: SYSTEM.userId,
      createdAt: at,
      updatedAt: at,
      version: 1,
    })
    .go();
  return cohort.cohortId;
}

const freshBatch = async () => (await PayoutBatches.create(SYSTEM as Actor, await cohortWithApprovedStatement())).batchId;

export const LOGS_STIPENDS_EXPECTATIONS: Record<string, RouteExpectation> = {
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
      return { method: 'PATCH', path: `/v1/interns/${registrationId}/activity-logs/${weekStart}`, body: { version: 1, hours: 6 } };
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
      return { method: 'POST', path: `/v1/interns/${registrationId}/log-weeks/${weekStart}/return`, body: { comment: '请补充细节' } };
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
      path: `/v1/mentors/${target === 'self' ? world.programme.mentorId : world.programme.otherMentorId}/log-weeks?status=pending`,
    }),
    expect: (caller, target) => (caller === 'anonymous' ? 401 : isOrganiser(caller) ? 200 : caller === 'mentor' ? (target === 'self' ? 200 : 404) : 403),
  },
  // Coordinators read their own university's logs (the list is filtered, never refused).
  listCohortActivityLogs: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/cohorts/${world.programme.cohortId}/activity-logs` }),
    expect: (caller) => (caller === 'anonymous' ? 401 : isOrganiser(caller) || caller.startsWith('coordinator') ? 200 : 403),
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
      return { method: 'PATCH', path: `/v1/interns/${internOf(world, target)}/evaluation`, body: { version: 1, comment: '修改后的评价' } };
    },
    expect: mentorWrites(200),
    serial: true,
  },
  listStipendStatements: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/cohorts/${world.programme.cohortId}/stipend-statements` }),
    expect: organisersOnly(200),
  },
  getStipendStatement: {
    targets: SELF_OTHER,
    request: (world, target) => ({ method: 'GET', path: `/v1/cohorts/${world.programme.cohortId}/stipend-statements/${internOf(world, target)}` }),
    expect: payees,
  },
  approveStipendStatement: {
    targets: ['none'],
    request: async (world) => {
      const registrationId = await freshPlacedIntern(world);
      const path = `/v1/cohorts/${world.programme.cohortId}/stipend-statements/${registrationId}`;
      const { data } = await db().service.entities.cohort.get({ cohortId: world.programme.cohortId }).go();
      // Nothing has happened yet in the world's cohort: the statement is the award and nothing else.
      return { method: 'POST', path: `${path}/approve`, body: { totalFen: data!.stipendPolicy.projectAwardFen } };
    },
    expect: organisersOnly(200),
  },
  getTravelClaim: {
    targets: SELF_OTHER,
    request: async (world, target) => {
      const registrationId = internOf(world, target);
      const at = new Date().toISOString();
      await db().service.entities.travelClaim.put({ registrationId, amountFen: 120_000, receipts: [{ name: '机票', url: 'https://example.com/t.pdf' }], createdAt: at, updatedAt: at, version: 1 }).go();
      return { method: 'GET', path: `/v1/interns/${registrationId}/travel-claim` };
    },
    expect: payees,
    serial: true,
  },
  putTravelClaim: {
    targets: SELF_OTHER,
    request: async (world, target) => {
      await db().service.entities.travelClaim.delete({ registrationId: world.programme.mentee }).go();
      return {
        method: 'PUT',
        path: `/v1/interns/${internOf(world, target)}/travel-claim`,
        body: { amountFen: 98_000, receipts: [{ name: '火车票', url: 'https://example.com/r.pdf' }] },
      };
    },
    expect: internWrites(200),
    serial: true,
  },
  createPayoutBatch: {
    targets: ['none'],
    request: async () => ({ method: 'POST', path: `/v1/cohorts/${await cohortWithApprovedStatement()}/payout-batches` }),
    expect: organisersOnly(201),
  },
  listPayoutBatches: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/cohorts/${world.programme.cohortId}/payout-batches` }),
    expect: organisersOnly(200),
  },
  getPayoutBatch: {
    targets: ['none'],
    request: async () => ({ method: 'GET', path: `/v1/payout-batches/${await freshBatch()}` }),
    expect: organisersOnly(200),
  },
  getPayoutBatchXlsx: {
    targets: ['none'],
    request: async () => ({ method: 'GET', path: `/v1/payout-batches/${await freshBatch()}/workbook.xlsx` }),
    expect: organisersOnly(200),
  },
  payPayoutBatch: {
    targets: ['none'],
    request: async () => ({ method: 'POST', path: `/v1/payout-batches/${await freshBatch()}/pay` }),
    expect: organisersOnly(200),
  },
};
