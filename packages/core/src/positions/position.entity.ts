import { entity } from '../db/entity.ts';
import { keyedBy, onIndex, VERSIONED } from '../db/attributes.ts';
import { CLUSTER_CODES, COUNTY_CODES } from '../host-units/regions.ts';
import { POSITION_STATUSES } from './lifecycle.ts';
import { POSITION_DEGREE_LEVELS } from './subsidy.ts';

/** A word list as one text a filter can find part of a word in; undefined leaves it unwritten. */
function searchText(words: readonly string[] | undefined): string | undefined {
  return words ? words.join('\n').toLowerCase() : undefined;
}

export const UNIT_KINDS = ['host_unit', 'employer'] as const;
/** 事业编制, a state enterprise, anything else. */
export const POST_KINDS = ['career_establishment', 'state_enterprise', 'other'] as const;
export const SALARY_PERIODS = ['month', 'year'] as const;

/**
 * A position (引才岗位) an employing unit offers through the office. Listed by status on gsi1, in the
 * order they entered it, so the published ones are one partition the public list queries, newest
 * published first (see positions.md for why it is not hot); by unit on gsi2 and all together on
 * gsi3, newest first. The housing subsidy is never stored: it is priced from the policy in force on
 * every public read.
 */
export const Position = entity({
  model: { entity: 'position', version: '1', service: 'aksu' },
  attributes: {
    positionId: { type: 'string', required: true },
    unitKind: { type: UNIT_KINDS, required: true },
    unitId: { type: 'string', required: true },
    title: { type: 'string', required: true },
    sector: { type: 'string', required: true },
    cluster: { type: CLUSTER_CODES, required: true },
    county: { type: COUNTY_CODES, required: true },
    /** In the Aksu–Alar high-tech zone: the subsidy table's other column. */
    inHighTechZone: { type: 'boolean', required: true },
    degreeLevel: { type: POSITION_DEGREE_LEVELS, required: true },
    disciplines: { type: 'list', items: { type: 'string' }, required: true },
    majors: { type: 'list', items: { type: 'string' }, required: true },
    /**
     * The disciplines and the majors as one lower-case text each, for the public list's filter: a
     * list's `contains` matches a whole element only, so 工学 would miss 工学（计算机） and 计算机
     * would miss both. Kept by ElectroDB whenever the list is written.
     */
    disciplineText: {
      type: 'string',
      watch: ['disciplines'],
      set: (_: unknown, item: { disciplines?: string[] }) => searchText(item.disciplines),
    },
    majorText: {
      type: 'string',
      watch: ['majors'],
      set: (_: unknown, item: { majors?: string[] }) => searchText(item.majors),
    },
    headcount: { type: 'number', required: true },
    /** Offers accepted so far; an acceptance raises it only below the headcount (applications/screening.ts). */
    accepted: { type: 'number' },
    postKind: { type: POST_KINDS, required: true },
    /** Uses the talent staffing pool (编制周转池). */
    staffingPool: { type: 'boolean', required: true },
    salaryBand: {
      type: 'map',
      properties: {
        minFen: { type: 'number', required: true },
        maxFen: { type: 'number', required: true },
        per: { type: SALARY_PERIODS, required: true },
      },
    },
    benefits: { type: 'string' },
    description: { type: 'string' },
    deadline: { type: 'string', required: true },
    contact: {
      type: 'map',
      required: true,
      properties: {
        name: { type: 'string', required: true },
        phone: { type: 'string', required: true },
        email: { type: 'string' },
      },
    },
    status: { type: POSITION_STATUSES, required: true },
    /**
     * When it entered its current status: the status index sorts by it, so the public list is the
     * latest published first. Not hidden: ElectroDB builds a page's cursor from the last item as
     * returned, and without a key attribute the cursor points nowhere and the list ends after a page.
     */
    statusSince: { type: 'string', required: true },
    publishedAt: { type: 'string' },
    endedAt: { type: 'string' },
    createdBy: { type: 'string', required: true },
    ...VERSIONED,
  },
  indexes: {
    byId: keyedBy('positionId'),
    byStatus: onIndex('gsi1', ['status'], ['statusSince', 'positionId']),
    byUnit: onIndex('gsi2', ['unitId'], ['createdAt', 'positionId']),
    all: onIndex('gsi3', [], ['createdAt', 'positionId']),
  },
});
