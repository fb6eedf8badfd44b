import { createHash, randomBytes, randomInt } from 'node:crypto';
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import type { OutcomeStage } from '../conversion/conversion.schema.ts';
import { inService } from '../conversion/lifecycle.ts';
import { myOutcome } from './me.ts';
import { getOutcomeRecord } from '../conversion/records.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { takeFromWindow } from '../events/rate-limit.ts';
import { ulid } from '../ids.ts';
import { outboxOp, domainEvent } from '../outbox/events.ts';
import { getCareRecord } from './care-records.ts';
import type { CardCheckView, ServiceCardView } from './card.schema.ts';
import type { ServiceCard } from './card.entity.ts';
import type { EntityItem } from 'electrodb';
import { policyToday } from './policies.ts';
import type { ServicePolicyView } from './policy.schema.ts';
import { maskName } from '../personal/masking.ts';
import { addMonths, cardEligibility, tierRule } from './rules.ts';

type CardRecord = EntityItem<typeof ServiceCard>;

const CARD_ISSUED = 'service-card.issued';

/** AKS, the year of issue and eight random digits; unique by a guard, never in order. */
const cardNumberOf = (today: string) => `AKS${today.slice(0, 4)}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;

const isValid = (card: CardRecord, today: string) =>
  card.status === 'active' && card.validFrom <= today && today <= card.validUntil;

function cardView(card: CardRecord, policy: ServicePolicyView, today: string): ServiceCardView {
  const tier = tierRule(policy, card.tier);
  return {
    outcomeId: card.outcomeId,
    cardNumber: card.cardNumber,
    token: card.token,
    verifyPath: `/cards/${card.token}`,
    maskedName: card.maskedName,
    tier: card.tier,
    tierLabel: tier?.label ?? { zh: card.tier, en: card.tier },
    validFrom: card.validFrom,
    validUntil: card.validUntil,
    status: card.status,
    valid: isValid(card, today),
    benefits: policy.benefits,
    issuedAt: card.issuedAt,
  };
}

async function cardOf(outcomeId: string): Promise<CardRecord | null> {
  const { data } = await db().service.entities.serviceCard.get({ outcomeId }).go();
  return data ?? null;
}

/**
 * Issues a person's card: their tier (from their care record) and time in service must qualify under
 * the version in force today. The card is created under "must not exist" on the outcome, so of any
 * number of issues at once exactly one writes; the others are told it already exists.
 */
export async function issueCard(actor: Actor, outcomeId: string, now = new Date()): Promise<ServiceCardView> {
  requireRole(actor, 'organiser');
  const [outcome, care] = await Promise.all([getOutcomeRecord(outcomeId), getCareRecord(outcomeId)]);
  if (!outcome) throw notFound('Outcome');
  if (!care || !inService(outcome.stage as OutcomeStage) || !outcome.onboardedOn)
    throw new DomainError('conflict', 'Only people in service who are looked after (a tier assigned) get a card');
  const { today, policy } = await policyToday(outcome.cohortId, now);
  const eligible = cardEligibility(policy, care.tier, outcome.onboardedOn, today);
  if (!eligible.ok)
    throw new DomainError('not_eligible', 'Not eligible for a service card yet', {
      errors: [
        {
          path: 'tier',
          message: eligible.reason === 'too_early' ? `From ${eligible.eligibleOn}` : 'This tier gets no card',
          code: eligible.reason,
          ...(eligible.eligibleOn ? { params: { earliest: eligible.eligibleOn } } : {}),
        },
      ],
    });
  const at = now.toISOString();
  const card: CardRecord = {
    outcomeId,
    cardNumber: cardNumberOf(today),
    token: randomBytes(16).toString('base64url'),
    maskedName: maskName(outcome.name),
    tier: care.tier,
    validFrom: today,
    validUntil: addMonths(today, policy.cardValidityMonths),
    status: 'active',
    ...(outcome.cohortId ? { cohortId: outcome.cohortId } : {}),
    ...(care.internId ? { internId: care.internId } : {}),
    issuedBy: actor.userId,
    issuedAt: at,
  };
  const { token: _secret, ...audited } = card;
  await transact(
    (e) => [
      e.serviceCard.create(card).commit(),
      e.unique.create({ kind: 'serviceCardNumber', value: card.cardNumber, ownerId: outcomeId }).commit(),
      e.audit
        .create(auditRecord(actor, 'serviceCard', outcomeId, 'issue', diffChanges(undefined, audited), at))
        .commit(),
      outboxOp(
        e,
        domainEvent(CARD_ISSUED, { outcomeId, internId: card.internId ?? null, cardNumber: card.cardNumber }),
      ),
    ],
    (failed) =>
      failed.index === 0
        ? new DomainError('already_exists', 'This person already has a service card')
        : new DomainError('conflict', 'Card numbers collided; issue again'),
  );
  return cardView(card, policy, today);
}

/** The card of an outcome (organisers). */
export async function getCard(actor: Actor, outcomeId: string, now = new Date()): Promise<ServiceCardView> {
  requireRole(actor, 'organiser');
  const card = await cardOf(outcomeId);
  if (!card) throw notFound('Service card');
  const { today, policy } = await policyToday(card.cohortId, now);
  return cardView(card, policy, today);
}

/** The signed-in person's own card, for their phone (which keeps a copy to show offline). */
export async function myCard(actor: Actor, now = new Date()): Promise<ServiceCardView> {
  const outcome = await myOutcome(actor);
  const card = outcome ? await cardOf(outcome.outcomeId) : null;
  if (!card) throw notFound('Service card');
  const { today, policy } = await policyToday(card.cohortId, now);
  return cardView(card, policy, today);
}

/** Verifications from one client per minute: a hotel desk checks a handful, a script walking codes many. */
export const VERIFICATIONS_PER_CLIENT_PER_MINUTE = 30;
const VERIFICATION_KEPT_SECONDS = 365 * 24 * 3600;

/**
 * The public check behind the QR code (no sign-in): valid or not, the masked name, the tier and the
 * benefits in force today. Rate-limited per client; an unknown code answers 404 like a malformed one;
 * each check of a real card is recorded with a hash of the client, not its address.
 */
export async function verifyCard(token: string, client: string, now = new Date()): Promise<CardCheckView> {
  await takeFromWindow({
    key: `card-check#${client}`,
    limit: VERIFICATIONS_PER_CLIENT_PER_MINUTE,
    windowSeconds: 60,
    refusal: 'Too many card checks from here; wait a minute and try again',
    now: now.getTime(),
  });
  const { data } = await db().service.entities.serviceCard.query.byToken({ token }).go({ limit: 1 });
  const card = data[0];
  if (!card || card.token !== token) throw notFound('Service card');
  const [{ today, policy }, outcome] = await Promise.all([
    policyToday(card.cohortId, now),
    getOutcomeRecord(card.outcomeId),
  ]);
  // A person who has left holds a card no more, whatever its dates say.
  const valid = isValid(card, today) && !!outcome && inService(outcome.stage as OutcomeStage);
  const at = now.toISOString();
  await db()
    .service.entities.cardVerification.create({
      outcomeId: card.outcomeId,
      at,
      verificationId: ulid(),
      valid,
      clientHash: createHash('sha256').update(`card-check\u0000${client}`).digest('base64url').slice(0, 22),
      expiresAt: Math.floor(now.getTime() / 1000) + VERIFICATION_KEPT_SECONDS,
    })
    .go();
  const { label } = tierRule(policy, card.tier) ?? { label: { zh: card.tier, en: card.tier } };
  return {
    valid,
    maskedName: card.maskedName,
    tierLabel: label,
    validUntil: card.validUntil,
    benefits: policy.benefits,
  };
}
