/**
 * A full national ID number: 17 digits and a check character (a digit or X), not part of a longer
 * run of digits. Masked forms (`110***********1234`) do not match.
 */
const NATIONAL_ID = /(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])/;

export class UnsafeMessageError extends Error {
  override readonly name = 'UnsafeMessageError';
}

/** Refuses a message that would carry a full national ID, in any of its parts. */
export function assertNoNationalId(parts: Record<string, string>): void {
  for (const [part, value] of Object.entries(parts)) {
    if (NATIONAL_ID.test(value))
      throw new UnsafeMessageError(`The message's ${part} contains a full national ID number`);
  }
}
