import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import type { OutcomeStage } from '../conversion/conversion.schema.ts';
import { inService } from '../conversion/lifecycle.ts';
import { getOutcomeRecord } from '../conversion/records.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, forbidden, notFound } from '../errors.ts';
import { addDays, latestDateAnywhere } from '../time.ts';
import { findOverdueRequests } from './requests.ts';
import { getRecord } from '../users/records.ts';
import {
  cohortCalendar,
  getCareRecord,
  serviceFactsOf,
  readableCare,
  toCareView,
  type CareRecord,
} from './care-records.ts';
import type { AssignCareInput, CareView, ListCareQuery } from './care.schema.ts';
import { allServicePolicies, policyToday, servicePolicyOn } from './policies.ts';
import type { ServicePolicyView } from './policy.schema.ts';
import { addMonths } from './rules.ts';

const invalid = (path: string, code: string, message: string) =>
  new DomainError('validation_failed', message, { errors: [{ path, message, code }] });

const conflict = () =>
  new DomainError('version_conflict', 'Someone changed this person’s care at the same time; read it again');

/** The account must be active and hold the role; anything else is named on its field. */
async function requireAccount(userId: string, role: 'organiser' | 'contact', path: string) {
  const user = await getRecord(userId);
  if (user?.status !== 'active' || user.role !== role)
    throw invalid(path, role === 'organiser' ? 'not_organiser' : 'not_contact', `Not an active ${role} account`);
}

/**
 * Puts a person who came (报到) and stays in someone's care, or changes their tier, commissioner or
 * contact. The last contact day carries over; a new record counts from today. Conditioned on the
 * version read, so two organisers changing the same person at once cannot both win.
 */
export async function assignCare(actor: Actor, outcomeId: string, input: AssignCareInput, now = new Date()) {
  requireRole(actor, 'organiser');
  const outcome = await getOutcomeRecord(outcomeId);
  if (!outcome) throw notFound('Outcome');
  if (!inService(outcome.stage as OutcomeStage) || !outcome.onboardedOn)
    throw new DomainError('conflict', 'Only people who came (onboarded) and are still in service are looked after');
  const { today, policy } = await policyToday(outcome.cohortId, now);
  if (!policy.tiers.some((t) => t.tier === input.tier))
    throw invalid('tier', 'unknown_tier', 'Not a tier of the policy in force');
  await requireAccount(input.commissionerId, 'organiser', 'commissionerId');
  await requireAccount(input.contactUserId, 'contact', 'contactUserId');
  const before = await getCareRecord(outcomeId);
  const { version: read, ...assignment } = input;
  // A screen sends the version it showed, so a change made since is not silently overwritten.
  if (read !== undefined && read !== (before?.version ?? 0)) throw conflict();
  const at = now.toISOString();
  const after: CareRecord = {
    outcomeId,
    ...(outcome.cohortId ? { cohortId: outcome.cohortId } : {}),
    name: outcome.name,
    onboardedOn: outcome.onboardedOn,
    ...assignment,
    lastContactOn: before?.lastContactOn ?? today,
    ...(outcome.subjectKind === 'intern' ? { internId: outcome.subjectId } : {}),
    createdAt: before?.createdAt ?? at,
    updatedAt: at,
    version: (before?.version ?? 0) + 1,
  };
  await transact(
    ({ talentCare, audit }) => [
      before
        ? talentCare
            .put(after)
            .where((a, { eq }) => eq(a.version, before.version))
            .commit()
        : talentCare.create(after).commit(),
      audit
        .create(
          auditRecord(
            actor,
            'talentCare',
            outcomeId,
            before ? 'reassign' : 'assign',
            diffChanges(before ?? undefined, after),
            at,
          ),
        )
        .commit(),
    ],
    conflict,
  );
  return toCareView(after, policy, today, { inService: true, employer: outcome.employer });
}

export async function getCare(actor: Actor, outcomeId: string, now = new Date()): Promise<CareView> {
  const care = await readableCare(actor, outcomeId);
  const [{ today, policy }, facts] = await Promise.all([policyToday(care.cohortId, now), serviceFactsOf([outcomeId])]);
  return toCareView(care, policy, today, facts.get(outcomeId) ?? { inService: false });
}

