import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { derivedKey } from '../personal/vault.ts';

/**
 * The check-in token of a registration: an HMAC of its id under a server key, so a mail, "my
 * registration" and a resend all show the same QR without the token ever being stored (only its
 * SHA-256 is, on gsi1). Older registrations carry a random token; their stored hash still admits them.
 */
export function checkInTokenFor(registrationId: string): string {
  return createHmac('sha256', derivedKey('check-in-token'))
    .update(registrationId)
    .digest()
    .subarray(0, 18)
    .toString('base64url');
}

/** Minutes an access token from a recovery code lets someone see and cancel their registration. */
export const ACCESS_TOKEN_MINUTES = 30;

const sign = (body: string) => createHmac('sha256', derivedKey('registrant-access')).update(body).digest('base64url');

/** A short-lived bearer for one registration: `<registrationId>.<expires epoch s>.<mac>`. */
export function issueAccessToken(
  eventId: string,
  registrationId: string,
  now = Date.now(),
): { accessToken: string; expiresAt: string } {
  const expires = Math.floor(now / 1000) + ACCESS_TOKEN_MINUTES * 60;
  const body = `${registrationId}.${expires}`;
  return { accessToken: `${body}.${sign(`${eventId}.${body}`)}`, expiresAt: new Date(expires * 1000).toISOString() };
}

/** The registration an access token names, or undefined when it is forged, for another event or expired. */
export function readAccessToken(eventId: string, token: string, now = Date.now()): string | undefined {
  const [registrationId, expires, mac] = token.split('.');
  if (!registrationId || !expires || !mac) return undefined;
  const expected = Buffer.from(sign(`${eventId}.${registrationId}.${expires}`));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return Number(expires) * 1000 > now ? registrationId : undefined;
}

/** Six digits, read from a mail and typed on a phone. */
export const newRecoveryCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** Codes are stored keyed-hashed with their registration, so a leaked table yields no usable code. */
export function recoveryCodeHash(registrationId: string, code: string): string {
  return createHmac('sha256', derivedKey('recovery-code')).update(`${registrationId}\u0000${code}`).digest('base64url');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
