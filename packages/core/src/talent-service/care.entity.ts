import { entity } from '../db/entity.ts';

/**
 * Who looks after one person whose outcome reached 报到: their tier, their service commissioner (an
 * organiser) and their contact (a leader or unit account with the `contact` role), and the day of
 * the last contact. Copied from the outcome: the cohort (its time zone dates "today"), the name and
 * the onboarding day, so lists need no second read.
 *
 * Lists, each in order of the last contact (oldest, so most overdue, first): a commissioner's people
 * (gsi1), a contact's people (gsi2), and everyone of a tier (gsi3), where the overdue are a prefix
 * because the cadence is one per tier.
 */
export const TalentCare = entity({
  model: { entity: 'talentCare', version: '1', service: 'aksu' },
  attributes: {
    outcomeId: { type: 'string', required: true },
    cohortId: { type: 'string' },
    name: { type: 'string', required: true },
    onboardedOn: { type: 'string', required: true },
    tier: { type: 'string', required: true },
    commissionerId: { type: 'string', required: true },
    contactUserId: { type: 'string', required: true },
    /** Assigned, or the last logged contact: the cadence counts from it. */
    lastContactOn: { type: 'string', required: true },
    /** Whether the person has an account (an intern) and so can file requests and see a card. */
    internId: { type: 'string' },
    createdAt: { type: 'string', required: true },
    updatedAt: { type: 'string', required: true },
    version: { type: 'number', required: true },
  },
  indexes: {
    byOutcome: {
      pk: { field: 'pk', composite: ['outcomeId'] },
      sk: { field: 'sk', composite: [] },
    },
    byCommissioner: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['commissionerId'] },
      sk: { field: 'gsi1sk', composite: ['lastContactOn', 'outcomeId'] },
    },
    byContact: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: ['contactUserId'] },
      sk: { field: 'gsi2sk', composite: ['lastContactOn', 'outcomeId'] },
    },
    byTier: {
      index: 'gsi3',
      pk: { field: 'gsi3pk', composite: ['tier'] },
      sk: { field: 'gsi3sk', composite: ['lastContactOn', 'outcomeId'] },
    },
  },
});

export const CONTACT_KINDS = ['visit', 'call', 'festival_care', 'health_check_reminder'] as const;

/** One contact or visit with a person, newest last under the person. */
export const ContactLog = entity({
  model: { entity: 'contactLog', version: '1', service: 'aksu' },
  attributes: {
    outcomeId: { type: 'string', required: true },
    logId: { type: 'string', required: true },
    on: { type: 'string', required: true },
    kind: { type: CONTACT_KINDS, required: true },
    byUserId: { type: 'string', required: true },
    byName: { type: 'string', required: true },
    raised: { type: 'string' },
    followUps: { type: 'string' },
    createdAt: { type: 'string', required: true },
  },
  indexes: {
    byOutcome: {
      pk: { field: 'pk', composite: ['outcomeId'] },
      sk: { field: 'sk', composite: ['on', 'logId'] },
    },
  },
});
