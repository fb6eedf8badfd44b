import { auditRecord } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { readableCohort } from '../cohorts/records.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { DomainError, notFound } from '../errors.ts';
import { decryptField } from '../personal/vault.ts';
import type {
  CohortRegistrationView,
  DecisionInput,
  DecisionResult,
  ListCohortRegistrationsQuery,
  RegistrationBody,
} from './cohort-registrations.schema.ts';
import { getRegistrationRecord, getSealedNationalId, toRegistrationView } from './records.ts';
import { registerBatch } from './register.ts';
import { decide } from './decisions.ts';
import { changeOwnStatus } from './status-changes.ts';

/** Registrations of students into cohorts, as the routes and other domains use them. */
export const CohortRegistrations = {
  /** The raw record, no access check: for other domains (placements, imports) that did their own. */
  getRecord: getRegistrationRecord,

  /** One registration as a batch of one; the row's failure becomes the request's error. */
  async register(actor: Actor, cohortId: string, body: RegistrationBody): Promise<CohortRegistrationView> {
    const [outcome] = await registerBatch(actor, cohortId, [body], { source: 'form' });
    if (!outcome!.ok) throw new DomainError(outcome!.code, outcome!.message, { errors: outcome!.errors });
    return outcome!.registration;
  },

  /**
   * One registration. A coordinator reads only their own university's (another is "not found");
   * organisers also get the national ID in full here, and only here. Each showing is audited (who
   * saw whose, when; the entry holds no ID), and the entry is written before the ID is returned, so
   * no ID is shown without its entry.
   */
  async get(actor: Actor, cohortId: string, registrationId: string): Promise<CohortRegistrationView> {
    requireRole(actor, 'organiser', 'coordinator');
    const record = await getRegistrationRecord(registrationId);
    if (!record || record.cohortId !== cohortId) throw notFound('Registration');
    if (actor.role === 'coordinator' && record.universityId !== actor.universityId) throw notFound('Registration');
    const view = toRegistrationView(actor, record);
    if (actor.role !== 'organiser') return view;
    const sealed = await getSealedNationalId(registrationId);
    if (!sealed) return view;
    await db()
      .service.entities.audit.create(auditRecord(actor, 'cohortRegistration', registrationId, 'view_national_id', {}))
      .go();
    return { ...view, nationalId: decryptField(sealed) };
  },

  /**
   * Organisers list a cohort's registrations, by status or university; a coordinator their own
   * university's only (asking for another's gives an empty list). Phones are masked for everyone
   * but organisers; national IDs are masked for all in lists.
   */
  async list(
    actor: Actor,
    cohortId: string,
    query: ListCohortRegistrationsQuery,
    page: PageRequest,
  ): Promise<Page<CohortRegistrationView>> {
    await readableCohort(actor, cohortId);
    if (actor.role === 'coordinator' && query.universityId && query.universityId !== actor.universityId)
      return { items: [], nextCursor: null };
    const universityId = actor.role === 'coordinator' ? actor.universityId! : query.universityId;
    const { cohortRegistration } = db().service.entities;
    return queryPage(
      (options) => {
        if (universityId) {
          return cohortRegistration.query
            .byUniversity({ cohortId, universityId })
            .where((a, { eq }) => (query.status ? eq(a.status, query.status) : ''))
            .go(options);
        }
        if (query.status) return cohortRegistration.query.byStatus({ cohortId, status: query.status }).go(options);
        return cohortRegistration.query.byCohort({ cohortId }).go(options);
      },
      page,
      (record) => toRegistrationView(actor, record),
      { filtered: Boolean(universityId && query.status) },
    );
  },

  async decide(actor: Actor, cohortId: string, input: DecisionInput): Promise<DecisionResult[]> {
    return decide(actor, cohortId, input);
  },

  async confirm(actor: Actor, cohortId: string, registrationId: string): Promise<CohortRegistrationView> {
    return changeOwnStatus(actor, cohortId, registrationId, 'confirmed');
  },

  async withdraw(
    actor: Actor,
    cohortId: string,
    registrationId: string,
    reason?: string,
  ): Promise<CohortRegistrationView> {
    return changeOwnStatus(actor, cohortId, registrationId, 'withdrawn', reason);
  },
};
