import { createHash, randomInt } from 'node:crypto';

// No 0/O, 1/I/L: codes are read off paper and typed on phones.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const INVITATION_TTL_DAYS = 14;

/** `XXXX-XXXX`, about 40 bits: enough for a single-use code that expires and is rate-limited by use. */
export function newInvitationCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Case, spaces and dashes do not matter when a person types the code back. */
export function hashInvitationCode(code: string): string {
  const normalised = code.toUpperCase().replace(/[\s-]/g, '');
  return createHash('sha256').update(`invitation:${normalised}`).digest('base64url');
}

export function hashEmail(email: string): string {
  return createHash('sha256').update(`login:${email.trim().toLowerCase()}`).digest('base64url');
}
