import { rule } from '../field-errors.ts';
import { idPattern } from '../ids.ts';
import { nameSchema } from '../names.ts';
import { z } from '../schema.ts';
import { ANNOUNCEMENT_STATUSES } from './lifecycle.ts';
import { positionIdSchema, PublicPositionView } from './positions.schema.ts';

export const announcementIdSchema = z.string().regex(idPattern('announcement'), { error: 'Not an announcement id' });

/** Lower-case letters, digits and inner hyphens: safe in a link, and short, so the QR code stays coarse. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/, { error: 'Use 3 to 40 lower-case letters, digits or hyphens' })
  .openapi({ description: "The shareable link's name, e.g. 2026-spring; never changes", example: '2026-spring' });

/** Each position once, in the order the notice lists them. */
const positionIds = z
  .array(positionIdSchema)
  .max(100)
  .superRefine((ids, ctx) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index], ...rule('listed_twice', 'Listed twice') });
      seen.add(id);
    });
  })
  .openapi({ description: 'The positions of the notice, in its order (at most 100)' });

const fields = {
  title: nameSchema(2, 120),
  body: z.string().trim().min(1).max(20_000).openapi({ description: 'The text of the notice' }),
  positionIds,
};

export const CreateAnnouncementInput = z.strictObject({
  ...fields,
  positionIds: positionIds.default([]),
  slug: slugSchema.optional().openapi({ description: 'Left out: a short random one is made' }),
});

export const UpdateAnnouncementInput = z.strictObject({
  version: z.number().int().min(1),
  title: fields.title.optional(),
  body: fields.body.optional(),
  positionIds: positionIds.optional(),
});

export const AnnouncementTransitionInput = z.strictObject({
  to: z.enum(ANNOUNCEMENT_STATUSES),
  version: z.number().int().min(1).openapi({ description: 'The version read; a stale one is 409' }),
});

export const ListAnnouncementsQuery = z.object({ status: z.enum(ANNOUNCEMENT_STATUSES).optional() });

export const AnnouncementView = z.object({
  announcementId: z.string(),
  slug: z.string(),
  title: z.string(),
  body: z.string(),
  positionIds: z.array(z.string()),
  status: z.enum(ANNOUNCEMENT_STATUSES),
  allowedTransitions: z.array(z.enum(ANNOUNCEMENT_STATUSES)),
  publishedAt: z.string().optional(),
  closedAt: z.string().optional(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

/** A published notice with the positions of it that are published, in its order. */
export const PublicAnnouncementView = z.object({
  slug: z.string(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.string(),
  positions: z.array(PublicPositionView),
});

export type CreateAnnouncementInput = z.input<typeof CreateAnnouncementInput>;
export type UpdateAnnouncementInput = z.infer<typeof UpdateAnnouncementInput>;
export type AnnouncementTransitionInput = z.infer<typeof AnnouncementTransitionInput>;
export type ListAnnouncementsQuery = z.infer<typeof ListAnnouncementsQuery>;
export type AnnouncementView = z.infer<typeof AnnouncementView>;
export type PublicAnnouncementView = z.infer<typeof PublicAnnouncementView>;
