import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import type { Recipient } from '../notifications/notify.ts';
import { accountRecipient, addressRecipient } from '../notifications/recipients.ts';

type UserRow = { userId: string; email: string; name: string; status: string };

/** Accounts by id, in BatchGetItem's groups; ids may repeat. */
export async function usersById(ids: string[]): Promise<Map<string, UserRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const data = await batchGet(
    unique.map((userId) => ({ userId })),
    (keys) =>
      db()
        .service.entities.user.get(keys)
        .go({ attributes: ['userId', 'email', 'name', 'status'] }),
  );
  return new Map(data.map((u) => [u.userId, u as UserRow]));
}

/**
 * Who a message goes to: the account when there is one (mail to its address, an item in its bell;
 * the language comes from its preferences), otherwise the address given, keyed by the address.
 * A disabled account is nobody to remind.
 */
export function recipientOf(user: UserRow | undefined, fallback: { email?: string; name?: string }): Recipient | null {
  if (user) return accountRecipient(user);
  return fallback.email
    ? addressRecipient(fallback.email, { ...(fallback.name ? { name: fallback.name } : {}) })
    : null;
}
