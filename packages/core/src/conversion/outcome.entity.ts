import { entity } from '../db/entity.ts';
import { MAIN_LINE } from './lifecycle.ts';

/** The main line and its two exits (see `lifecycle.ts`). */
export const OUTCOME_STAGES = [...MAIN_LINE, 'declined', 'left'] as const;
export const EMPLOYMENT_KINDS = [
  'civil_service',
  'public_institution',
  'state_owned_enterprise',
  'private_enterprise',
  'research_institute',
] as const;
export const SUBSIDY_CATEGORIES = ['senior', 'master', 'bachelor'] as const;

/**
 * One person's path towards staying in the region: an accepted intern (subject = registration) or a
 * lead invited to a full-time post (subject = lead). The attributes that the funnel is broken down
 * by (university, degree, discipline, host unit, mentor, from the region, trip, event, partnership)
 * are copied in when the outcome is opened, so every later stage change knows which counters to
 * move without reading anything else.
 *
 * Lists: a cohort's outcomes grouped by university (gsi1, `cohortKey` is `lead` for leads), a
 * university's outcomes (gsi2), the outcome of a subject (gsi3).
 */
export const Outcome = entity({
  model: { entity: 'outcome', version: '1', service: 'aksu' },
  attributes: {
    outcomeId: { type: 'string', required: true },
    subjectKind: { type: ['intern', 'lead'] as const, required: true },
    subjectId: { type: 'string', required: true },
    cohortKey: { type: 'string', required: true },
    cohortId: { type: 'string' },
    universityKey: { type: 'string', required: true },
    universityId: { type: 'string' },
    name: { type: 'string', required: true },
    degreeLevel: { type: ['master', 'phd', 'bachelor'] as const, required: true },
    discipline: { type: 'string', required: true },
    fromRegion: { type: 'boolean', required: true },
    hostUnitId: { type: 'string' },
    mentorId: { type: 'string' },
    placed: { type: 'boolean', required: true },
    completed: { type: 'boolean', required: true },
    eventId: { type: 'string' },
    tripId: { type: 'string' },
    partnershipId: { type: 'string' },
    stage: { type: OUTCOME_STAGES, required: true },
    /** Main-line stages reached so far, each counted once in the funnel even when skipped over. */
    reached: { type: 'list', items: { type: 'string' }, required: true },
    history: { type: 'any', required: true },
    employer: { type: 'string' },
    employerHostUnitId: { type: 'string' },
    post: { type: 'string' },
    /** The position (and through it the unit) of the accepted job application that made the offer. */
    positionId: { type: 'string' },
    employmentKind: { type: EMPLOYMENT_KINDS },
    reason: { type: 'string' },
    agreementSignedOn: { type: 'string' },
    agreementConfirmedOn: { type: 'string' },
    onboardedOn: { type: 'string' },
    subsidyCategory: { type: SUBSIDY_CATEGORIES },
    inHighTechZone: { type: 'boolean' },
    /** Consecutive yearly confirmations of still being employed in the region. */
    retainedYears: { type: 'number', required: true },
    homeBoughtOn: { type: 'string' },
    createdAt: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
    version: { type: 'number', required: true },
  },
  indexes: {
    byId: {
      pk: { field: 'pk', composite: ['outcomeId'] },
      sk: { field: 'sk', composite: [] },
    },
    byCohort: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['cohortKey'] },
      sk: { field: 'gsi1sk', composite: ['universityKey', 'outcomeId'] },
    },
    byUniversity: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: ['universityKey'] },
      sk: { field: 'gsi2sk', composite: ['outcomeId'] },
    },
    bySubject: {
      index: 'gsi3',
      pk: { field: 'gsi3pk', composite: ['subjectId'] },
      sk: { field: 'gsi3sk', composite: [] },
    },
  },
});
