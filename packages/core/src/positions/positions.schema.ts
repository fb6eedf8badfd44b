import { rule } from '../field-errors.ts';
import { CLUSTER_CODES, COUNTY_CODES } from '../host-units/regions.ts';
import { idPattern } from '../ids.ts';
import { nameSchema } from '../names.ts';
import { dateSchema, phoneSchema, unitIdSchema } from '../fields.ts';
import { z } from '../schema.ts';
import { POSITION_STATUSES } from './lifecycle.ts';
import { POST_KINDS, SALARY_PERIODS, UNIT_KINDS } from './position.entity.ts';
import { POSITION_DEGREE_LEVELS } from './subsidy.ts';

export const employerIdSchema = z.string().regex(idPattern('employer'), { error: 'Not an employer id' });
export const positionIdSchema = z.string().regex(idPattern('position'), { error: 'Not a position id' });

const sector = nameSchema(2, 40).openapi({ description: 'Sector (行业), e.g. 医疗卫生, 石油化工' });
const county = z.enum(COUNTY_CODES).openapi({ description: 'County or county-level city of Aksu prefecture' });

export const CreateEmployerInput = z.strictObject({ name: nameSchema(2, 80), sector, county });
export const UpdateEmployerInput = z.strictObject({
  version: z.number().int().min(1),
  name: nameSchema(2, 80).optional(),
  sector: sector.optional(),
  county: county.optional(),
});
export const EmployerView = z.object({
  employerId: z.string(),
  name: z.string(),
  sector: z.string(),
  county: z.enum(COUNTY_CODES),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

const wordList = z.array(nameSchema(1, 40)).max(20);
const fen = z.number().int().min(0).max(100_000_000_00);

const SalaryBand = z
  .strictObject({ minFen: fen, maxFen: fen, per: z.enum(SALARY_PERIODS) })
  .refine((band) => band.minFen <= band.maxFen, {
    path: ['maxFen'],
    ...rule('end_before_start', 'The top of the band is below its bottom'),
  })
  .openapi({ description: 'Pay in fen (1/100 CNY) per month or year; left out: negotiable (面议)' });

const Contact = z.strictObject({
  name: nameSchema(1, 60),
  phone: phoneSchema.openapi({ description: 'Shown on the public page as written: give an office line' }),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()).optional(),
});

const positionFields = {
  title: nameSchema(2, 120),
  sector,
  cluster: z.enum(CLUSTER_CODES).openapi({ description: 'One of the eight industrial clusters (八大产业集群)' }),
  county,
  inHighTechZone: z
    .boolean()
    .openapi({ description: 'In the Aksu–Alar high-tech zone: priced from the zone column of the subsidy table' }),
  degreeLevel: z.enum(POSITION_DEGREE_LEVELS).openapi({ description: 'The lowest degree accepted' }),
  disciplines: wordList.openapi({ description: 'Disciplines wanted (学科); empty means any' }),
  majors: wordList.openapi({ description: 'Majors wanted (专业); empty means any' }),
  headcount: z.number().int().min(1).max(500),
  postKind: z
    .enum(POST_KINDS)
    .openapi({ description: 'career_establishment (事业编制), state_enterprise (国有企业) or other' }),
  staffingPool: z.boolean().openapi({ description: 'Uses the talent staffing pool (编制周转池)' }),
  salaryBand: SalaryBand,
  benefits: z.string().trim().max(2000),
  description: z.string().trim().max(4000).openapi({ description: 'Duties and requirements' }),
  deadline: dateSchema.openapi({ description: 'Last day to apply (Beijing time)' }),
  contact: Contact,
};

export const CreatePositionInput = z.strictObject({
  unitId: unitIdSchema,
  ...positionFields,
  inHighTechZone: positionFields.inHighTechZone.default(false),
  disciplines: positionFields.disciplines.default([]),
  majors: positionFields.majors.default([]),
  staffingPool: positionFields.staffingPool.default(false),
  salaryBand: positionFields.salaryBand.optional(),
  benefits: positionFields.benefits.optional(),
  description: positionFields.description.optional(),
});

/** Any field but the unit; `version` is the one read, a stale one is 409. The status moves by transitions. */
export const UpdatePositionInput = z.strictObject({
  version: z.number().int().min(1),
  title: positionFields.title.optional(),
  sector: positionFields.sector.optional(),
  cluster: positionFields.cluster.optional(),
  county: positionFields.county.optional(),
  inHighTechZone: positionFields.inHighTechZone.optional(),
  degreeLevel: positionFields.degreeLevel.optional(),
  disciplines: positionFields.disciplines.optional(),
  majors: positionFields.majors.optional(),
  headcount: positionFields.headcount.optional(),
  postKind: positionFields.postKind.optional(),
  staffingPool: positionFields.staffingPool.optional(),
  salaryBand: positionFields.salaryBand.optional(),
  benefits: positionFields.benefits.optional(),
  description: positionFields.description.optional(),
  deadline: positionFields.deadline.optional(),
  contact: positionFields.contact.optional(),
});

export const PositionTransitionInput = z.strictObject({
  to: z.enum(POSITION_STATUSES),
  version: z.number().int().min(1).openapi({ description: 'The version read; a stale one is 409' }),
});

export const ListPositionsQuery = z.object({
  status: z.enum(POSITION_STATUSES).optional(),
  unitId: unitIdSchema.optional(),
});

const positionShape = {
  positionId: z.string(),
  unitKind: z.enum(UNIT_KINDS),
  unitId: z.string(),
  unitName: z.string(),
  title: z.string(),
  sector: z.string(),
  cluster: z.enum(CLUSTER_CODES),
  county: z.enum(COUNTY_CODES),
  inHighTechZone: z.boolean(),
  degreeLevel: z.enum(POSITION_DEGREE_LEVELS),
  disciplines: z.array(z.string()),
  majors: z.array(z.string()),
  headcount: z.number().int(),
  postKind: z.enum(POST_KINDS),
  staffingPool: z.boolean(),
  salaryBand: z.object({ minFen: z.number().int(), maxFen: z.number().int(), per: z.enum(SALARY_PERIODS) }).optional(),
  benefits: z.string().optional(),
  description: z.string().optional(),
  deadline: z.string(),
  contact: z.object({ name: z.string(), phone: z.string(), email: z.string().optional() }),
  publishedAt: z.string().optional(),
};

export const PositionView = z.object({
  ...positionShape,
  status: z.enum(POSITION_STATUSES),
  allowedTransitions: z.array(z.enum(POSITION_STATUSES)),
  accepted: z.number().int().optional().openapi({ description: 'Offers accepted so far; never above the headcount' }),
  endedAt: z.string().optional(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

const fenOut = z.number().int().openapi({ description: 'Amount in fen (1/100 CNY); 0: not paid for this degree' });

export const HousingSubsidyView = z
  .object({
    policyId: z.string().openapi({ description: 'The subsidy policy version the amounts come from' }),
    policyName: z.string(),
    effectiveFrom: z.string().openapi({ description: 'The day that version took effect' }),
    yearsRequired: z.number().int(),
    zone: z.enum(['prefecture', 'high_tech_zone']),
    amountFen: fenOut.openapi({ description: 'For the required degree, in fen' }),
    byDegree: z.array(z.object({ degreeLevel: z.enum(POSITION_DEGREE_LEVELS), amountFen: fenOut })),
  })
  .nullable()
  .openapi({ description: 'From the policy version in force today; null before any version is in force' });

/** What anyone sees of a published position: no bookkeeping, and the subsidy worked out for today. */
export const PublicPositionView = z.object({ ...positionShape, housingSubsidy: HousingSubsidyView });

export const PublicPositionsQuery = z.object({
  degreeLevel: z.enum(POSITION_DEGREE_LEVELS).optional().openapi({ description: 'Positions requiring this degree' }),
  discipline: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .openapi({ description: 'Positions wanting this discipline, or any' }),
  county: county.optional(),
  cluster: z.enum(CLUSTER_CODES).optional(),
  postKind: z.enum(POST_KINDS).optional(),
});

export type CreateEmployerInput = z.infer<typeof CreateEmployerInput>;
export type UpdateEmployerInput = z.infer<typeof UpdateEmployerInput>;
export type EmployerView = z.infer<typeof EmployerView>;
export type CreatePositionInput = z.input<typeof CreatePositionInput>;
export type UpdatePositionInput = z.infer<typeof UpdatePositionInput>;
export type PositionTransitionInput = z.infer<typeof PositionTransitionInput>;
export type ListPositionsQuery = z.infer<typeof ListPositionsQuery>;
export type PositionView = z.infer<typeof PositionView>;
export type PublicPositionView = z.infer<typeof PublicPositionView>;
export type PublicPositionsQuery = z.infer<typeof PublicPositionsQuery>;
