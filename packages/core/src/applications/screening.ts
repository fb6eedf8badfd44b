/** Organisers screen applications: per position, one with its CV link, and each step of the lifecycle. */
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { planAcceptedOffer } from '../conversion/offers.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { retryOnConflict } from '../db/retry.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { getStoredPosition, toPublicViews, type StoredPosition } from '../positions/positions.ts';
import { DOWNLOAD_LINK_SECONDS } from '../storage/purposes.ts';
import { FileStorage } from '../storage/index.ts';
import { localDate } from '../time.ts';
import {
  ApplicationTransitionInput,
  type ApplicationDetail,
  type ApplicationView,
  type ListApplicationsQuery,
} from './applications.schema.ts';
import { assertApplicationMove } from './lifecycle.ts';
import { type ApplicationRecord, getApplication, toApplicationView } from './records.ts';

const stale = () =>
  new DomainError('version_conflict', 'The application was changed by someone else; reload and try again');

/** A failed condition that means "read again and decide again". */
class Rebuild extends DomainError {
  constructor() {
    super('conflict', 'rebuild');
  }
}

const headcountReached = (p: StoredPosition) =>
  new DomainError('headcount_reached', `All ${p.headcount} places of this position are taken`, {
    headcount: p.headcount,
    accepted: p.accepted ?? 0,
  });

/** 事业编制 is a public institution's post; the pipeline's kinds name no "other". */
const EMPLOYMENT_KIND = {
  career_establishment: 'public_institution',
  state_enterprise: 'state_owned_enterprise',
} as const;

async function readable(applicationId: string): Promise<ApplicationRecord> {
  const found = await getApplication(applicationId);
  if (!found) throw notFound('Application');
  return found;
}

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
    const record = await readable(applicationId);
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
    const before = await readable(applicationId);
    if (before.version !== fields.version) throw stale();
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
    await transact(
      ({ application, audit }) => [
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
      ],
      stale,
    );
    return toApplicationView(after);
  },
};

/**
 * Accepting an offer, in one transaction: the application to accepted (on its version and status),
 * the position's accepted count one up on condition that it is still the count read and below the
 * headcount, the position filled (versioned and audited) when this acceptance takes its last place,
 * and the person's outcome opened or moved to `offered` with the position and unit (see
 * conversion/offers.ts). Concurrent acceptances each hold the count they read, so of those reading
 * the same count one commits and the others read again: the headcount is never exceeded, and once
 * it is reached the rest are 409 `headcount_reached`.
 */
async function accept(actor: Actor, first: ApplicationRecord): Promise<ApplicationView> {
  // The unit's name, recorded as the employer; an acceptance does not change it, so it is read once.
  const found = await getStoredPosition(first.positionId);
  if (!found) throw notFound('Position');
  const [{ unitName } = { unitName: '' }] = await toPublicViews([found], localDate());
  const decide = async (attempt: number): Promise<ApplicationView> => {
    const before = attempt === 0 ? first : await readable(first.applicationId);
    if (before.version !== first.version) throw stale();
    const position = await getStoredPosition(before.positionId);
    if (!position) throw notFound('Position');
    const taken = position.accepted ?? 0;
    if (position.status === 'filled' || taken >= position.headcount) throw headcountReached(position);
    if (position.status !== 'published')
      throw new DomainError('invalid_transition', `The position is ${position.status}; it takes no acceptances`, {
        from: position.status,
        allowed: [],
      });
    const at = new Date().toISOString();
    const fills = taken + 1 === position.headcount;
    const offer = await planAcceptedOffer(
      actor,
      { leadId: before.leadId, ...(before.internId ? { internId: before.internId } : {}) },
      {
        positionId: position.positionId,
        employer: unitName,
        ...(position.unitKind === 'host_unit' ? { employerHostUnitId: position.unitId } : {}),
        post: position.title,
        ...(position.postKind === 'other' ? {} : { employmentKind: EMPLOYMENT_KIND[position.postKind] }),
        on: localDate(new Date(at)),
      },
      at,
    );
    const after: ApplicationRecord = {
      ...before,
      status: 'accepted',
      statusSince: at,
      outcomeId: offer.outcomeId,
      updatedAt: at,
      version: before.version + 1,
    };
    const positionChange = fills
      ? {
          accepted: taken + 1,
          status: 'filled' as const,
          statusSince: at,
          endedAt: at,
          updatedAt: at,
          version: position.version + 1,
        }
      : { accepted: taken + 1 };
    const labels: ('application' | 'position' | 'outcome' | 'other')[] = [];
    await transact(
      (e) => {
        // Built again when the transaction is retried: the labels follow the operations of this build.
        labels.length = 0;
        const ops: unknown[] = [
          e.application
            .patch({ applicationId: before.applicationId })
            .set({
              status: 'accepted',
              statusSince: at,
              outcomeId: offer.outcomeId,
              updatedAt: at,
              version: after.version,
            })
            .where((a, { eq }) => `${eq(a.version, before.version)} AND ${eq(a.status, before.status)}`)
            .commit(),
          e.position
            .patch({ positionId: position.positionId })
            .set(positionChange)
            .where(
              (a, { eq, notExists, name, value }) =>
                `${taken === 0 ? `(${notExists(a.accepted)} OR ${eq(a.accepted, 0)})` : eq(a.accepted, taken)} AND ` +
                `${eq(a.status, 'published')} AND ${name(a.headcount)} > ${value(a.headcount, taken)}`,
            )
            .commit(),
          e.audit
            .create(
              auditRecord(
                actor,
                'application',
                before.applicationId,
                'transition:accepted',
                diffChanges(before, after),
                at,
              ),
            )
            .commit(),
        ];
        labels.push('application', 'position', 'other');
        if (fills) {
          ops.push(
            e.audit
              .create(
                auditRecord(
                  actor,
                  'position',
                  position.positionId,
                  'transition:filled',
                  diffChanges(position, { ...position, ...positionChange }),
                  at,
                ),
              )
              .commit(),
          );
          labels.push('other');
        }
        const outcomeOps = offer.ops(e);
        ops.push(...outcomeOps);
        labels.push('outcome', ...outcomeOps.slice(1).map(() => 'other' as const));
        return ops as never;
      },
      (failed) => {
        const label = labels[failed.index];
        if (label === 'application') return stale();
        return new Rebuild();
      },
    );
    return toApplicationView(after);
  };
  return retryOnConflict(decide, {
    attempts: 40,
    retryable: (error) => error instanceof Rebuild || (error instanceof DomainError && error.code === 'conflict'),
    exhausted: () => new DomainError('conflict', 'The position is busy; try again'),
  });
}
