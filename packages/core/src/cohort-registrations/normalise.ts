import { cleanFields, REGISTRATION_RULES } from './rules.ts';

/**
 * A raw registration (a form body, or an imported row mapped onto the form's fields) with every
 * field through its rule's normaliser (see rules.ts). Empty optional fields are left out; unknown
 * keys pass through, for the strict schema to refuse.
 */
export function normaliseRow(raw: Record<string, unknown>): Record<string, unknown> {
  return cleanFields(REGISTRATION_RULES, raw);
}
