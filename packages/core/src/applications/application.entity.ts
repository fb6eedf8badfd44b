import { entity } from '../db/entity.ts';
import { keyedBy, onIndex, VERSIONED } from '../db/attributes.ts';
import { DEGREE_LEVELS, LOCALES } from '../events/registration.entity.ts';
import { INTERVIEW_ATTRIBUTE } from './interviews.attribute.ts';
import { APPLICATION_STATUSES } from './lifecycle.ts';

/**
 * One person's application to one position. Listed per position on gsi1, oldest first (the order they
 * came in); the person's details are what they submitted, kept on the application and never copied
 * onto the lead it attaches to. The CV is a key in the files bucket, reachable only through a signed
 * link an organiser asks for. One per person per position: unique guards on the position with the
 * email, the phone and the national-ID hash (`applicationEmail` etc.), claimed in the creating transaction.
 */
export const Application = entity({
  model: { entity: 'application', version: '1', service: 'aksu' },
  attributes: {
    applicationId: { type: 'string', required: true },
    positionId: { type: 'string', required: true },
    unitId: { type: 'string', required: true },
    /** The person it attaches to: always a lead (matched or created), an intern and an outcome when there are. */
    leadId: { type: 'string', required: true },
    internId: { type: 'string' },
    outcomeId: { type: 'string' },
    name: { type: 'string', required: true },
    phone: { type: 'string', required: true },
    email: { type: 'string', required: true },
    nationalIdHash: { type: 'string', hidden: true },
    degreeLevel: { type: DEGREE_LEVELS, required: true },
    universityName: { type: 'string', required: true },
    discipline: { type: 'string', required: true },
    graduationYear: { type: 'number', required: true },
    consentAt: { type: 'string', required: true },
    consentVersion: { type: 'string', required: true },
    cvKey: { type: 'string', required: true },
    cvName: { type: 'string', required: true },
    cvSize: { type: 'number', required: true },
    locale: { type: LOCALES },
    status: { type: APPLICATION_STATUSES, required: true },
    statusSince: { type: 'string', required: true },
    /** Why it was rejected or declined. */
    reason: { type: 'string' },
    /** Set when an interview is scheduled (interviews.ts); replaced whole by a reschedule. */
    interview: INTERVIEW_ATTRIBUTE,
    ...VERSIONED,
  },
  indexes: {
    byId: keyedBy('applicationId'),
    byPosition: onIndex('gsi1', ['positionId'], ['createdAt', 'applicationId']),
  },
});
