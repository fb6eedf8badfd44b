import { dateSchema, universityIdSchema } from '../fields.ts';
import { z } from '../schema.ts';
import { COHORT_DEGREE_LEVELS, COHORT_STATUSES, STIPEND_COUNTED_DAYS } from './cohort.entity.ts';
import { nameSchema } from '../names.ts';
import { rule, type FieldError, type FieldErrorCode } from '../field-errors.ts';
import { localDate } from '../time.ts';

const localTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Use a time like 08:30' })
  .openapi({ example: '09:00' });
const instant = z.iso.datetime({
  offset: true,
  error: 'Use a date and time with offset, like 2026-06-01T09:00:00+08:00',
});
const fen = z.number().int().min(0).max(100_000_000).openapi({ description: 'Amount in fen (1/100 CNY)' });
function validZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
const timeZone = z.string().max(60).refine(validZone, rule('unknown_time_zone', 'Not a known time zone'));

export const StipendPolicy = z.strictObject({
  dailyAllowanceFen: fen,
  countedDays: z.enum(STIPEND_COUNTED_DAYS).openapi({ description: 'Which days earn the daily allowance' }),
  travelCapFen: fen,
  projectAwardFen: fen,
  mentorAllowancePerMenteeFen: fen,
  countApprovedLeave: z
    .boolean()
    .optional()
    .openapi({ description: 'Approved leave days earn the daily allowance too (off when left out)' }),
});

export const CheckInWindow = z.strictObject({ start: localTime, end: localTime });

export const CohortUniversityInput = z.strictObject({
  universityId: universityIdSchema,
  quota: z.number().int().min(0).max(10_000),
});

/** Defaults from the 2024 programme: 100 CNY a day for checked-in days, travel up to 3,000 CNY. */
export const DEFAULT_STIPEND_POLICY = {
  dailyAllowanceFen: 10_000,
  countedDays: 'checked_in',
  travelCapFen: 300_000,
  projectAwardFen: 200_000,
  mentorAllowancePerMenteeFen: 100_000,
} as const;
export const DEFAULT_CHECK_IN_WINDOW = { start: '08:00', end: '10:30' } as const;

const universities = z
  .array(CohortUniversityInput)
  // Two transaction items per university must fit in one TransactWriteItems (100).
  .max(45)
  .refine(
    (list) => new Set(list.map((u) => u.universityId)).size === list.length,
    rule('listed_twice', 'A university is listed twice'),
  );

const editable = {
  name: nameSchema(2, 120),
  startsOn: dateSchema,
  endsOn: dateSchema,
  timeZone,
  registrationOpensAt: instant,
  registrationClosesAt: instant,
  eligibleDegreeLevels: z.array(z.enum(COHORT_DEGREE_LEVELS)).min(1).max(3),
  stipendPolicy: StipendPolicy,
  checkInWindow: CheckInWindow,
  description: z.string().trim().max(2000),
  universities,
};

type CohortDates = Partial<Record<'startsOn' | 'endsOn' | 'registrationOpensAt' | 'registrationClosesAt', string>> & {
  timeZone?: string;
  checkInWindow?: { start: string; end: string };
};

/**
 * The dates of a cohort that cannot all hold: an end before its start, and registration still open
 * after the programme's last day (a student registered then could never take part). Registration may
 * close after the start, for late joiners; it is compared as the date it closes on in the cohort's time
 * zone. Checked on what a request sends and again on the cohort as an edit would leave it, since an
 * edit may move one date past another it does not send.
 */
export function cohortDateProblems(v: CohortDates): Array<FieldError & { code: FieldErrorCode }> {
  const problems: Array<FieldError & { code: FieldErrorCode }> = [];
  const broken = (path: string, code: FieldErrorCode, message: string) => problems.push({ path, code, message });
  if (v.startsOn && v.endsOn && v.endsOn < v.startsOn)
    broken('endsOn', 'end_before_start', 'The cohort ends before it starts');
  // The refinement runs even when a field failed its own check: a value that is no instant parses to
  // NaN, compares false and is left to that check's message.
  const closes = Date.parse(v.registrationClosesAt ?? '');
  if (closes <= Date.parse(v.registrationOpensAt ?? ''))
    broken('registrationClosesAt', 'end_before_start', 'Registration closes before it opens');
  if (
    Number.isFinite(closes) &&
    v.endsOn &&
    v.timeZone &&
    validZone(v.timeZone) &&
    localDate(closes, v.timeZone) > v.endsOn
  )
    broken('registrationClosesAt', 'closes_after_end', 'Registration closes after the programme has ended');
  if (v.checkInWindow && v.checkInWindow.end <= v.checkInWindow.start)
    broken('checkInWindow.end', 'end_before_start', 'The check-in window ends before it starts');
  return problems;
}

