import { db, PayoutBatches, Placements, type Actor } from '@aksu/core';
import { SYSTEM } from '../accounts.ts';
import { acceptedIntern, newCohort, newProject } from '../programme.ts';
import { internOf, internWrites, isOrganiser, organisersOnly, SELF_OTHER } from './callers.ts';
import type { RouteExpectation, Target } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';

/**
 * Stipend statements, travel claims and payout batches. Targets as in log-expectations.ts: `self`
 * is the world's mentee, `other` university B's intern. Batches are made from a cohort of their
 * own, so paying one never touches another case's statements.
 */

/** Statements and travel claims: organisers, and the intern whose they are; coordinators have none. */
function payees(caller: Caller, target: Target) {
  if (caller === 'anonymous') return 401;
  if (isOrganiser(caller)) return 200;
  if (caller.startsWith('coordinator')) return 403;
  if (caller === 'intern') return target === 'self' ? 200 : 404;
  return 404;
}

/** A fresh intern of university A placed in the world's cohort, with their computed total. */
async function freshPlacedIntern(world: World) {
  const project = await newProject(world.programme.hostUnitId, world.programme.cohortId, { seats: 1 });
  const intern = await acceptedIntern(world.programme.cohortId, world.uniA.universityId);
  await Placements.place(SYSTEM, world.programme.cohortId, {
    registrationId: intern.registrationId,
    projectId: project.projectId,
  });
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

const freshBatch = async () =>
  (await PayoutBatches.create(SYSTEM as Actor, await cohortWithApprovedStatement())).batchId;

export const STIPEND_EXPECTATIONS: Record<string, RouteExpectation> = {
  listStipendStatements: {
    targets: ['none'],
    request: (world) => ({ method: 'GET', path: `/v1/cohorts/${world.programme.cohortId}/stipend-statements` }),
    expect: organisersOnly(200),
  },
  getStipendStatement: {
    targets: SELF_OTHER,
    request: (world, target) => ({
      method: 'GET',
      path: `/v1/cohorts/${world.programme.cohortId}/stipend-statements/${internOf(world, target)}`,
    }),
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
      await db()
        .service.entities.travelClaim.put({
          registrationId,
          amountFen: 120_000,
          receipts: [{ name: '机票', url: 'https://example.com/t.pdf' }],
          createdAt: at,
          updatedAt: at,
          version: 1,
        })
        .go();
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
    request: async () => ({
      method: 'POST',
      path: `/v1/cohorts/${await cohortWithApprovedStatement()}/payout-batches`,
    }),
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
