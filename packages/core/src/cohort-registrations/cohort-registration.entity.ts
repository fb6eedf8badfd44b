import { entity } from '../db/entity.ts';
import { keyedBy, onIndex, VERSIONED } from '../db/attributes.ts';
import { perNote } from './note-fields.ts';

export const COHORT_REGISTRATION_STATUSES = [
  'submitted',
  'accepted',
  'waitlisted',
  'rejected',
  'confirmed',
  'withdrawn',
] as const;
export const REGISTRATION_SOURCES = ['form', 'import'] as const;

/**
 * A student registered (nominated) by their university into a cohort. Once accepted, the
 * registrationId is the intern's `internId`.
 *
 * The national ID is stored sealed (AES-GCM) with a keyed hash beside it for duplicate detection and
 * a masked copy for display; the sealed value and hash are hidden from ordinary reads.
 *
 * Lists: a cohort's registrations (gsi1), a cohort's by status (gsi2, e.g. the accepted ones still to
 * place), a university's in a cohort (gsi3), all in registration order.
 */
export const CohortRegistration = entity({
  model: { entity: 'cohortRegistration', version: '1', service: 'aksu' },
  attributes: {
    registrationId: { type: 'string', required: true },
    cohortId: { type: 'string', required: true },
    universityId: { type: 'string', required: true },
    name: { type: 'string', required: true },
    gender: { type: ['male', 'female'] as const, required: true },
    nationalIdSealed: { type: 'string', required: true, hidden: true },
    nationalIdHash: { type: 'string', required: true, hidden: true },
    nationalIdMasked: { type: 'string', required: true },
    phone: { type: 'string', required: true },
    email: { type: 'string', required: true },
    degreeLevel: { type: ['master', 'phd', 'bachelor'] as const, required: true },
    major: { type: 'string', required: true },
    discipline: { type: 'string', required: true },
    studyYear: { type: 'number', required: true },
    supervisor: { type: 'string', required: true },
    hometown: { type: 'string', required: true },
    hometownCounty: { type: 'string' },
    fromRegion: { type: 'boolean', required: true },
    ...perNote(() => ({ type: 'string' }) as const),
    emergencyContact: {
      type: 'map',
      required: true,
      properties: {
        name: { type: 'string', required: true },
        phone: { type: 'string', required: true },
        relation: { type: 'string' },
      },
    },
    consentAt: { type: 'string', required: true },
    status: { type: COHORT_REGISTRATION_STATUSES, required: true },
    decisionReason: { type: 'string' },
    decidedAt: { type: 'string' },
    decidedBy: { type: 'string' },
    userId: { type: 'string' },
    source: { type: REGISTRATION_SOURCES, required: true },
    importJobId: { type: 'string' },
    rowKey: { type: 'string' },
    createdBy: { type: 'string', required: true },
    hostUnitId: { type: 'string' },
    projectId: { type: 'string' },
    mentorId: { type: 'string' },
    placedAt: { type: 'string' },
    ...VERSIONED,
  },
  indexes: {
    byId: keyedBy('registrationId'),
    byCohort: onIndex('gsi1', ['cohortId'], ['createdAt', 'registrationId']),
    byStatus: onIndex('gsi2', ['cohortId', 'status'], ['createdAt', 'registrationId']),
    byUniversity: onIndex('gsi3', ['cohortId', 'universityId'], ['createdAt', 'registrationId']),
  },
});
