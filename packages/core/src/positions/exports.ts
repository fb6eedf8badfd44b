/**
 * Excel exports of recruitment, with the office's Chinese headers: one position with its applicants,
 * and one notice with a row per position (its counts from the recruitment counters) and every
 * applicant to any of its positions.
 */
import type { Workbook } from 'exceljs';
import type { ApplicationStatus } from '../applications/lifecycle.ts';
import { readPositionCounts } from '../applications/tallies-read.ts';
import type { RecruitmentRow } from '../applications/tallies.schema.ts';
import type { Actor } from '../auth/actor.ts';
import { confineToUnit, requireUnitReader } from '../auth/unit-scope.ts';
import { db } from '../db/service.ts';
import { notFound } from '../errors.ts';
import { DEGREE_LABELS } from '../exports/labels.ts';
import { addTable, type TableColumn } from '../exports/table.ts';
import { newWorkbook, toFile, type SpreadsheetFile } from '../exports/workbook.ts';
import { clusterLabel, countyLabel } from '../host-units/regions.ts';
import { maskEmail, maskPhone } from '../personal/masking.ts';
import { localDateTime } from '../time.ts';
import { Announcements } from './announcements.ts';
import type { POST_KINDS } from './position.entity.ts';
import { getStoredPosition, storedPositions, type StoredPosition, unitNames } from './positions.ts';
import type { POSITION_STATUSES } from './lifecycle.ts';

const POST_KIND_LABELS: Record<(typeof POST_KINDS)[number], string> = {
  career_establishment: '事业编制',
  state_enterprise: '国有企业',
  other: '其他',
};
const POSITION_STATUS_LABELS: Record<(typeof POSITION_STATUSES)[number], string> = {
  draft: '草稿',
  published: '已发布',
  closed: '已结束',
  filled: '已满额',
};
const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  submitted: '已投递',
  shortlisted: '入围',
  interview: '面试',
  offered: '已发录用通知',
  accepted: '已接受录用',
  declined: '已谢绝',
  rejected: '未通过',
  withdrawn: '已撤回',
};

interface Applicant {
  positionTitle: string;
  name: string;
  phone: string;
  email: string;
  degreeLevel: keyof typeof DEGREE_LABELS;
  universityName: string;
  discipline: string;
  graduationYear: number;
  status: ApplicationStatus;
  reason?: string | null;
  createdAt: string;
  statusSince: string;
}

const APPLICANT_COLUMNS: TableColumn<Applicant>[] = [
  { header: '应聘岗位', width: 24, value: (a) => a.positionTitle },
  { header: '姓名', width: 12, value: (a) => a.name },
  // Text, so the number is never shown in scientific notation or summed.
  { header: '手机', width: 14, value: (a) => a.phone },
  { header: '邮箱', width: 30, value: (a) => a.email },
  { header: '学历', width: 8, value: (a) => DEGREE_LABELS[a.degreeLevel] },
  { header: '毕业院校', width: 24, value: (a) => a.universityName },
  { header: '专业', width: 20, value: (a) => a.discipline },
  { header: '毕业年份', width: 10, value: (a) => a.graduationYear },
  { header: '状态', width: 14, value: (a) => APPLICATION_STATUS_LABELS[a.status] },
  { header: '原因', width: 30, value: (a) => a.reason ?? null },
  { header: '投递时间', width: 20, value: (a) => localDateTime(a.createdAt) },
  { header: '状态时间', width: 20, value: (a) => localDateTime(a.statusSince) },
];

type PositionRow = StoredPosition & { unitName: string; counts: RecruitmentRow | undefined };

