import { dateSchema } from '../fields.ts';
import { z } from '../schema.ts';
import { nameSchema } from '../names.ts';

const fen = z
  .number()
  .int()
  .min(0)
  .max(100_000_000_00)
  .nullable()
  .openapi({ description: 'Amount in fen (1/100 CNY); null: not eligible' });
const ZoneAmounts = z.strictObject({ prefecture: fen, highTechZone: fen });

export const SubsidyAmounts = z.strictObject({ senior: ZoneAmounts, master: ZoneAmounts, bachelor: ZoneAmounts });
export type SubsidyAmounts = z.infer<typeof SubsidyAmounts>;

export const CreateSubsidyPolicyInput = z.strictObject({
  name: nameSchema(2, 120),
  effectiveFrom: dateSchema,
  yearsRequired: z.number().int().min(1).max(10).default(5),
  amounts: SubsidyAmounts,
});
export type CreateSubsidyPolicyInput = z.infer<typeof CreateSubsidyPolicyInput>;

export const SubsidyPolicyView = z.object({
  policyId: z.string(),
  name: z.string(),
  effectiveFrom: z.string(),
  yearsRequired: z.number().int(),
  amounts: SubsidyAmounts,
  createdAt: z.string(),
});
export type SubsidyPolicyView = z.infer<typeof SubsidyPolicyView>;
