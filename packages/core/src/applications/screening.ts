/**
 * Organisers screen applications: per position, one with its CV link, and each step of the lifecycle.
 * A unit's reviewer does the same within its unit's positions (anything else is 404) and makes the
 * screening moves only (`REVIEWER_MOVES`).
 */
import { auditRecord, diffChanges } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import { confineToUnit, REVIEWER_MOVES, requireUnitReader } from '../auth/unit-scope.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { forbidden, notFound } from '../errors.ts';
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
import { type ApplicationRecord, applicationViewFor, existingApplication, staleApplication } from './records.ts';
import { moveTally } from './tallies.ts';

export const Applications = {
  /** A position's applications in the order they came, one page at a time; a status is a filter on that Query. */
  async list(
    actor: Actor,
    positionId: string,
    query: ListApplicationsQuery,
    page: PageRequest,
  ): Promise<Page<ApplicationView>> {
    requireUnitReader(actor);
    const position = await getStoredPosition(positionId);
    if (!position) throw notFound('Position');
    confineToUnit(actor, position.unitId, 'Position');
    const { status } = query;
    return queryPage(
      (options) =>
        db()
          .service.entities.application.query.byPosition({ positionId })
          .where((a, { eq }) => (status ? eq(a.status, status) : ''))
          .go(options),
      page,
      (record) => applicationViewFor(actor, record),
      { filtered: Boolean(status) },
    );
  },

  /** One application with a signed link to its CV, valid for five minutes: the only way to the file. */
  async get(actor: Actor, applicationId: string): Promise<ApplicationDetail> {
    requireUnitReader(actor);
    const record = await existingApplication(applicationId);
    confineToUnit(actor, record.unitId, 'Application');
    const now = Date.now();
    const url = await FileStorage.downloadLink({ key: record.cvKey, filename: `${record.name} ${record.cvName}` });
    return {
      ...applicationViewFor(actor, record),
      cv: { url, expiresAt: new Date(now + DOWNLOAD_LINK_SECONDS * 1000).toISOString() },
    };
  },

  /**
   * One step of the lifecycle, on condition of the version and status it was decided from, with its
   * audit entry in the same transaction. A refusal carries its reason. Accepting is `accept` below.
   */
  async transition(actor: Actor, applicationId: string, input: ApplicationTransitionInput): Promise<ApplicationView> {
    requireUnitReader(actor);
    const fields = ApplicationTransitionInput.parse(input);
    const before = await existingApplication(applicationId);
    confineToUnit(actor, before.unitId, 'Application');
    if (actor.role === 'reviewer' && !REVIEWER_MOVES.includes(fields.to)) {
      throw forbidden('A unit’s reviewer shortlists, interviews, offers and rejects; organisers record the rest');
    }
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
    return applicationViewFor(actor, after);
  },
};
