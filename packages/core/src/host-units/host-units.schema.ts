import { z } from '../schema.ts';
import { cohortIdSchema, phoneSchema } from '../fields.ts';
import { PROJECT_DEGREE_LEVELS } from './project.entity.ts';
import { CLUSTER_CODES, COUNTY_CODES, HOST_UNIT_KINDS } from './regions.ts';
import { nameSchema } from '../names.ts';

const ContactInput = z.strictObject({
  name: nameSchema(1, 60),
  title: z.string().trim().max(60).optional(),
  phone: phoneSchema,
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()).optional(),
});

/** Degrees to 6 decimals (about 0.1 m): more is noise, and DynamoDB refuses magnitudes like 5e-324. */
const degrees = (limit: number) =>
  z
    .number()
    .min(-limit)
    .max(limit)
    .transform((v) => Math.round(v * 1e6) / 1e6 || 0);

const LocationInput = z
  .strictObject({ lat: degrees(90), lng: degrees(180) })
  .openapi({ description: 'Where interns check in (WGS-84 degrees)' });

const unitFields = {
  name: nameSchema(2, 80),
  kind: z.enum(HOST_UNIT_KINDS),
  cluster: z.enum(CLUSTER_CODES).openapi({ description: 'One of the eight industrial clusters (八大产业集群)' }),
  county: z.enum(COUNTY_CODES).openapi({ description: 'County or county-level city of Aksu prefecture' }),
  address: z.string().trim().min(2).max(200),
  contact: ContactInput,
  checkInRadiusM: z
    .number()
    .int()
    .min(50)
    .max(20_000)
    .openapi({ description: 'Check-in radius around the location, metres' }),
  location: LocationInput,
  description: z.string().trim().max(2000),
};

export const CreateHostUnitInput = z.strictObject({
  name: unitFields.name,
  kind: unitFields.kind,
  cluster: unitFields.cluster,
  county: unitFields.county,
  address: unitFields.address,
  contact: unitFields.contact,
  checkInRadiusM: unitFields.checkInRadiusM.optional(),
  location: unitFields.location.optional(),
  description: unitFields.description.optional(),
});

/** `version` is the one the client read; a stale one is refused with 409. */
export const UpdateHostUnitInput = z.strictObject({
  version: z.number().int().min(1),
  name: unitFields.name.optional(),
  kind: unitFields.kind.optional(),
  cluster: unitFields.cluster.optional(),
  county: unitFields.county.optional(),
  address: unitFields.address.optional(),
  contact: unitFields.contact.optional(),
  checkInRadiusM: unitFields.checkInRadiusM.optional(),
  location: unitFields.location.optional(),
  description: unitFields.description.optional(),
});

export const ListHostUnitsQuery = z.object({
  kind: z.enum(HOST_UNIT_KINDS).optional(),
  cluster: z.enum(CLUSTER_CODES).optional(),
});

export const HostUnitView = z.object({
  hostUnitId: z.string(),
  name: z.string(),
  kind: z.enum(HOST_UNIT_KINDS),
  cluster: z.enum(CLUSTER_CODES),
  county: z.enum(COUNTY_CODES),
  address: z.string(),
  contact: z.object({
    name: z.string(),
    title: z.string().optional(),
    phone: z.string(),
    email: z.string().optional(),
  }),
  checkInRadiusM: z.number().int().optional(),
  location: z.object({ lat: z.number(), lng: z.number() }).optional(),
  description: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

const wordList = z.array(z.string().trim().min(1).max(40)).max(20);

const projectFields = {
  title: nameSchema(2, 120),
  description: z.string().trim().min(1).max(4000),
  majors: wordList.openapi({ description: 'Wanted majors (专业); empty means any' }),
  disciplines: wordList.openapi({ description: 'Wanted disciplines (学科门类/一级学科); empty means any' }),
  degreeLevels: z
    .array(z.enum(PROJECT_DEGREE_LEVELS))
    .max(3)
    .openapi({ description: 'Accepted degree levels; empty means any' }),
  seats: z.number().int().min(1).max(200),
  supervisor: z.strictObject({
    name: nameSchema(1, 60),
    title: z.string().trim().max(60).optional(),
    phone: phoneSchema.optional(),
  }),
};

export const CreateProjectInput = z.strictObject({
  cohortId: cohortIdSchema,
  title: projectFields.title,
  description: projectFields.description,
  majors: projectFields.majors.default([]),
  disciplines: projectFields.disciplines.default([]),
  degreeLevels: projectFields.degreeLevels.default([]),
  seats: projectFields.seats,
  supervisor: projectFields.supervisor,
});

export const UpdateProjectInput = z.strictObject({
  version: z.number().int().min(1),
  title: projectFields.title.optional(),
  description: projectFields.description.optional(),
  majors: projectFields.majors.optional(),
  disciplines: projectFields.disciplines.optional(),
  degreeLevels: projectFields.degreeLevels.optional(),
  seats: projectFields.seats
    .optional()
    .openapi({ description: 'Refused (409 conflict) below the number already placed' }),
  supervisor: projectFields.supervisor.optional(),
});

export const ProjectView = z.object({
  projectId: z.string(),
  hostUnitId: z.string(),
  hostUnitName: z.string(),
  cohortId: z.string(),
  title: z.string(),
  description: z.string(),
  majors: z.array(z.string()),
  disciplines: z.array(z.string()),
  degreeLevels: z.array(z.enum(PROJECT_DEGREE_LEVELS)),
  seats: z.number().int(),
  placed: z.number().int(),
  supervisor: z.object({ name: z.string(), title: z.string().optional(), phone: z.string().optional() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export type CreateHostUnitInput = z.input<typeof CreateHostUnitInput>;
export type UpdateHostUnitInput = z.infer<typeof UpdateHostUnitInput>;
export type ListHostUnitsQuery = z.infer<typeof ListHostUnitsQuery>;
export type HostUnitView = z.infer<typeof HostUnitView>;
export type CreateProjectInput = z.input<typeof CreateProjectInput>;
export type UpdateProjectInput = z.infer<typeof UpdateProjectInput>;
export type ProjectView = z.infer<typeof ProjectView>;
