import { rule } from './field-errors.ts';
import { idPattern } from './ids.ts';
import { z } from './schema.ts';

/**
 * Fields that many domains' schemas share. They live apart from the domain that first needed them
 * because a schema module builds every schema it declares when it is imported: a route that takes
 * a date from the partnerships' module builds every partnership schema in its function's cold start.
 */

/** A calendar date as people and the API write it: 2024-08-01, and a day that exists. */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use a date like 2024-08-01' })
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    rule('invalid_date', 'Not a calendar date'),
  )
  .openapi({ format: 'date', example: '2024-08-01' });

/** Mainland mobile, or a landline with area code; spaces and dashes as people write them. */
export const phoneSchema = z
  .string()
  .trim()
  .max(20)
  .regex(/^(\+?86[- ]?)?1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, { error: 'Enter a mainland mobile or landline number' });

export const universityIdSchema = z.string().regex(idPattern('university'), { error: 'Not a university id' });

/** A stop of a trip's itinerary, which an event is held at. */
export const stopIdSchema = z.string().regex(idPattern('stop'), { error: 'Not a stop id' });

/** A host unit, a project at one, or either a host unit or an employer record as a position's unit. */
export const hostUnitIdSchema = z.string().regex(idPattern('hostUnit'), { error: 'Not a host unit id' });
export const projectIdSchema = z.string().regex(idPattern('project'), { error: 'Not a project id' });
export const unitIdSchema = z
  .string()
  .regex(idPattern('hostUnit', 'employer'), { error: 'Not a host unit or employer id' })
  .openapi({ description: 'The employing unit: a host unit (hst_…) or an employer record (emp_…)' });

/** A cohort, and what names the one it belongs to (a project, an import, an activity log, leave). */
export const cohortIdSchema = z.string().regex(idPattern('cohort'), { error: 'Not a cohort id' });
