import { Imports } from '@aksu/core';
import { SYSTEM } from '../accounts.ts';
import { base64, studentRow, xlsxOf } from '../imports.ts';
import type { RouteExpectation, Target } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';
import { isOrganiser } from './callers.ts';

/**
 * Bulk import. Organisers import for any university of a cohort; a coordinator for their own only:
 * another university's upload and jobs do not exist for them (404). Mentors and interns have no
 * part here (403).
 *
 * Targets: `self`/`other` are the world's cohort (universities A and B) and a cohort of university B
 * only (for the template); `universityA`/`universityB` are the university of an upload or a job in
 * the world's cohort.
 */

function cohortAccess(ok: number) {
  return (caller: Caller, target: Target) => {
    if (caller === 'anonymous') return 401;
    if (isOrganiser(caller)) return ok;
    if (caller === 'coordinatorA') return target === 'self' ? ok : 404;
    if (caller === 'coordinatorB') return ok;
    return 403;
  };
}

function ownUniversity(ok: number) {
  return (caller: Caller, target: Target) => {
    if (caller === 'anonymous') return 401;
    if (isOrganiser(caller)) return ok;
    if (caller === 'coordinatorA') return target === 'universityA' ? ok : 404;
    if (caller === 'coordinatorB') return target === 'universityB' ? ok : 404;
    return 403;
  };
}

const COHORTS: Target[] = ['self', 'other'];
const UNIVERSITIES: Target[] = ['universityA', 'universityB'];
const cohortOf = (world: World, target: Target) =>
  target === 'other' ? world.cohorts.cohortBOnly : world.cohorts.cohortId;
const universityOf = (world: World, target: Target) =>
  (target === 'universityA' ? world.uniA : world.uniB).universityId;

/** A one-student file, different every time so no upload meets an earlier one's person. */
const oneStudent = async () => base64(await xlsxOf([studentRow()]));

/** A job of the target university, uploaded by an organiser; `run` finishes it. */
async function job(world: World, target: Target, run = false): Promise<string> {
  const created = await Imports.create(SYSTEM, world.cohorts.cohortId, {
    filename: '矩阵.xlsx',
    content: await oneStudent(),
    universityId: universityOf(world, target),
    consent: true,
  });
  if (run) await Imports.run(SYSTEM, created.importJobId);
  return created.importJobId;
}

/** Read cases share one finished job per university. */
const finished = new Map<string, Promise<string>>();
const finishedJob = (world: World, target: Target) => {
  const key = `${world.cohorts.cohortId}:${target}`;
  if (!finished.has(key)) finished.set(key, job(world, target, true));
  return finished.get(key)!;
};

export const IMPORT_EXPECTATIONS: Record<string, RouteExpectation> = {
  getImportTemplate: {
    targets: COHORTS,
    request: (world, target) => ({
      method: 'GET',
      path: `/v1/cohorts/${cohortOf(world, target)}/imports/template.xlsx`,
    }),
    expect: cohortAccess(200),
  },
  getImportTemplateCsv: {
    targets: COHORTS,
    request: (world, target) => ({
      method: 'GET',
      path: `/v1/cohorts/${cohortOf(world, target)}/imports/template.csv`,
    }),
    expect: cohortAccess(200),
  },
  createImport: {
    targets: UNIVERSITIES,
    request: async (world, target) => ({
      method: 'POST',
      path: `/v1/cohorts/${world.cohorts.cohortId}/imports`,
      body: {
        filename: '矩阵.xlsx',
        content: await oneStudent(),
        universityId: universityOf(world, target),
        consent: true,
      },
    }),
    expect: ownUniversity(201),
  },
  listImports: {
    targets: COHORTS,
    request: (world, target) => ({ method: 'GET', path: `/v1/cohorts/${cohortOf(world, target)}/imports` }),
    expect: cohortAccess(200),
  },
  runImport: {
    targets: UNIVERSITIES,
    request: async (world, target) => ({ method: 'POST', path: `/v1/imports/${await job(world, target)}/run` }),
    expect: ownUniversity(200),
  },
  getImport: {
    targets: UNIVERSITIES,
    request: async (world, target) => ({ method: 'GET', path: `/v1/imports/${await finishedJob(world, target)}` }),
    expect: ownUniversity(200),
  },
  listImportRows: {
    targets: UNIVERSITIES,
    request: async (world, target) => ({ method: 'GET', path: `/v1/imports/${await finishedJob(world, target)}/rows` }),
    expect: ownUniversity(200),
  },
  getImportResultXlsx: {
    targets: UNIVERSITIES,
    request: async (world, target) => ({
      method: 'GET',
      path: `/v1/imports/${await finishedJob(world, target)}/result.xlsx`,
    }),
    expect: ownUniversity(200),
  },
};
