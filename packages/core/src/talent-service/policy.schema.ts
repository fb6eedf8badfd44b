import { dateSchema } from '../fields.ts';
import { nameSchema } from '../names.ts';
import { rule } from '../field-errors.ts';
import { z } from '../schema.ts';
import { REQUEST_KINDS } from './request.entity.ts';

/** Who keeps in touch with a tier: a prefecture leader, a county or department leader, or the person's unit. */
export const CONTACT_LEVELS = ['prefecture_leader', 'county_leader', 'unit'] as const;
export type ContactLevel = (typeof CONTACT_LEVELS)[number];

export type RequestKind = (typeof REQUEST_KINDS)[number];

const key = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, { error: 'Lower-case letters, digits and _' })
  .openapi({ description: 'A stable key the records keep' });
const label = z.strictObject({ zh: nameSchema(1, 60), en: nameSchema(1, 120) });

export const TierRule = z.strictObject({
  tier: key,
  label,
  contactLevel: z.enum(CONTACT_LEVELS),
  /** A contact is due this many months after the last one. */
  cadenceMonths: z.number().int().min(1).max(24),
  /** The service card: months in service (from 报到) before a person of this tier may have one; null: never. */
  cardAfterMonths: z.number().int().min(0).max(120).nullable(),
});
export type TierRule = z.infer<typeof TierRule>;

export const Benefit = z.strictObject({ key, label, detail: label.optional() });
export type Benefit = z.infer<typeof Benefit>;

export const RequestKindRule = z.strictObject({
  kind: z.enum(REQUEST_KINDS),
  /** Calendar days from the day it is received to its deadline. */
  deadlineDays: z.number().int().min(1).max(365),
});

const uniqueBy =
  <T>(field: keyof T & string) =>
  (items: T[]) =>
    new Set(items.map((i) => i[field])).size === items.length;

export const ServicePolicyRules = z.strictObject({
  tiers: z.array(TierRule).min(1).max(12).refine(uniqueBy('tier'), rule('listed_twice', 'Each tier once')),
  cardValidityMonths: z.number().int().min(1).max(120),
  benefits: z.array(Benefit).max(40).refine(uniqueBy('key'), rule('listed_twice', 'Each benefit once')),
  requestKinds: z
    .array(RequestKindRule)
    .length(REQUEST_KINDS.length)
    .refine(uniqueBy('kind'), rule('listed_twice', 'Each kind of request once')),
});
export type ServicePolicyRules = z.infer<typeof ServicePolicyRules>;

export const CreateServicePolicyInput = ServicePolicyRules.extend({
  name: nameSchema(2, 120),
  effectiveFrom: dateSchema,
});
export type CreateServicePolicyInput = z.infer<typeof CreateServicePolicyInput>;

export const ServicePolicyView = ServicePolicyRules.extend({
  policyId: z.string().openapi({ description: '`default` for the built-in version in force before any stored one' }),
  name: z.string(),
  effectiveFrom: z.string(),
  createdAt: z.string(),
});
export type ServicePolicyView = z.infer<typeof ServicePolicyView>;
