import { requireRole, type Actor } from '../auth/actor.ts';
import type { OutcomeStage, StageRecord } from '../conversion/conversion.schema.ts';
import { inService } from '../conversion/lifecycle.ts';
import { outcomesByIds } from '../conversion/records.ts';
import { db } from '../db/service.ts';
import { attentionSignals, byNeed } from './attention-rules.ts';
import type { AttentionList, AttentionPerson, AttentionQuery, AttentionShareView } from './attention.schema.ts';
import { cohortCalendar, toCareView, type CareRecord } from './care-records.ts';
import { allServicePolicies, servicePolicyOn } from './policies.ts';
import type { ServicePolicyView } from './policy.schema.ts';

/** People one list reads at most: a commissioner's own, or per tier for everyone's. */
export const ATTENTION_LIST_LIMIT = 200;
/** A person's latest requests read for their signals: open ones and recent ratings are among them. */
const REQUESTS_PER_PERSON = 20;
/** People assessed at once, so a list or the nightly count never floods the table with reads. */
const CHUNK = 25;

async function requestsOf(outcomeId: string) {
  const { data } = await db()
    .service.entities.serviceRequest.query.byOutcome({ outcomeId })
    .go({ order: 'desc', count: REQUESTS_PER_PERSON, limit: REQUESTS_PER_PERSON });
  return data;
}

/**
 * Each person still in service with their signals (people who left are not retained, and are
 * dropped). Reads one BatchGet of the outcomes per chunk and one bounded Query of each person's
 * requests; the policies and each cohort's time zone once.
 */
export async function assess(
  people: readonly CareRecord[],
  now: Date,
  read: Promise<ServicePolicyView[]> = allServicePolicies(),
): Promise<AttentionPerson[]> {
  const policies = await read;
  const todayOf = cohortCalendar(now);
  const out: AttentionPerson[] = [];
  for (let i = 0; i < people.length; i += CHUNK) {
    const chunk = people.slice(i, i + CHUNK);
    const outcomes = await outcomesByIds(chunk.map((c) => c.outcomeId));
    const assessed = await Promise.all(
      chunk.map(async (care) => {
        const outcome = outcomes.get(care.outcomeId);
        if (!outcome || !inService(outcome.stage as OutcomeStage)) return null;
        const [today, requests] = await Promise.all([todayOf(care.cohortId), requestsOf(care.outcomeId)]);
        const view = toCareView(care, servicePolicyOn(policies, today), today);
        const signals = attentionSignals({
          today,
          onboardedOn: outcome.onboardedOn ?? care.onboardedOn,
          lastContactOn: care.lastContactOn,
          contactOverdue: view.contactOverdue,
          nextContactDue: view.nextContactDue,
          retainedYears: outcome.retainedYears,
          homeBoughtOn: outcome.homeBoughtOn,
          history: outcome.history as StageRecord[],
          requests,
        });
        return {
          outcomeId: care.outcomeId,
          name: care.name,
          ...(care.cohortId ? { cohortId: care.cohortId } : {}),
          tier: care.tier,
          // The words of the version in force in the person's calendar, as their care page says.
          tierLabel: view.tierLabel,
          commissionerId: care.commissionerId,
          signals,
        };
      }),
    );
    for (const person of assessed) if (person) out.push(person);
  }
  return out;
}

/** A tier's words as the latest version naming it says (a tier since dropped keeps its last words). */
function tierLabels(policies: readonly ServicePolicyView[]) {
  const labels = new Map(policies.flatMap((p) => p.tiers.map((t) => [t.tier, t.label] as const)));
  return (tier: string) => labels.get(tier) ?? { zh: tier, en: tier };
}

/** Every tier any version has named, so people of a tier since dropped stay in sight. */
const tiersOf = (policies: readonly ServicePolicyView[]) => [
  ...new Set(policies.flatMap((p) => p.tiers.map((t) => t.tier))),
];

/**
 * Who needs attention this week: the caller's own people (as commissioner), or with `all` everyone's,
 * each with their signals, most signals first, then the oldest. Computed when read, so a contact
 * logged or a request resolved clears its signal at once; the read is bounded by
 * `ATTENTION_LIST_LIMIT` people (per tier for everyone's) and says when it was cut.
 */
