import type { Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { hostUnitsById } from '../host-units/host-units.ts';
import { universityNames } from '../universities/names.ts';
import { DEGREE_LABELS } from '../exports/labels.ts';
import { addTable } from '../exports/table.ts';
import { newWorkbook, toFile, yuan, YUAN_FORMAT, type SpreadsheetFile } from '../exports/workbook.ts';
import { allSubsidyPolicies } from '../subsidy-policies/index.ts';
import { FUNNEL_DIMENSIONS, type FunnelRow } from './dashboard.schema.ts';
import type { OutcomeRecord } from './counters.ts';
import { funnelBreakdowns, listCohorts } from './dashboard.ts';
import { CATEGORY_LABELS, EMPLOYMENT_KIND_LABELS, MISSING_LABELS, STAGE_LABELS } from './labels.ts';
import { confirmationsOf, ledgerOf } from './retention.ts';
import { categoryOf } from './subsidy-rules.ts';

/** Every outcome of a cohort, or of all cohorts and invited leads: for exports only. */
export async function allOutcomes(cohortId?: string): Promise<OutcomeRecord[]> {
  const keys = cohortId ? [cohortId] : [...(await listCohorts()).map((c) => c.cohortId), 'lead'];
  const out: OutcomeRecord[] = [];
  for (const cohortKey of keys) {
    const { data } = await db().service.entities.outcome.query.byCohort({ cohortKey }).go({ pages: 'all' });
    out.push(...(data as OutcomeRecord[]));
  }
  return out;
}

export const FUNNEL_HEADERS: Array<[keyof FunnelRow, string]> = [
  ['label', '分组'],
  ['registered', '报名'],
  ['accepted', '录取'],
  ['interns', '实践学员'],
  ['placed', '已安排岗位'],
  ['completed', '完成实践'],
  ['leadsInvited', '全职邀约意向人才'],
  ['interested', '有意向'],
  ['applied', '报名/应聘'],
  ['offered', '录用'],
  ['signed', '签三方协议'],
  ['onboarded', '报到'],
  ['retained', '留阿在岗'],
  ['declined', '放弃'],
  ['left', '离开'],
  ['retainedY1', '留阿满1年'],
  ['retainedY3', '留阿满3年'],
  ['retainedY5', '留阿满5年'],
];

const DIMENSION_SHEETS: Record<string, string> = {
  university: '按高校',
  degree: '按学历',
  discipline: '按学科',
  hostUnit: '按实践单位',
  mentor: '按导师',
  fromRegion: '按生源地',
};

/** A funnel row's group as people read it: degree codes and the local-origin flag in words. */
function groupLabel(sheet: string, label: string): string {
  if (sheet === '按学历') return (DEGREE_LABELS as Record<string, string>)[label] ?? label;
  if (sheet === '按生源地') return label === 'yes' ? '本地生源' : '外地生源';
  return label;
}

/**
 * Outcomes (去向), the retention ledger (留阿台账), the housing subsidy schedule (购房补助) and the
 * funnel tables, the latter from the same counters the dashboard reads so the two always agree.
 */
export async function conversionWorkbook(actor: Actor, cohortId?: string): Promise<SpreadsheetFile> {
  const outcomes = await allOutcomes(cohortId);
  const [universities, units, policies] = await Promise.all([
    universityNames(outcomes.flatMap((o) => (o.universityId ? [o.universityId] : []))),
    hostUnitsById(outcomes.flatMap((o) => (o.hostUnitId ? [o.hostUnitId] : []))),
    allSubsidyPolicies(),
  ]);
  const workbook = await newWorkbook();

  addTable(
    workbook,
    '去向',
    [
      { header: '姓名', width: 10, value: (o) => o.name },
      { header: '类型', width: 8, value: (o) => (o.subjectKind === 'intern' ? '实践学员' : '意向人才') },
      { header: '高校', width: 22, value: (o) => (o.universityId ? (universities.get(o.universityId) ?? '') : '') },
      { header: '学历', width: 8, value: (o) => DEGREE_LABELS[o.degreeLevel] },
      { header: '学科', width: 14, value: (o) => o.discipline },
      { header: '实践单位', width: 22, value: (o) => (o.hostUnitId ? (units.get(o.hostUnitId)?.name ?? '') : '') },
      { header: '阶段', width: 12, value: (o) => STAGE_LABELS[o.stage] },
      { header: '用人单位', width: 22, value: (o) => o.employer ?? '' },
      { header: '岗位', width: 14, value: (o) => o.post ?? '' },
      {
        header: '单位性质',
        width: 12,
        value: (o) => (o.employmentKind ? EMPLOYMENT_KIND_LABELS[o.employmentKind] : ''),
      },
      { header: '三方协议签订日期', width: 14, value: (o) => o.agreementSignedOn ?? '' },
      { header: '学校确认日期', width: 14, value: (o) => o.agreementConfirmedOn ?? '' },
      { header: '报到日期', width: 12, value: (o) => o.onboardedOn ?? '' },
      { header: '连续留阿年数', width: 12, value: (o) => o.retainedYears },
      { header: '原因', width: 24, value: (o) => o.reason ?? '' },
    ],
    outcomes,
  );

  const onboarded = outcomes.filter((o) => o.onboardedOn);
  const ledgers = new Map<string, Awaited<ReturnType<typeof confirmationsOf>>>();
  for (let i = 0; i < onboarded.length; i += 10) {
    await Promise.all(
      onboarded.slice(i, i + 10).map(async (o) => ledgers.set(o.outcomeId, await confirmationsOf(o.outcomeId))),
    );
  }
  addTable(
    workbook,
    '留阿台账',
    [
      { header: '姓名', width: 10, value: ({ o }) => o.name },
      { header: '报到日期', width: 12, value: ({ o }) => o.onboardedOn },
      { header: '年度', width: 8, value: ({ c }) => c.year },
      { header: '确认日期', width: 12, value: ({ c }) => c.confirmedOn },
      { header: '仍在本地区就业', width: 14, value: ({ c }) => (c.stillEmployed ? '是' : '否') },
      { header: '用人单位', width: 22, value: ({ c }) => c.employer },
      { header: '社保记录等凭证号', width: 20, value: ({ c }) => c.proofReference ?? '' },
    ],
    onboarded.flatMap((o) => (ledgers.get(o.outcomeId) ?? []).map((c) => ({ o, c }))),
  );
  addTable(
    workbook,
    '购房补助',
    [
      { header: '姓名', width: 10, value: ({ o }) => o.name },
      { header: '类别', width: 18, value: ({ o }) => CATEGORY_LABELS[categoryOf(o.degreeLevel, o.subsidyCategory)] },
      { header: '区域', width: 16, value: ({ o }) => (o.inHighTechZone ? '阿克苏-阿拉尔高新区' : '地区') },
      { header: '报到日期', width: 12, value: ({ o }) => o.onboardedOn },
      { header: '满五年日期', width: 12, value: ({ eligibility }) => eligibility.dueOn ?? '' },
      { header: '已确认年数', width: 10, value: ({ o }) => o.retainedYears },
      { header: '购房日期', width: 12, value: ({ o }) => o.homeBoughtOn ?? '' },
      { header: '补助金额(元)', width: 14, numFmt: YUAN_FORMAT, value: (s) => yuan(s.eligibility.amountFen) },
      { header: '是否符合', width: 10, value: ({ eligibility }) => (eligibility.eligible ? '是' : '否') },
      {
        header: '尚缺条件',
        width: 28,
        value: ({ eligibility }) => eligibility.missing.map((m) => MISSING_LABELS[m] ?? m).join('、'),
      },
    ],
    onboarded.map((o) => ({ o, eligibility: ledgerOf(o, ledgers.get(o.outcomeId) ?? [], policies).eligibility })),
  );

  const funnels = await funnelBreakdowns(actor, cohortId);
  const funnelSheets: Array<[string, FunnelRow[]]> = [['漏斗总计', [funnels.total]]];
  for (const by of FUNNEL_DIMENSIONS) funnelSheets.push([DIMENSION_SHEETS[by]!, funnels.rows[by]]);
  for (const [name, rows] of funnelSheets) {
    const columns = FUNNEL_HEADERS.map(([key, header]) => ({
      header,
      width: header.length > 4 ? 14 : 10,
      value: (r: FunnelRow) => (key === 'label' ? groupLabel(name, r.label) : (r[key] ?? '—')),
    }));
    addTable(workbook, name, columns, rows);
  }
  return toFile(
    workbook,
    cohortId ? `留阿成效_${cohortId}` : '留阿成效',
    cohortId ? `conversion-${cohortId}` : 'conversion',
  );
}
