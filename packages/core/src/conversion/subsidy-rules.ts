import type { SubsidyAmounts, SubsidyPolicyView } from '../subsidy-policies/subsidy-policies.schema.ts';

export type SubsidyCategory = 'senior' | 'master' | 'bachelor';
export type Zone = 'prefecture' | 'high_tech_zone';

/** The policy table row a degree falls in unless a professional title places the person higher. */
export function categoryOf(degreeLevel: 'phd' | 'master' | 'bachelor', override?: SubsidyCategory): SubsidyCategory {
  if (override) return override;
  return degreeLevel === 'phd' ? 'senior' : degreeLevel;
}

/** `on` plus whole years; 29 February falls back to 28 February in common years. */
export function addYears(on: string, years: number): string {
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** The version in force on a date: the latest effective on or before it (versions sorted or not). */
export function policyInForce<P extends Pick<SubsidyPolicyView, 'effectiveFrom'>>(
  policies: readonly P[],
  on: string,
): P | undefined {
  return [...policies]
    .filter((p) => p.effectiveFrom <= on)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

export function amountFor(amounts: SubsidyAmounts, category: SubsidyCategory, zone: Zone): number {
  const row = amounts[category];
  return (zone === 'high_tech_zone' ? row.highTechZone : row.prefecture) ?? 0;
}

export interface EligibilityInput {
  onboardedOn?: string;
  category: SubsidyCategory;
  zone: Zone;
  /** Yearly confirmations, any order. */
  confirmations: ReadonlyArray<{ year: number; stillEmployed: boolean }>;
  homeBoughtOn?: string;
}

export interface Eligibility {
  eligible: boolean;
  /** The fifth anniversary (or `yearsRequired`th) of onboarding. */
  dueOn: string | null;
  policyId: string | null;
  amountFen: number;
  /** Why not (yet): stable codes the interface translates. */
  missing: Array<'not_onboarded' | 'no_policy' | 'years_not_confirmed' | 'no_home' | 'category_not_covered'>;
}

/**
 * Housing subsidy eligibility: the version in force at the anniversary decides the years required
 * and the amount; every year up to it confirmed as still employed, and a home bought in the region.
 */
export function eligibility(input: EligibilityInput, policies: readonly SubsidyPolicyView[]): Eligibility {
  if (!input.onboardedOn)
    return { eligible: false, dueOn: null, policyId: null, amountFen: 0, missing: ['not_onboarded'] };
  const provisionalDue = addYears(input.onboardedOn, 5);
  const policy = policyInForce(policies, provisionalDue);
  if (!policy) return { eligible: false, dueOn: provisionalDue, policyId: null, amountFen: 0, missing: ['no_policy'] };
  const dueOn = addYears(input.onboardedOn, policy.yearsRequired);
  const amountFen = amountFor(policy.amounts, input.category, input.zone);
  const missing: Eligibility['missing'] = [];
  const kept = new Set(input.confirmations.filter((c) => c.stillEmployed).map((c) => c.year));
  for (let year = 1; year <= policy.yearsRequired; year++) {
    if (!kept.has(year)) {
      missing.push('years_not_confirmed');
      break;
    }
  }
  if (!input.homeBoughtOn) missing.push('no_home');
  if (amountFen === 0) missing.push('category_not_covered');
  return { eligible: missing.length === 0, dueOn, policyId: policy.policyId, amountFen, missing };
}

export interface LiabilityBucket {
  dueOn: string;
  category: SubsidyCategory;
  zone: Zone;
  count: number;
}

export interface ForecastYear {
  year: number;
  people: number;
  /** Owed if everyone employed today stays until their anniversary. */
  ifRetentionHoldsFen: number;
  /** Owed if each remaining year keeps people at the observed yearly retention rate. */
  atObservedRateFen: number;
}

/**
 * The housing subsidy the office will owe in each of the next five calendar years. Each bucket is
 * priced with the version in force on its due date; at the observed rate, a person due in n whole
 * years counts for rate^n of the amount. Amounts stay integer fen (rounded per bucket).
 */
export function forecastLiability(
  buckets: readonly LiabilityBucket[],
  policies: readonly SubsidyPolicyView[],
  today: string,
  observedRate: number,
  years = 5,
): ForecastYear[] {
  const firstYear = Number(today.slice(0, 4));
  const rate = Math.min(Math.max(observedRate, 0), 1);
  const out: ForecastYear[] = Array.from({ length: years }, (_, i) => ({
    year: firstYear + i,
    people: 0,
    ifRetentionHoldsFen: 0,
    atObservedRateFen: 0,
  }));
  for (const bucket of buckets) {
    if (bucket.count <= 0 || bucket.dueOn < today) continue;
    const row = out[Number(bucket.dueOn.slice(0, 4)) - firstYear];
    if (!row) continue;
    const policy = policyInForce(policies, bucket.dueOn);
    const amount = policy ? amountFor(policy.amounts, bucket.category, bucket.zone) : 0;
    const yearsAhead = confirmationsAhead(today, bucket.dueOn);
    row.people += bucket.count;
    row.ifRetentionHoldsFen += amount * bucket.count;
    row.atObservedRateFen += Math.round(amount * bucket.count * rate ** yearsAhead);
  }
  return out;
}

/** Confirmations still to come before the due date: whole years from today, at least 0. */
export function wholeYearsBetween(from: string, to: string): number {
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (to.slice(5) < from.slice(5)) years -= 1;
  return Math.max(years, 0);
}

/** Yearly confirmations still to pass before the due date (the due date's own included). */
export function confirmationsAhead(from: string, to: string): number {
  const whole = wholeYearsBetween(from, to);
  return addYears(from, whole) < to ? whole + 1 : whole;
}
