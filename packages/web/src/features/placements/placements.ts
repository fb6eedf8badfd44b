import { ApiError } from '../../api/errors';
import type { components } from '../../api/schema';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { problemText } from '../../lib/problem-text';

type Schemas = components['schemas'];
export type HostUnit = Schemas['HostUnit'];
export type HostUnitKind = HostUnit['kind'];
export type Cluster = HostUnit['cluster'];
export type County = HostUnit['county'];
export type Project = Schemas['Project'];
export type Mentor = Schemas['Mentor'];
export type Placement = Schemas['Placement'];
export type Mentee = Schemas['Mentee'];
export type Suggestion = Schemas['PlacementSuggestion'];
export type UnplacedIntern = Schemas['UnplacedIntern'];
export type AcceptanceLetter = Schemas['AcceptanceLetter'];
export type DegreeLevel = 'bachelor' | 'master' | 'phd';

export const KINDS: HostUnitKind[] = [
  'enterprise',
  'state_owned_enterprise',
  'government_department',
  'research_institute',
  'hospital',
  'school',
];
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

export const kindLabel = (t: Translate, kind: string) => t(`kind.${kind}` as MessageKey);
export const clusterLabel = (t: Translate, cluster: string) => t(`cluster.${cluster}` as MessageKey);
export const countyLabel = (t: Translate, county: string) => t(`county.${county}` as MessageKey);
export const degreeLabel = (t: Translate, degree: string) =>
  DEGREES.includes(degree as DegreeLevel) ? t(`degree.${degree}` as MessageKey) : degree;

/** Split a list people type with commas, Chinese commas or enumeration marks. */
export const splitList = (text: string) =>
  text
    .split(/[,，、;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The sentence for a failed placement call; seats and mentor slots have their own. */
export function placementProblem(error: unknown, t: Translate): string {
  if (error instanceof ApiError && error.code === 'no_seats_left') return t('problem.no_seats_left');
  if (error instanceof ApiError && error.code === 'mentor_full') return t('problem.mentor_full');
  return problemText(error, t);
}

export const codeText = (code: string, t: Translate) =>
  code === 'no_seats_left'
    ? t('problem.no_seats_left')
    : code === 'mentor_full'
      ? t('problem.mentor_full')
      : problemText(new ApiError({ code, status: 409, detail: code }), t);
