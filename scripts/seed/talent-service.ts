import {
  allPages,
  Conversion,
  createInvitedAccount,
  DomainError,
  ServicePolicies,
  TalentService,
  type Actor,
  type OutcomeView,
} from '@aksu/core';
import { findByEmail } from '@aksu/core/users/records';
import { createActiveLogin } from './active-login.ts';
import { FINISHED_COHORT_NAME } from './conversion.ts';
import { demoCohorts } from './demo-records.ts';
import { seedTalentRequests } from './talent-service-requests.ts';

export const DEMO_LEADER = 'leader@example.com';
export const DEMO_UNIT_CONTACT = 'unit.contact@example.com';

/**
 * Records a first run creates: the two contact accounts, one care record per person of the 2024 cohort
 * in service (46 of its 50 who came; four left), a contact log for every third, a card for half, and
 * the retained person's account with one request in each state.
 */
export const TALENT_SEED = { accounts: 3, care: 46, contactLogs: 15, cards: 24, requests: 5 };

const DAY = 86_400_000;
const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY);
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

async function runLimited<T>(items: T[], limit: number, run: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let i = next++; i < items.length; i = next++) await run(items[i]!, i);
    }),
  );
}

async function ensureContact(seed: Actor, email: string, name: string, password: string) {
  const made = await createActiveLogin(() => createInvitedAccount(seed, { email, name, role: 'contact' }), password);
  const user = await findByEmail(email);
  if (!user) throw new Error(`${email} was not created`);
  return { created: made === 'created' ? 1 : 0, userId: user.userId };
}

async function hasCare(seed: Actor, outcomeId: string): Promise<boolean> {
  try {
    await TalentService.get(seed, outcomeId);
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not_found') return false;
    throw error;
  }
}

/**
 * The 2024 cohort's people who came and stay, looked after: tiers spread over the policy's tiers, the
 * demo organiser as commissioner, a prefecture leader for the top three tiers and a unit contact for
 * the base one. Every third was assigned 13 months ago and not contacted since, so their contact is
 * overdue whatever the tier's cadence; every third was assigned 40 days ago and visited 10 days ago.
 * Care is written only for people with none, so a second run or an organiser's own assignment is
 * left as it is.
 */
export async function seedTalentService(seed: Actor, organiserEmail: string, password: string): Promise<number> {
  const cohort = (await demoCohorts(seed)).get(FINISHED_COHORT_NAME);
  if (!cohort) return 0;
  const organiser = await findByEmail(organiserEmail);
  if (!organiser) return 0;
  const leader = await ensureContact(seed, DEMO_LEADER, '地区人才工作领导小组联络员', password);
  const unit = await ensureContact(seed, DEMO_UNIT_CONTACT, '用人单位人事专员', password);
  let created = leader.created + unit.created;

  const now = new Date();
  // The version in force (the built-in one comes first, stored ones follow by date).
  const policies = (await ServicePolicies.list(seed)).items.filter((p) => p.effectiveFrom <= dayOf(now));
  const tiers = policies.at(-1)!.tiers.map((t) => t.tier);
  const outcomes = (await allPages((page) => Conversion.list(seed, { cohortId: cohort.cohortId }, page)))
    .filter((o) => (o.stage === 'onboarded' || o.stage === 'retained') && o.onboardedOn)
    .sort((a, b) => a.outcomeId.localeCompare(b.outcomeId));
  const fresh: OutcomeView[] = [];
  // Four at a time, as the outcomes were written: each person's writes are their own items.
  await runLimited(outcomes, 4, async (outcome, k) => {
    if (await hasCare(seed, outcome.outcomeId)) return;
    const tier = tiers[k % tiers.length]!;
    const contactUserId = k % tiers.length === tiers.length - 1 ? unit.userId : leader.userId;
    const assignedAgo = k % 3 === 0 ? 395 : k % 3 === 1 ? 40 : 0;
    await TalentService.assign(
      seed,
      outcome.outcomeId,
      { tier, commissionerId: organiser.userId, contactUserId },
      daysAgo(now, assignedAgo),
    );
    created++;
    if (k % 3 === 1) {
      await TalentService.logContact(seed, outcome.outcomeId, {
        on: dayOf(daysAgo(now, 10)),
        kind: k % 2 ? 'visit' : 'festival_care',
        raised: '孩子明年入学，希望了解就近入学政策。',
        followUps: '已转教育局咨询，下次回访时答复。',
      });
      created++;
    }
    if (Math.floor(k / 2) % 2 === 0) {
      await TalentService.issueCard(seed, outcome.outcomeId);
      created++;
    }
    fresh.push(outcome);
  });
  // The person with an account is the first one looked after here (a leading talent, assigned long
  // ago), so their phone shows a card, an overdue contact for the commissioner and every request state.
  const first = outcomes[0];
  if (first && fresh.includes(first)) created += await seedTalentRequests(seed, first, password, now);
  return created;
}
