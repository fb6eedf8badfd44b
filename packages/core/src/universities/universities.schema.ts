import { z } from '../schema.ts';
import { nameSchema } from '../names.ts';
import { phoneSchema } from '../fields.ts';

/**
 * A phone as shown masked to non-organisers (138****5678, 099*****4567, +86*******5678); accepted back
 * on edit as "unchanged" and resolved against the numbers on file.
 */
export const MASKED_PHONE = /^[+\d]{1,4}\*{3,}\d{4}$/;

export const ContactSchema = z.strictObject({
  name: nameSchema(1, 60),
  title: z.string().trim().max(60).optional(),
  phone: z.union([phoneSchema, z.string().regex(MASKED_PHONE)]).optional(),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()).optional(),
});

const fields = {
  name: nameSchema(2, 60),
  nameEn: z.string().trim().max(120),
  shortName: nameSchema(0, 20),
  city: z.string().trim().min(1).max(30),
  province: z.string().trim().min(1).max(30),
  country: z.string().trim().min(1).max(60),
  tags: z.array(z.string().trim().min(1).max(20)).max(12),
  contacts: z.array(ContactSchema).max(20),
};

export const CreateUniversityInput = z.strictObject({
  name: fields.name,
  nameEn: fields.nameEn.optional(),
  shortName: fields.shortName.optional(),
  city: fields.city,
  province: fields.province,
  country: fields.country.default('中国'),
  tags: fields.tags.default([]),
  contacts: fields.contacts.default([]),
});

/** `version` is the one the client read; a stale one is refused with 409. */
export const UpdateUniversityInput = z.strictObject({
  version: z.number().int().min(1),
  name: fields.name.optional(),
  nameEn: fields.nameEn.optional(),
  shortName: fields.shortName.optional(),
  city: fields.city.optional(),
  province: fields.province.optional(),
  country: fields.country.optional(),
  tags: fields.tags.optional(),
  contacts: fields.contacts.optional(),
});

/** What a coordinator may change on their own university. */
export const COORDINATOR_EDITABLE_FIELDS = ['contacts'] as const;

export const ListUniversitiesQuery = z.object({
  province: z.string().trim().min(1).max(30).optional(),
  q: z.string().trim().min(1).max(60).optional(),
});

export const UniversityView = z.object({
  universityId: z.string(),
  name: z.string(),
  nameEn: z.string().optional(),
  shortName: z.string().optional(),
  city: z.string(),
  province: z.string(),
  country: z.string(),
  tags: z.array(z.string()),
  contacts: z.array(
    z.object({
      name: z.string(),
      title: z.string().optional(),
      phone: z.string().optional(),
      email: z.string().optional(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export type Contact = z.infer<typeof ContactSchema>;
export type CreateUniversityInput = z.input<typeof CreateUniversityInput>;
export type UpdateUniversityInput = z.infer<typeof UpdateUniversityInput>;
export type ListUniversitiesQuery = z.infer<typeof ListUniversitiesQuery>;
export type UniversityView = z.infer<typeof UniversityView>;
