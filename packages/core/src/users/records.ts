import type { EntityItem } from 'electrodb';
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { scopesOf, type Actor } from '../auth/actor.ts';
import { issueToken } from '../auth/token.ts';
import { db } from '../db/service.ts';
import type { User } from './user.entity.ts';
import { UserView } from './users.schema.ts';
import { pickView } from '../views.ts';

/** A stored account; only the fields `UserView` names leave the users module (see toUserView). */
export type UserRecord = EntityItem<typeof User>;

export function toUserView(user: UserRecord): UserView {
  return { ...pickView(UserView, user), isAdmin: user.isAdmin ?? false };
}

/** The audit entry of a change to an account, as its view shows it: secrets never reach the trail. */
export const accountChangeAudit = (actor: Actor, action: string, before: UserRecord, after: UserRecord) =>
  auditRecord(actor, 'user', before.userId, action, diffChanges(toUserView(before), toUserView(after)));

export function actorOf(user: UserRecord): Actor {
  return {
    userId: user.userId,
    role: user.role,
    ...scopesOf(user),
    isAdmin: user.isAdmin ?? false,
  };
}

/** A signed-in session for the account as stored, its token bound to the account's current generation. */
export function sessionOf(user: UserRecord, secret: string, now = Date.now()): { token: string; user: UserView } {
  return { token: issueToken(actorOf(user), secret, now, user.tokenGeneration ?? 0), user: toUserView(user) };
}

export async function getRecord(userId: string): Promise<UserRecord | null> {
  const result = await db().service.entities.user.get({ userId }).go();
  return (result.data as UserRecord | null) ?? null;
}

export async function findByEmail(email: string): Promise<UserRecord | null> {
  const result = await db().service.entities.user.query.byEmail({ email: email.trim().toLowerCase() }).go({ count: 1 });
  return (result.data[0] as UserRecord | undefined) ?? null;
}
