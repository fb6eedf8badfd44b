import type { components } from '../../api/schema';
import type { MessageKey } from '../../i18n/i18n';

type Schemas = components['schemas'];
export type Funnel = Schemas['Funnel'];
export type FunnelRow = Funnel['total'];
export type Outcome = Schemas['Outcome'];
export type RetentionCurves = Schemas['RetentionCurves'];
export type SubsidyForecast = Schemas['SubsidyForecast'];
export type RetentionLedger = Schemas['RetentionLedger'];
export type FunnelBy = 'university' | 'degree' | 'discipline' | 'hostUnit' | 'mentor' | 'fromRegion';

export const FUNNEL_BYS: FunnelBy[] = ['university', 'degree', 'discipline', 'hostUnit', 'mentor', 'fromRegion'];
export const EMPLOYMENT_KINDS = [
  'civil_service',
  'public_institution',
  'state_owned_enterprise',
  'private_enterprise',
  'research_institute',
] as const;

/** The funnel's steps in order, as the chart and the table show them. */
export const FUNNEL_STEPS: Array<[keyof FunnelRow, MessageKey]> = [
  ['registered', 'conv.f.registered'],
  ['accepted', 'conv.f.accepted'],
  ['placed', 'conv.f.placed'],
  ['completed', 'conv.f.completed'],
  ['offered', 'conv.f.offered'],
  ['signed', 'conv.f.signed'],
  ['onboarded', 'conv.f.onboarded'],
  ['retainedY1', 'conv.f.retainedY1'],
  ['retainedY3', 'conv.f.retainedY3'],
  ['retainedY5', 'conv.f.retainedY5'],
];

export const BREAKDOWN_COLUMNS: Array<[keyof FunnelRow, MessageKey]> = [
  ['interns', 'conv.f.interns'],
  ['offered', 'conv.f.offered'],
  ['signed', 'conv.f.signed'],
  ['onboarded', 'conv.f.onboarded'],
  ['retainedY1', 'conv.f.retainedY1'],
  ['declined', 'conv.f.declined'],
];

export const stageKey = (stage: string) => `conv.stage.${stage}` as MessageKey;
export const kindKey = (kind: string) => `conv.kind.${kind}` as MessageKey;

/**
 * The base of the funnel's share column: the largest step (the first on a tie), which is registration
 * where the counters know it. Later steps are subsets of it, and taking the largest keeps every share at
 * 100 % or below even where a group has no registration counts.
 */
export function funnelBase(total: FunnelRow): { label: MessageKey; count: number } {
  let base = { label: FUNNEL_STEPS[0]![1], count: -1 };
  for (const [key, label] of FUNNEL_STEPS) {
    const count = total[key];
    if (typeof count === 'number' && count > base.count) base = { label, count };
  }
  return base;
}

/** Share as a whole percentage; nothing to divide by reads as a dash, not 0 %. */
export const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—');

/**
 * eCharts 6 draws the legend at the bottom, where it lands on the x-axis labels: it goes above the plot, and the
 * plot starts below it.
 */
export const LEGEND_ABOVE = {
  legend: { top: 0 },
  grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
} as const;
