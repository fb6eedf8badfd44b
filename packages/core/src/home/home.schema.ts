import { COHORT_STATUSES } from '../cohorts/cohort.entity.ts';
import { z } from '../schema.ts';

const OpenCohort = z.object({
  cohortId: z.string(),
  name: z.string(),
  status: z.enum(COHORT_STATUSES),
  startsOn: z.string(),
  endsOn: z.string(),
  quota: z.number().int(),
  active: z.number().int(),
  submitted: z.number().int().openapi({ description: 'Registrations waiting for review' }),
  accepted: z.number().int().openapi({ description: 'Accepted students whose coordinator has not confirmed yet' }),
  confirmed: z.number().int(),
  checkIn: z
    .object({
      date: z.string(),
      checkedIn: z.number().int(),
      onLeave: z.number().int(),
    })
    .nullable()
    .openapi({ description: "Today's attendance counters of a running cohort (in its time zone), else null" }),
});

export const OrganiserHomeView = z.object({
  today: z.string(),
  cohorts: z.array(OpenCohort).openapi({ description: 'Cohorts not yet closed among the latest, newest first' }),
  pendingReviews: z.number().int().openapi({ description: 'Registrations waiting for review in those cohorts' }),
  expiring: z.array(
    z.object({ partnershipId: z.string(), universityId: z.string(), title: z.string(), expiresOn: z.string() }),
  ),
  moreExpiring: z.boolean().openapi({ description: 'More agreements expire in the window than are listed' }),
  expiringWithinDays: z.number().int(),
  events: z.array(
    z.object({
      eventId: z.string(),
      tripId: z.string(),
      universityId: z.string(),
      title: z.string(),
      venue: z.string(),
      startsAt: z.string(),
    }),
  ),
  eventsWithinDays: z.number().int(),
  care: z
    .object({
      people: z
        .number()
        .int()
        .openapi({ description: 'People the caller looks after as commissioner, still in service' }),
      overdueContacts: z.number().int().openapi({ description: 'Of them, overdue for a contact' }),
      overdueRequests: z.number().int().openapi({ description: 'The caller’s open requests past the deadline' }),
      more: z
        .boolean()
        .openapi({ description: 'More were there than one home page reads: the counts are of the first' }),
    })
    .openapi({ description: 'The talent service: what waits for the caller as commissioner' }),
});
export type OrganiserHomeView = z.infer<typeof OrganiserHomeView>;

const CohortRef = z.object({ cohortId: z.string(), name: z.string() });

export const CoordinatorHomeView = z.object({
  toRegister: z.array(
    CohortRef.extend({
      placesLeft: z.number().int(),
      quota: z.number().int(),
      registrationClosesAt: z.string(),
    }),
  ),
  toConfirm: z.array(CohortRef.extend({ accepted: z.number().int() })),
  decisions: z
    .array(z.object({ notificationId: z.string(), title: z.string(), link: z.string(), createdAt: z.string() }))
    .openapi({ description: 'Review decisions on the university’s students that the coordinator has not read yet' }),
});
export type CoordinatorHomeView = z.infer<typeof CoordinatorHomeView>;
