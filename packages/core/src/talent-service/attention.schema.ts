import { z } from '../schema.ts';

export const ATTENTION_CODES = [
  'contact_overdue',
  'request_overdue',
  'retention_pending',
  'low_rating',
  'home_condition_unmet',
  'unit_changed',
] as const;
export const ATTENTION_ACTIONS = [
  'log_contact',
  'advance_request',
  'confirm_retention',
  'discuss_home_purchase',
] as const;

export const AttentionSignal = z.object({
  code: z.enum(ATTENTION_CODES).openapi({ description: 'Why: screens say it in each language with `params`' }),
  since: z.string().openapi({ description: 'The day the signal started' }),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  action: z.enum(ATTENTION_ACTIONS).openapi({ description: 'The next thing to do about it' }),
});
export type AttentionSignal = z.infer<typeof AttentionSignal>;

export const AttentionPerson = z.object({
  outcomeId: z.string(),
  name: z.string(),
  cohortId: z.string().optional(),
  tier: z.string(),
  tierLabel: z.object({ zh: z.string(), en: z.string() }),
  commissionerId: z.string(),
  signals: z.array(AttentionSignal),
});
export type AttentionPerson = z.infer<typeof AttentionPerson>;

export const AttentionList = z.object({
  items: z.array(AttentionPerson),
  truncated: z
    .boolean()
    .openapi({ description: 'More people are looked after than one list reads; narrow it to a commissioner' }),
});
export type AttentionList = z.infer<typeof AttentionList>;

export const AttentionQuery = z.object({
  all: z.enum(['true', 'false']).optional().openapi({ description: "Everyone's people, not only the caller's own" }),
});
export type AttentionQuery = z.infer<typeof AttentionQuery>;

export const AttentionShareRow = z.object({
  cohortId: z.string(),
  tier: z.string(),
  tierLabel: z
    .object({ zh: z.string(), en: z.string() })
    .openapi({ description: 'As the latest version naming it says' }),
  people: z.number().int().openapi({ description: 'Looked after and still in service' }),
  clear: z.number().int().openapi({ description: 'Of them, with no signal' }),
  contactOverdue: z.number().int().openapi({ description: 'Of them, overdue for a contact' }),
  requestsOverdue: z
    .number()
    .int()
    .openapi({ description: 'Their open requests past the deadline (of each person’s latest 20)' }),
});
export const AttentionShareView = z.object({
  computedAt: z
    .string()
    .nullable()
    .openapi({ description: 'When the nightly count last ran; null before it ever did' }),
  items: z.array(AttentionShareRow),
});
export type AttentionShareView = z.infer<typeof AttentionShareView>;
