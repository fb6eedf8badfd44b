import { entity } from '../db/entity.ts';
import { listShardOf } from '../db/sharded-list.ts';
import { DEGREE_LEVELS } from '../events/registration.entity.ts';
import { keyedBy, VERSIONED } from '../db/attributes.ts';

/**
 * One person across events, matched by email or phone through `leadEmail`/`leadPhone` guards.
 * Listed per university on gsi1 (`universityKey` is 'none' for free-text universities) and all
 * together on gsi2, newest first; the other filters are FilterExpressions on those Queries. Every
 * registration writes its lead, so both lists are spread over the list shards (`leads#03`,
 * `leads#uni_…#03`): one constant key (or 'none', or a university in a registration burst) would
 * take every one of those writes on a single GSI partition.
 */
export const Lead = entity({
  model: { entity: 'lead', version: '1', service: 'aksu' },
  attributes: {
    leadId: { type: 'string', required: true },
    name: { type: 'string', required: true },
    email: { type: 'string', required: true },
    phone: { type: 'string', required: true },
    universityId: { type: 'string' },
    universityName: { type: 'string' },
    universityKey: { type: 'string', required: true },
    degreeLevel: { type: DEGREE_LEVELS, required: true },
    major: { type: 'string', required: true },
    graduationYear: { type: 'number', required: true },
    hometown: { type: 'string' },
    fromRegion: { type: 'boolean', required: true },
    interestedInSummerProgramme: { type: 'boolean', required: true },
    interestedInFullTime: { type: 'boolean', required: true },
    eventCount: { type: 'number', required: true },
    searchText: { type: 'string', required: true, hidden: true },
    ...VERSIONED,
    /** The lead's partition of both lists, from its id (`listShardOf`); set on create, never changed. */
    listShard: {
      type: 'string',
      watch: ['leadId'],
      set: (value?: string, item?: { leadId?: string }) => (item?.leadId ? listShardOf(item.leadId) : value),
    },
  },
  indexes: {
    byId: keyedBy('leadId'),
    byUniversity: {
      index: 'gsi1',
      pk: {
        field: 'gsi1pk',
        composite: ['universityKey', 'listShard'],
        template: 'leads#${universityKey}#${listShard}',
      },
      sk: { field: 'gsi1sk', composite: ['leadId'] },
    },
    all: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: ['listShard'], template: 'leads#${listShard}' },
      sk: { field: 'gsi2sk', composite: ['leadId'] },
    },
  },
});