const POSITION_COLUMNS: TableColumn<PositionRow>[] = [
  { header: '岗位名称', width: 24, value: (p) => p.title },
  { header: '用人单位', width: 28, value: (p) => p.unitName },
  { header: '产业集群', width: 16, value: (p) => clusterLabel(p.cluster) },
  { header: '县市', width: 10, value: (p) => countyLabel(p.county) },
  { header: '岗位性质', width: 10, value: (p) => POST_KIND_LABELS[p.postKind] },
  { header: '学历要求', width: 10, value: (p) => DEGREE_LABELS[p.degreeLevel as keyof typeof DEGREE_LABELS] ?? null },
  { header: '状态', width: 10, value: (p) => POSITION_STATUS_LABELS[p.status] },
  { header: '截止日期', width: 12, value: (p) => p.deadline },
  { header: '招聘人数', width: 10, value: (p) => p.headcount },
  { header: '报名人数', width: 10, value: (p) => p.counts?.applications ?? 0 },
  { header: '入围人数', width: 10, value: (p) => p.counts?.shortlisted ?? 0 },
  { header: '录用通知', width: 10, value: (p) => p.counts?.offers ?? 0 },
  { header: '接受录用', width: 10, value: (p) => p.counts?.acceptances ?? 0 },
  {
    header: '满额率',
    width: 10,
    numFmt: '0.0%',
    value: (p) => (p.headcount > 0 ? (p.counts?.acceptances ?? 0) / p.headcount : null),
  },
  {
    header: '发布至录用平均天数',
    width: 18,
    numFmt: '0.0',
    value: (p) => p.counts?.meanDaysToOffer ?? null,
  },
];

/**
 * A position's applications in the order they came: its gsi1 partition, page by page, never a scan.
 * A unit's reviewer gets the contacts masked, as on its screens (`applicationViewFor`): a download is
 * the same data, and only organisers receive phone numbers and emails in full.
 */
async function applicantsOf(position: StoredPosition, reader: Actor): Promise<Applicant[]> {
  const { data } = await db()
    .service.entities.application.query.byPosition({ positionId: position.positionId })
    .go({ pages: 'all' });
  const masked = reader.role === 'reviewer';
  return data.map((a) => ({
    ...a,
    positionTitle: position.title,
    ...(masked ? { phone: maskPhone(a.phone), email: maskEmail(a.email) } : {}),
  }));
}

async function positionRows(positions: StoredPosition[]): Promise<PositionRow[]> {
  const [names, counts] = await Promise.all([
    unitNames(positions),
    readPositionCounts(positions.map((p) => p.positionId)),
  ]);
  return positions.map((p) => ({ ...p, unitName: names.get(p.unitId) ?? '', counts: counts.get(p.positionId) }));
}

async function withApplicants(workbook: Workbook, positions: StoredPosition[], reader: Actor): Promise<void> {
  addTable(workbook, '岗位', POSITION_COLUMNS, await positionRows(positions));
  const applicants: Applicant[] = [];
  for (const position of positions) applicants.push(...(await applicantsOf(position, reader)));
  addTable(workbook, '应聘人员', APPLICANT_COLUMNS, applicants);
}

export const RecruitmentExports = {
  /**
   * One position: its row with the counts, and every application to it. Organisers, and a unit's
   * reviewer for its own unit's position (contacts masked; another unit's is 404, as on its screens).
   */
  async position(actor: Actor, positionId: string): Promise<SpreadsheetFile> {
    requireUnitReader(actor);
    const position = await getStoredPosition(positionId);
    if (!position) throw notFound('Position');
    confineToUnit(actor, position.unitId, 'Position');
    const workbook = await newWorkbook();
    await withApplicants(workbook, [position], actor);
    return toFile(workbook, `${position.title}-应聘人员`, `position-${positionId}`);
  },

  /**
   * One notice: a row per position in the notice's order, then every application to any of them
   * (organisers only: a notice groups several units' positions, and notices are the office's).
   */
  async announcement(actor: Actor, announcementId: string): Promise<SpreadsheetFile> {
    const announcement = await Announcements.get(actor, announcementId);
    const workbook = await newWorkbook();
    await withApplicants(workbook, await storedPositions(announcement.positionIds), actor);
    return toFile(workbook, `${announcement.title}-应聘人员`, `notice-${announcementId}`);
  },
};
