import type { ServicePolicyView } from './policy.schema.ts';

/**
 * The version in force until the office stores one: the prefecture's practice as its report
 * describes it. Prefecture leaders keep in touch with 领军人才 monthly and 托峰英才 each quarter,
 * county and department leaders with 骨干人才 twice a year, units with 基础人才 once a year; the
 * service card comes with the tier for the top two, after half a year and a year of service for the
 * others. Stored versions replace it from their date on.
 */
export const DEFAULT_SERVICE_POLICY: ServicePolicyView = {
  policyId: 'default',
  name: '以服务留人才（默认）',
  effectiveFrom: '2000-01-01',
  createdAt: '2000-01-01T00:00:00.000Z',
  tiers: [
    {
      tier: 'leading',
      label: { zh: '领军人才', en: 'Leading talent' },
      contactLevel: 'prefecture_leader',
      cadenceMonths: 1,
      cardAfterMonths: 0,
    },
    {
      tier: 'tuofeng',
      label: { zh: '托峰英才', en: 'Tuofeng talent' },
      contactLevel: 'prefecture_leader',
      cadenceMonths: 3,
      cardAfterMonths: 0,
    },
    {
      tier: 'backbone',
      label: { zh: '骨干人才', en: 'Backbone talent' },
      contactLevel: 'county_leader',
      cadenceMonths: 6,
      cardAfterMonths: 6,
    },
    {
      tier: 'basic',
      label: { zh: '基础人才', en: 'Basic talent' },
      contactLevel: 'unit',
      cadenceMonths: 12,
      cardAfterMonths: 12,
    },
  ],
  cardValidityMonths: 36,
  benefits: [
    { key: 'government_services', label: { zh: '政务服务绿色通道', en: 'Priority government services' } },
    { key: 'household_registration', label: { zh: '落户便利', en: 'Household registration help' } },
    { key: 'medical_care', label: { zh: '就医绿色通道', en: 'Priority medical care' } },
    { key: 'lodging', label: { zh: '住宿优惠', en: 'Lodging discounts' } },
    { key: 'sports_venues', label: { zh: '公共体育场馆免费', en: 'Free public sports venues' } },
    { key: 'school_transfer', label: { zh: '子女转学协助', en: "Help with children's school transfers" } },
  ],
  requestKinds: [
    { kind: 'school_transfer', deadlineDays: 15 },
    { kind: 'household_registration', deadlineDays: 10 },
    { kind: 'housing', deadlineDays: 20 },
    { kind: 'medical_care', deadlineDays: 5 },
    { kind: 'spouse_employment', deadlineDays: 30 },
    { kind: 'title_review', deadlineDays: 30 },
    { kind: 'other', deadlineDays: 15 },
  ],
};