function checkDates(v: CohortDates, ctx: z.RefinementCtx) {
  // An edit that leaves the time zone out is checked against the stored one when it is applied.
  for (const p of cohortDateProblems(v))
    ctx.addIssue({ code: 'custom', path: p.path.split('.'), ...rule(p.code, p.message) });
}

export const CreateCohortInput = z
  .strictObject({
    name: editable.name,
    startsOn: editable.startsOn,
    endsOn: editable.endsOn,
    timeZone: editable.timeZone.default('Asia/Shanghai'),
    registrationOpensAt: editable.registrationOpensAt,
    registrationClosesAt: editable.registrationClosesAt,
    eligibleDegreeLevels: editable.eligibleDegreeLevels.default(['master', 'phd']),
    stipendPolicy: editable.stipendPolicy.default({ ...DEFAULT_STIPEND_POLICY }),
    checkInWindow: editable.checkInWindow.default({ ...DEFAULT_CHECK_IN_WINDOW }),
    description: editable.description.optional(),
    universities: editable.universities.default([]),
  })
  .superRefine(checkDates);

/**
 * `universities` replaces the participating list: a university left out stops participating (only
 * while it has no registrations); a changed quota may not go below the places already taken.
 */
export const UpdateCohortInput = z
  .strictObject({
    version: z.number().int().min(1),
    name: editable.name.optional(),
    startsOn: editable.startsOn.optional(),
    endsOn: editable.endsOn.optional(),
    timeZone: editable.timeZone.optional(),
    registrationOpensAt: editable.registrationOpensAt.optional(),
    registrationClosesAt: editable.registrationClosesAt.optional(),
    eligibleDegreeLevels: editable.eligibleDegreeLevels.optional(),
    stipendPolicy: editable.stipendPolicy.optional(),
    checkInWindow: editable.checkInWindow.optional(),
    description: editable.description.optional(),
    universities: editable.universities.optional(),
  })
  .superRefine(checkDates);

export const CohortTransitionInput = z.strictObject({ to: z.enum(COHORT_STATUSES) });

export const CohortUniversitySummary = z.object({
  cohortId: z.string(),
  universityId: z.string(),
  quota: z.number().int(),
  active: z
    .number()
    .int()
    .openapi({ description: 'Registrations holding a place in the quota (all but rejected and withdrawn)' }),
  submitted: z.number().int(),
  accepted: z.number().int(),
  waitlisted: z.number().int(),
  rejected: z.number().int(),
  confirmed: z.number().int(),
  withdrawn: z.number().int(),
});

export const CohortView = z.object({
  cohortId: z.string(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  timeZone: z.string(),
  registrationOpensAt: z.string(),
  registrationClosesAt: z.string(),
  status: z.enum(COHORT_STATUSES),
  allowedTransitions: z.array(z.enum(COHORT_STATUSES)),
  eligibleDegreeLevels: z.array(z.enum(COHORT_DEGREE_LEVELS)),
  stipendPolicy: StipendPolicy,
  checkInWindow: CheckInWindow,
  description: z.string().optional(),
  universities: z.array(z.object({ universityId: z.string(), quota: z.number().int() })).openapi({
    description: 'Participating universities; a coordinator sees only their own',
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const CohortSummary = z.object({
  cohortId: z.string(),
  universities: z.array(CohortUniversitySummary),
  totals: CohortUniversitySummary.omit({ cohortId: true, universityId: true }),
});

export type StipendPolicy = z.infer<typeof StipendPolicy>;
export type CreateCohortInput = z.input<typeof CreateCohortInput>;
export type UpdateCohortInput = z.infer<typeof UpdateCohortInput>;
export type CohortTransitionInput = z.infer<typeof CohortTransitionInput>;
export type CohortView = z.infer<typeof CohortView>;
export type CohortUniversitySummary = z.infer<typeof CohortUniversitySummary>;
export type CohortSummary = z.infer<typeof CohortSummary>;