/**
 * A contact's own people; for organisers one commissioner's (their own by default) or everyone of a
 * tier. Each is one index read by last contact, so the least recently contacted come first.
 */
export async function listCare(
  actor: Actor,
  query: ListCareQuery,
  page: PageRequest,
  now = new Date(),
): Promise<Page<CareView>> {
  if (actor.role !== 'organiser' && actor.role !== 'contact') throw forbidden();
  const { talentCare } = db().service.entities;
  const base =
    actor.role === 'contact'
      ? talentCare.query.byContact({ contactUserId: actor.userId })
      : query.tier
        ? talentCare.query.byTier({ tier: query.tier })
        : talentCare.query.byCommissioner({ commissionerId: query.commissionerId ?? actor.userId });
  const result = await queryPage((options) => base.go(options), page);
  return { items: await viewsOf(result.items, now), nextCursor: result.nextCursor };
}

async function viewsOf(
  items: CareRecord[],
  now: Date,
  read: Promise<ServicePolicyView[]> = allServicePolicies(),
): Promise<CareView[]> {
  const [policies, facts] = await Promise.all([read, serviceFactsOf(items.map((c) => c.outcomeId))]);
  const todayOf = cohortCalendar(now);
  return Promise.all(
    items.map(async (care) => {
      const today = await todayOf(care.cohortId);
      return toCareView(
        care,
        servicePolicyOn(policies, today),
        today,
        facts.get(care.outcomeId) ?? { inService: false },
      );
    }),
  );
}

/** Per tier, at most this many of the longest uncontacted: the organisers' list stays one bounded read per tier. */
const OVERDUE_PER_TIER = 100;

/**
 * Everyone whose contact is overdue. Each tier has one cadence, so its overdue people are the start
 * of its list by last contact: one bounded Query per tier, cut at the latest last-contact day that
 * can be overdue anywhere today, then checked in each person's own calendar. The organisers' list
 * and their morning digest both read it.
 */
export async function findOverdueContacts(now: Date): Promise<CareView[]> {
  const latestToday = latestDateAnywhere(now);
  const policies = await allServicePolicies();
  const policy = servicePolicyOn(policies, latestToday);
  const { talentCare } = db().service.entities;
  const found = await Promise.all(
    policy.tiers.map(async (rule) => {
      const cut = addDays(addMonths(latestToday, -rule.cadenceMonths), 3);
      const { data } = await talentCare.query
        .byTier({ tier: rule.tier })
        .lt({ lastContactOn: cut })
        .go({ count: OVERDUE_PER_TIER, limit: OVERDUE_PER_TIER });
      return data;
    }),
  );
  const views = await viewsOf(found.flat(), now, Promise.resolve(policies));
  const overdue = views.filter((v) => v.contactOverdue);
  return overdue.sort((a, b) => a.nextContactDue.localeCompare(b.nextContactDue));
}

/** Everyone whose contact is overdue, for the organisers, the longest overdue first. */
export async function overdueContacts(actor: Actor, now = new Date()): Promise<{ items: CareView[] }> {
  requireRole(actor, 'organiser');
  return { items: await findOverdueContacts(now) };
}

/**
 * What waits for a commissioner, for their home page: how many people they look after, how many of
 * them are overdue for a contact, and how many of their open requests are past the deadline. Reads
 * at most `limit` people (the least recently contacted first, where the overdue are) and `limit`
 * requests (the earliest deadline first); `more` says a count may be short.
 */
export async function commissionerSummary(userId: string, limit: number, now = new Date()) {
  const [people, late] = await Promise.all([
    db()
      .service.entities.talentCare.query.byCommissioner({ commissionerId: userId })
      .go({ count: limit + 1, limit: limit + 1 }),
    findOverdueRequests(now, { commissionerId: userId, limit }),
  ]);
  const views = await viewsOf(people.data.slice(0, limit), now);
  return {
    people: views.filter((v) => v.inService).length,
    overdueContacts: views.filter((v) => v.contactOverdue).length,
    overdueRequests: late.items.length,
    more: people.data.length > limit || late.truncated,
  };
}
