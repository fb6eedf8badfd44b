/** Bulk imports of a cohort's students: the upload, the job and its rows, the template and the results. */
import type { Actor } from '../auth/actor.ts';
import { listPage, queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { forbidden, notFound } from '../errors.ts';
import { readableCohort } from '../cohorts/records.ts';
import type { DegreeLevel } from '../cohort-registrations/rules.ts';
import { assertCanSeeJob } from './access.ts';
import type {
  CreateImportInput,
  ImportJobView,
  ImportRowView,
  ListImportRowsQuery,
  ListImportsQuery,
} from './imports.schema.ts';
import { resultWorkbook } from './result-workbook.ts';
import { jobOutcomes } from './batches.ts';
import { countsByReason } from './finished.ts';
import { runJob } from './run.ts';
import { templateCsv, templateWorkbook } from './template.ts';
import { createImport } from './upload.ts';

const toView = ({
  contentHash: _h,
  headers: _c,
  leaseUntil: _l,
  nextRowKey: _n,
  expiresAt: _e,
  createdByRole: _r,
  ...job
}: Record<string, unknown> & ImportJobView): ImportJobView => job;

const rowView = (row: {
  rowNumber: number;
  status: ImportRowView['status'];
  name: string;
  nationalIdMasked: string;
  reason?: string;
  message?: string;
  registrationId?: string;
}): ImportRowView => ({
  rowNumber: row.rowNumber,
  status: row.status,
  name: row.name,
  nationalIdMasked: row.nationalIdMasked,
  ...(row.reason ? { reason: row.reason } : {}),
  ...(row.message ? { message: row.message } : {}),
  ...(row.registrationId ? { registrationId: row.registrationId } : {}),
});

async function readJob(actor: Actor, importJobId: string) {
  if (actor.role !== 'organiser' && actor.role !== 'coordinator') throw forbidden();
  const { data } = await db().service.entities.importJob.get({ importJobId }).go({ consistent: true });
  if (!data) throw notFound('Import job');
  assertCanSeeJob(actor, data);
  return data;
}

/**
 * Bulk registration from a spreadsheet. An upload becomes a job; running the job registers its rows
 * in batches through the same write path as the registration form, so quotas, duplicate detection
 * and eligibility hold exactly as they do for one student.
 */
/**
 * A finished job with its rejected rows counted per reason, so the result can say "37 × quota full"
 * before the rows themselves; a job still running has no final counts, and lists of jobs go without.
 */
async function withReasons(view: ImportJobView): Promise<ImportJobView> {
  if (view.status !== 'completed' || view.rejected === 0) return view;
  return { ...view, reasons: countsByReason(await jobOutcomes(view.importJobId)) };
}

export const Imports = {
  /** The template, named after the cohort; for organisers and the coordinators of its universities. */
  async template(actor: Actor, cohortId: string, format: 'xlsx' | 'csv') {
    const { cohort } = await readableCohort(actor, cohortId);
    return format === 'csv'
      ? templateCsv()
      : templateWorkbook(cohort.name, cohort.eligibleDegreeLevels as DegreeLevel[]);
  },

  async create(actor: Actor, cohortId: string, input: CreateImportInput): Promise<ImportJobView> {
    return toView(await createImport(actor, cohortId, input));
  },

  /**
   * A cohort's imports, newest first: a coordinator's own university's, or any (or one) university's for organisers.
   */
  async listForCohort(actor: Actor, cohortId: string, query: ListImportsQuery, page: PageRequest) {
    await readableCohort(actor, cohortId);
    const universityId = actor.role === 'coordinator' ? actor.universityId : query.universityId;
    if (actor.role === 'coordinator' && query.universityId && query.universityId !== actor.universityId)
      throw notFound('University');
    const { importJob } = db().service.entities;
    return queryPage(
      (options) =>
        universityId
          ? importJob.query.byCohortUniversity({ cohortId, universityId }).go({ ...options, order: 'desc' })
          : importJob.query.byCohort({ cohortId }).go({ ...options, order: 'desc' }),
      page,
      (job) => toView(job as Parameters<typeof toView>[0]),
    );
  },

  async get(actor: Actor, importJobId: string): Promise<ImportJobView> {
    return withReasons(toView(await readJob(actor, importJobId)));
  },

  /** Runs the job until its rows are done or the time budget is spent; returns where it got to. */
  async run(actor: Actor, importJobId: string): Promise<ImportJobView> {
    return withReasons(toView(await runJob(actor, await readJob(actor, importJobId))));
  },

  /**
   * The rows in file order, or those in one state; an import's outcomes are read whole (a job is at most MAX_ROWS
   * rows).
   */
  async listRows(actor: Actor, importJobId: string, query: ListImportRowsQuery, page: PageRequest) {
    await readJob(actor, importJobId);
    const rows = (await jobOutcomes(importJobId)).filter((row) => !query.status || row.status === query.status);
    const { items, nextCursor } = listPage(rows, page, (row) => row.rowNumber);
    return { items: items.map(rowView), nextCursor };
  },

  async resultSpreadsheet(actor: Actor, importJobId: string) {
    return resultWorkbook(actor, await readJob(actor, importJobId));
  },
};
