import { api } from '../../api/client';
import { ApiError, isAbort } from '../../api/errors';
import type { components } from '../../api/schema';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { formatYuan } from '../../lib/format';

type Schemas = components['schemas'];
export type Employer = Schemas['Employer'];
export type Position = Schemas['Position'];
export type PublicPosition = Schemas['PublicPosition'];
export type Announcement = Schemas['Announcement'];
export type PublicAnnouncement = Schemas['PublicAnnouncement'];
export type CreatePositionInput = Schemas['CreatePositionInput'];
export type Cluster = Position['cluster'];
export type County = Position['county'];
export type DegreeLevel = Position['degreeLevel'];
export type PostKind = Position['postKind'];
export type PositionStatus = Position['status'];
export type AnnouncementStatus = Announcement['status'];
export type HousingSubsidy = NonNullable<PublicPosition['housingSubsidy']>;
export type SalaryBand = NonNullable<Position['salaryBand']>;

/** What a position card shows; the public list, a notice's list and the organisers' preview share it. */
export type PositionSummary = Pick<
  PublicPosition,
  | 'positionId'
  | 'unitName'
  | 'title'
  | 'county'
  | 'cluster'
  | 'degreeLevel'
  | 'headcount'
  | 'deadline'
  | 'postKind'
  | 'housingSubsidy'
>;

export const CLUSTERS: Cluster[] = [
  'textile_apparel',
  'green_produce',
  'petrochemical',
  'new_energy_materials',
  'modern_logistics',
  'culture_tourism',
  'digital_economy',
  'equipment_manufacturing',
];
export const COUNTIES: County[] = [
  'aksu_city',
  'kuqa',
  'wensu',
  'shaya',
  'xinhe',
  'baicheng',
  'wushi',
  'awati',
  'kalpin',
  'alar',
];
export const DEGREES: DegreeLevel[] = ['bachelor', 'master', 'phd'];
export const POST_KINDS: PostKind[] = ['career_establishment', 'state_enterprise', 'other'];
export const POSITION_STATUSES: PositionStatus[] = ['draft', 'published', 'closed', 'filled'];
export const ANNOUNCEMENT_STATUSES: AnnouncementStatus[] = ['draft', 'published', 'closed'];

// The cluster, county and degree names are the platform's own words, said the same on host units and leads.
export const clusterLabel = (t: Translate, cluster: string) => t(`cluster.${cluster}` as MessageKey);
export const countyLabel = (t: Translate, county: string) => t(`county.${county}` as MessageKey);
export const degreeLabel = (t: Translate, degree: string) => t(`degree.${degree}` as MessageKey);
export const postKindLabel = (t: Translate, kind: PostKind) => t(`jobs.post_kind.${kind}`);
export const statusLabel = (t: Translate, status: PositionStatus) => t(`jobs.status.${status}`);
export const noticeStatusLabel = (t: Translate, status: AnnouncementStatus) => t(`jobs.notice_status.${status}`);

/** The public link of a notice: what its QR code carries and what organisers copy. */
export const noticeUrl = (slug: string) => `${window.location.origin}/notices/${slug}`;

/** "8,000.00 元 – 12,000.00 元 / month", or negotiable when the band is left out. */
export function salaryText(t: Translate, band: SalaryBand | undefined): string {
  if (!band) return t('jobs.salary_negotiable');
  const range =
    band.minFen === band.maxFen ? formatYuan(band.minFen) : `${formatYuan(band.minFen)} – ${formatYuan(band.maxFen)}`;
  return t(band.per === 'month' ? 'jobs.salary_per_month' : 'jobs.salary_per_year', { range });
}

/** Which version of the dated policy the amount comes from, so a reader can check it against the published text. */
export function subsidySource(t: Translate, subsidy: HousingSubsidy): string {
  return t('jobs.subsidy_source', { name: subsidy.policyName, date: subsidy.effectiveFrom });
}

/** A split of what organisers type as a list: commas (either width), enumeration marks or new lines. */
export const splitList = (text: string) =>
  text
    .split(/[,，、;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A lifecycle move the API refused as not allowed from the record's real status, with the moves it allows. */
export class TransitionRefused<S extends string> extends Error {
  constructor(
    readonly allowed: S[],
    readonly problem: ApiError,
  ) {
    super(problem.message);
  }
}

type Answer<T> = { data?: T; error?: unknown; response: Response };

/**
 * Goes around `unwrap` because ApiError keeps only the standard problem fields, and a 409
 * `invalid_transition` carries `allowed` beside them.
 */
export async function moved<T, S extends string>(request: Promise<Answer<T>>): Promise<T> {
  const result = await request.catch((error: unknown) => {
    if (isAbort(error)) throw error;
    throw ApiError.network(error);
  });
  if (result.data && result.response.ok) return result.data;
  const problem = ApiError.fromResponse(result.error, result.response);
  const allowed = (result.error as { allowed?: unknown } | undefined)?.allowed;
  if (problem.code === 'invalid_transition' && Array.isArray(allowed))
    throw new TransitionRefused(allowed as S[], problem);
  throw problem;
}

export const movePosition = (positionId: string, body: { to: PositionStatus; version: number }) =>
  moved<Position, PositionStatus>(
    api.POST('/v1/positions/{positionId}/transitions', { params: { path: { positionId } }, body }),
  );

export const moveAnnouncement = (announcementId: string, body: { to: AnnouncementStatus; version: number }) =>
  moved<Announcement, AnnouncementStatus>(
    api.POST('/v1/announcements/{announcementId}/transitions', { params: { path: { announcementId } }, body }),
  );

export const isVersionConflict = (error: unknown) => error instanceof ApiError && error.code === 'version_conflict';
export const isMissing = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.code === 'not_found' || error.status === 400);
