import type { components } from '../../api/schema';
import type { Lang, MessageKey } from '../../i18n/i18n';

type Schemas = components['schemas'];
export type TalentCare = Schemas['TalentCare'];
export type ContactLog = Schemas['ContactLog'];
export type ServicePolicy = Schemas['ServicePolicy'];

export const CONTACT_KINDS = ['visit', 'call', 'festival_care', 'health_check_reminder'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const contactKindKey = (kind: ContactKind) => `care.kind.${kind}` as MessageKey;
export const contactLevelKey = (level: TalentCare['contactLevel']) => `care.level.${level}` as MessageKey;

/** A policy's words in the interface's language. */
export const labelIn = (label: { zh: string; en: string }, lang: Lang) => (lang === 'en' ? label.en : label.zh);

/**
 * The version in force on a day: the latest that has started. The API lists the built-in version first,
 * then the stored ones oldest first, so the last started one wins.
 */
export function policyInForce(policies: readonly ServicePolicy[], day: string): ServicePolicy | undefined {
  return policies.filter((p) => p.policyId === 'default' || p.effectiveFrom <= day).at(-1);
}
