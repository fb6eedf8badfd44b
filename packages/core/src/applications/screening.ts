/** Organisers screen applications: per position, one with its CV link, and each step of the lifecycle. */
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { notFound } from '../errors.ts';
import { getStoredPosition } from '../positions/positions.ts';
import { DOWNLOAD_LINK_SECONDS } from '../storage/purposes.ts';
import { FileStorage } from '../storage/index.ts';
import {
  ApplicationTransitionInput,
  type ApplicationDetail,
  type ApplicationView,
  type ListApplicationsQuery,
} from './applications.schema.ts';
import { assertApplicationMove } from './lifecycle.ts';
import { accept } from './acceptance.ts';
import { type ApplicationRecord, toApplicationView, existingApplication, staleApplication } from './records.ts';
import { moveTally } from './tallies.ts';

export const Applications = {
  /** A position's applications in the order they came, one page at a time; a status is a filter on that Query. */
  async list(
    actor: Actor,
    positionId: string,
    query: ListApplicationsQuery,
    page: PageRequest,
  ): Promise<Page<ApplicationView>> {
    requireRole(actor, 'organiser');
    if (!(await getStoredPosition(positionId))) throw notFound('Position');
    const { status } = query;
    return queryPage(
      (options) =>
        db()
          .service.entities.application.query.byPosition({ positionId })
          .where((a, { eq }) => (status ? eq(a.status, status) : ''))
          .go(options),
      page,
      toApplicationView,
      { filtered: Boolean(status) },
    );
  },

  /** One application with a signed link to its CV, valid for five minutes: the only way to the file. */
  async get(actor: Actor, applicationId: string): Promise<ApplicationDetail> {
    requireRole(actor, 'organiser');
    const record = await existingApplication(applicationId);
    const now = Date.now();
    const url = await FileStorage.downloadLink({ key: record.cvKey, filename: `${record.name} ${record.cvName}` });
    return {
      ...toApplicationView(record),
      cv: { url, expiresAt: new Date(now + DOWNLOAD_LINK_SECONDS * 1000).toISOString() },
    };
  },

  /**
   * One step of the lifecycle, on condition of the version and status it was decided from, with its
   * audit entry in the same transaction. A refusal carries its reason. Accepting is `accept` below.
   */
  async transition(actor: Actor, applicationId: string, input: ApplicationTransitionInput): Promise<ApplicationView> {
    requireRole(actor, 'organiser');
    const fields = ApplicationTransitionInput.parse(input);
    const before = await existingApplication(applicationId);
    if (before.version !== fields.version) throw staleApplication();
    assertApplicationMove(before.status, fields.to);
    if (fields.to === 'accepted') return accept(actor, before);
    const at = new Date().toISOString();
    const after: ApplicationRecord = {
      ...before,
      status: fields.to,
      statusSince: at,
      ...(fields.reason ? { reason: fields.reason } : {}),
      updatedAt: at,
      version: before.version + 1,
    };
    const tally = await moveTally(before, fields.to, at);
    await transact(
      ({ application, audit, ...counters }) => [
        application
          .patch({ applicationId })
          .set({
            status: fields.to,
            statusSince: at,
            ...(fields.reason ? { reason: fields.reason } : {}),
            updatedAt: at,
            version: after.version,
          })
          .where((a, { eq }) => `${eq(a.version, before.version)} AND ${eq(a.status, before.status)}`)
          .commit(),
        audit
          .create(
            auditRecord(actor, 'application', applicationId, `transition:${fields.to}`, diffChanges(before, after), at),
          )
          .commit(),
        ...tally(counters),
      ],
      staleApplication,
    );
    return toApplicationView(after);
  },
};
