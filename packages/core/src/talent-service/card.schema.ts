import { z } from '../schema.ts';
import { Benefit } from './policy.schema.ts';

const Label = z.object({ zh: z.string(), en: z.string() });
const BenefitView = Benefit.pick({ key: true, label: true, detail: true });

/** The card as its holder and the organisers see it: the QR code opens `verifyPath`. */
export const ServiceCardView = z.object({
  outcomeId: z.string(),
  cardNumber: z.string(),
  token: z.string().openapi({ description: 'What the QR code carries; unguessable, not the card number' }),
  verifyPath: z.string().openapi({ description: 'The public verification page the QR code opens' }),
  maskedName: z.string(),
  tier: z.string(),
  tierLabel: Label,
  validFrom: z.string(),
  validUntil: z.string(),
  status: z.enum(['active', 'revoked']),
  valid: z.boolean(),
  benefits: z.array(BenefitView),
  issuedAt: z.string(),
});
export type ServiceCardView = z.infer<typeof ServiceCardView>;

/**
 * What a service provider sees through the QR code, and nothing more: whether the card is valid, the
 * holder's name masked, the tier and the benefits. No card number, no ids, no contact details.
 */
export const CardCheckView = z.object({
  valid: z.boolean(),
  maskedName: z.string(),
  tierLabel: Label,
  validUntil: z.string(),
  benefits: z.array(BenefitView),
});
export type CardCheckView = z.infer<typeof CardCheckView>;

export const cardTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22}$/, { error: 'Not a card code' })
  .openapi({ description: 'The code in the card’s QR code' });
