import type { Recipient } from './notify.ts';

export type AccountRecipient = Recipient & { userId: string; email: string; name: string };

/**
 * An account as a recipient: mail to its address and an item in its bell, keyed by the account so
 * a changed address is still the same person. No language here: the message goes out in the
 * language the user saved, Chinese when they saved none. A disabled account hears nothing.
 */
export function accountRecipient(
  user: { userId: string; email: string; name: string; status?: string } | null | undefined,
): AccountRecipient | null {
  if (!user || user.status === 'disabled') return null;
  return { key: `user:${user.userId}`, userId: user.userId, email: user.email, name: user.name };
}

/** Someone known only by an address (a public registrant): keyed by the address, lowercased. */
export function addressRecipient(email: string, details: Pick<Recipient, 'name' | 'locale'> = {}): Recipient {
  const address = email.toLowerCase();
  return {
    key: `email:${address}`,
    email: address,
    ...(details.name ? { name: details.name } : {}),
    ...(details.locale ? { locale: details.locale } : {}),
  };
}
