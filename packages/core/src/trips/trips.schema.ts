import { idPattern } from '../ids.ts';
import { dateSchema, stopIdSchema, universityIdSchema } from '../fields.ts';
import { z } from '../schema.ts';
import { nameSchema } from '../names.ts';
import { rule } from '../field-errors.ts';

export const tripIdSchema = z.string().regex(idPattern('trip'), { error: 'Not a trip id' });
const fen = z.number().int().min(0).max(1_000_000_000_00).openapi({ description: 'Amount in fen (1/100 CNY)' });

const Member = z.strictObject({
  name: nameSchema(1, 60),
  department: z.string().trim().min(1).max(80),
  role: z.string().trim().max(60).optional(),
});
const Expense = z.strictObject({ item: z.string().trim().min(1).max(120), amountFen: fen, on: dateSchema });
const StopInput = z
  .strictObject({
    /** Sent back when editing so events keep pointing at their stop; new stops leave it out. */
    stopId: stopIdSchema.optional(),
    city: z.string().trim().min(1).max(30),
    from: dateSchema,
    to: dateSchema,
    universityIds: z.array(universityIdSchema).max(20).default([]),
  })
  .refine((s) => s.to >= s.from, { path: ['to'], ...rule('end_before_start', 'The stop ends before it starts') });

const fields = {
  title: nameSchema(2, 120),
  startDate: dateSchema,
  endDate: dateSchema,
  delegation: z.array(Member).max(50),
  budgetFen: fen,
  expenses: z.array(Expense).max(200),
  stops: z.array(StopInput).max(30),
  notes: z.string().trim().max(2000),
};

function checkDates(v: { startDate?: string; endDate?: string }, ctx: z.RefinementCtx) {
  if (v.startDate && v.endDate && v.endDate < v.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], ...rule('end_before_start', 'The trip ends before it starts') });
  }
}

export const CreateTripInput = z
  .strictObject({
    title: fields.title,
    startDate: fields.startDate,
    endDate: fields.endDate,
    delegation: fields.delegation.default([]),
    budgetFen: fields.budgetFen.default(0),
    expenses: fields.expenses.default([]),
    stops: fields.stops.default([]),
    notes: fields.notes.optional(),
  })
  .superRefine(checkDates);

export const UpdateTripInput = z
  .strictObject({
    version: z.number().int().min(1),
    title: fields.title.optional(),
    startDate: fields.startDate.optional(),
    endDate: fields.endDate.optional(),
    delegation: fields.delegation.optional(),
    budgetFen: fields.budgetFen.optional(),
    expenses: fields.expenses.optional(),
    stops: fields.stops.optional(),
    notes: fields.notes.optional(),
  })
  .superRefine(checkDates);

const StopView = z.object({
  stopId: z.string(),
  city: z.string(),
  from: z.string(),
  to: z.string(),
  universityIds: z.array(z.string()),
});
export const TripView = z.object({
  tripId: z.string(),
  title: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  delegation: z.array(z.object({ name: z.string(), department: z.string(), role: z.string().optional() })),
  budgetFen: z.number().int(),
  expenses: z.array(z.object({ item: z.string(), amountFen: z.number().int(), on: z.string() })),
  stops: z.array(StopView),
  notes: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

const ReportRow = z.object({
  eventsHeld: z.number().int(),
  events: z.number().int(),
  registrations: z.number().int(),
  waitlisted: z.number().int(),
  checkedIn: z.number().int(),
  leads: z.number().int(),
  partnershipsSigned: z.number().int(),
  expensesFen: z.number().int(),
  costPerLeadFen: z.number().int().nullable(),
});
export const TripReportView = z.object({
  tripId: z.string(),
  title: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  stops: z.array(ReportRow.extend({ stopId: z.string(), city: z.string(), from: z.string(), to: z.string() })),
  total: ReportRow.extend({ budgetFen: z.number().int() }),
});

export type CreateTripInput = z.input<typeof CreateTripInput>;
export type UpdateTripInput = z.infer<typeof UpdateTripInput>;
export type TripView = z.infer<typeof TripView>;
export type StopView = z.infer<typeof StopView>;
export type TripReportView = z.infer<typeof TripReportView>;
