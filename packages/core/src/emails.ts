import { z } from './schema.ts';

/**
 * The one rule for an email address typed into any form: trimmed and lower-cased, so the same address
 * compares equal however it was typed (accounts and leads are found by it), and at most 254 characters,
 * the longest address mail can deliver to.
 */
export const emailAddressSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'Enter a valid email address' }));
