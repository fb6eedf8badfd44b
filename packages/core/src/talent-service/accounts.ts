import { requireRole, type Actor } from '../auth/actor.ts';
import type { OutcomeStage } from '../conversion/conversion.schema.ts';
import { inService } from '../conversion/lifecycle.ts';
import { getOutcomeRecord } from '../conversion/records.ts';
import { db } from '../db/service.ts';
import { DomainError, notFound } from '../errors.ts';
import { z } from '../schema.ts';
import { createInvitedAccount } from '../users/invitations.ts';
import { emailSchema, UserView } from '../users/users.schema.ts';

export const InviteTalentInput = z.strictObject({ email: emailSchema });
export type InviteTalentInput = z.infer<typeof InviteTalentInput>;

export const TalentInvitationView = z.object({
  user: UserView,
  invitationCode: z.string().openapi({ description: 'One-time code for `POST /v1/auth/activate`; shown once' }),
});
export type TalentInvitationView = z.infer<typeof TalentInvitationView>;

/** The guard that gives an outcome one talent account at most, written with the account. */
const TALENT_GUARD = 'talentAccount';

/**
 * Invites a person who came from a lead (they have no intern account) to a talent account bound to
 * their outcome, so they read their card and file requests from their phone. Only once they came
 * (报到) or stayed: before that there is nothing of the service for them to see.
 */
export async function inviteTalent(
  actor: Actor,
  outcomeId: string,
  input: InviteTalentInput,
): Promise<TalentInvitationView> {
  requireRole(actor, 'organiser');
  const outcome = await getOutcomeRecord(outcomeId);
  if (!outcome) throw notFound('Outcome');
  if (outcome.subjectKind !== 'lead')
    throw new DomainError('not_eligible', 'An intern signs in with the account they already have');
  if (!inService(outcome.stage as OutcomeStage))
    throw new DomainError('conflict', 'A person is invited once they have come (报到) and while they stay');
  const { data: taken } = await db().service.entities.unique.get({ kind: TALENT_GUARD, value: outcomeId }).go();
  if (taken) throw alreadyInvited();
  try {
    return await createInvitedAccount(
      actor,
      { email: input.email, name: outcome.name, role: 'talent', outcomeId },
      (e, userId) => [e.unique.create({ kind: TALENT_GUARD, value: outcomeId, ownerId: userId }).commit()],
    );
  } catch (error) {
    // Two invitations at once: the guard lets one through and the other is told as if it came second.
    if (error instanceof DomainError && error.code === 'conflict') throw alreadyInvited();
    throw error;
  }
}

/** The talent account bound to an outcome, if one was invited: the guard names it. */
export async function talentAccountOf(outcomeId: string): Promise<string | null> {
  const { data } = await db().service.entities.unique.get({ kind: TALENT_GUARD, value: outcomeId }).go();
  return data?.ownerId ?? null;
}

const alreadyInvited = () => new DomainError('already_exists', 'This person already has an account for the app');
