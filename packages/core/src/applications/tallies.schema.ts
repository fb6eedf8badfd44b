/** The dashboard's recruitment numbers: per cluster, county and kind of post, in total, and per position. */
import { CLUSTER_CODES, COUNTY_CODES } from '../host-units/regions.ts';
import { POSITION_STATUSES } from '../positions/lifecycle.ts';
import { POST_KINDS } from '../positions/position.entity.ts';
import { z } from '../schema.ts';

export const RecruitmentRow = z.object({
  group: z.string().openapi({ description: 'The cluster, county or kind of post code; `all` for the total' }),
  positions: z.number().int().openapi({ description: 'Positions published (and since closed or filled)' }),
  headcount: z.number().int(),
  applications: z.number().int().openapi({ description: 'Applications received, withdrawn ones included' }),
  shortlisted: z.number().int(),
  offers: z.number().int(),
  acceptances: z.number().int(),
  meanDaysToOffer: z
    .number()
    .nullable()
    .openapi({ description: 'Mean days from a position’s publication to each of its offers; null before any offer' }),
  filledShare: z
    .number()
    .nullable()
    .openapi({ description: 'Acceptances over headcount, 0–1; null without headcount' }),
});
export type RecruitmentRow = z.infer<typeof RecruitmentRow>;

export const RecruitmentPositionRow = RecruitmentRow.extend({
  title: z.string(),
  unitName: z.string(),
  status: z.enum(POSITION_STATUSES),
  cluster: z.enum(CLUSTER_CODES),
  county: z.enum(COUNTY_CODES),
  postKind: z.enum(POST_KINDS),
});
export type RecruitmentPositionRow = z.infer<typeof RecruitmentPositionRow>;

export const RecruitmentView = z.object({
  total: RecruitmentRow,
  byCluster: z.array(RecruitmentRow),
  byCounty: z.array(RecruitmentRow),
  byPostKind: z.array(RecruitmentRow),
  byPosition: z.array(RecruitmentPositionRow).openapi({ description: 'Every position ever published, latest first' }),
});
export type RecruitmentView = z.infer<typeof RecruitmentView>;