export async function attentionList(actor: Actor, query: AttentionQuery, now = new Date()): Promise<AttentionList> {
  requireRole(actor, 'organiser');
  const { talentCare } = db().service.entities;
  const options = { count: ATTENTION_LIST_LIMIT, limit: ATTENTION_LIST_LIMIT };
  const policies = allServicePolicies();
  const pages =
    query.all === 'true'
      ? await Promise.all(tiersOf(await policies).map((tier) => talentCare.query.byTier({ tier }).go(options)))
      : [await talentCare.query.byCommissioner({ commissionerId: actor.userId }).go(options)];
  const people = await assess(
    pages.flatMap((p) => p.data),
    now,
    policies,
  );
  return {
    items: people.filter((p) => p.signals.length > 0).sort(byNeed),
    truncated: pages.some((p) => p.cursor !== null),
  };
}

const TALLY = 'attention-share';
const NO_COHORT = '';

/**
 * The nightly count behind the dashboard: everyone looked after, tier by tier in pages, assessed as
 * the list does, counted per cohort and tier (with no signal, overdue for a contact, and their open
 * requests past the deadline) and stored as one item. Reads grow with the number of
 * people, once a night; the dashboard's read stays one item.
 */
export async function countAttention(
  now: Date,
): Promise<{ people: number; clear: number; contactOverdue: number; requestsOverdue: number }> {
  const policies = allServicePolicies();
  const { talentCare, attentionTally } = db().service.entities;
  type Row = Omit<AttentionShareView['items'][number], 'tierLabel'>;
  const rows = new Map<string, Row>();
  for (const tier of tiersOf(await policies)) {
    let cursor: string | null = null;
    do {
      const page: { data: CareRecord[]; cursor: string | null } = await talentCare.query
        .byTier({ tier })
        .go({ cursor, count: ATTENTION_LIST_LIMIT, limit: ATTENTION_LIST_LIMIT });
      for (const person of await assess(page.data, now, policies)) {
        const key = `${person.cohortId ?? NO_COHORT}|${person.tier}`;
        const row = rows.get(key) ?? {
          cohortId: person.cohortId ?? NO_COHORT,
          tier: person.tier,
          people: 0,
          clear: 0,
          contactOverdue: 0,
          requestsOverdue: 0,
        };
        row.people += 1;
        if (person.signals.length === 0) row.clear += 1;
        if (person.signals.some((s) => s.code === 'contact_overdue')) row.contactOverdue += 1;
        row.requestsOverdue += Number(person.signals.find((s) => s.code === 'request_overdue')?.params.count ?? 0);
        rows.set(key, row);
      }
      cursor = page.cursor;
    } while (cursor);
  }
  const all = [...rows.values()];
  await attentionTally.put({ tally: TALLY, rows: all, computedAt: now.toISOString() }).go();
  const sum = (field: 'people' | 'clear' | 'contactOverdue' | 'requestsOverdue') =>
    all.reduce((n, r) => n + r[field], 0);
  return {
    people: sum('people'),
    clear: sum('clear'),
    contactOverdue: sum('contactOverdue'),
    requestsOverdue: sum('requestsOverdue'),
  };
}

/** The share with no signal per cohort and tier, as last counted: one item read, and the policies (a handful) for the tiers' words. */
export async function attentionShare(actor: Actor): Promise<AttentionShareView> {
  requireRole(actor, 'organiser');
  const [{ data }, policies] = await Promise.all([
    db().service.entities.attentionTally.get({ tally: TALLY }).go(),
    allServicePolicies(),
  ]);
  const labelOf = tierLabels(policies);
  const rows = (data?.rows ?? []) as Array<Omit<AttentionShareView['items'][number], 'tierLabel'>>;
  // Counts stored before the overdue columns existed read as none.
  return {
    computedAt: data?.computedAt ?? null,
    items: rows.map((r) => ({
      ...r,
      contactOverdue: r.contactOverdue ?? 0,
      requestsOverdue: r.requestsOverdue ?? 0,
      tierLabel: labelOf(r.tier),
    })),
  };
}
