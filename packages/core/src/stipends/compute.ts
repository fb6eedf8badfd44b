import type { EntityItem } from 'electrodb';
import { Attendance } from '../attendance/index.ts';
import type { CohortRecord } from '../cohorts/records.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { notFound } from '../errors.ts';
import { internsById, type InternRecord, type PlacementRecord } from '../placements/records.ts';
import { getMentorRecord, type MentorRecord } from '../mentors/index.ts';
import { localDate } from '../time.ts';
import { internStatement, mentorStatement, type StipendRules } from './arithmetic.ts';
import type { StatementView, TravelClaimView } from './stipends.schema.ts';
import type { TravelClaim } from './travel-claim.entity.ts';

export interface FrozenRecord {
  cohortId: string;
  payeeId: string;
  payeeKind: 'intern' | 'mentor';
  payeeName: string;
  status: 'approved' | 'batched' | 'paid';
  lines: StatementView['lines'];
  totalFen: number;
  approvedAt: string;
  approvedBy: string;
  batchId?: string;
  paidAt?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const isMentorId = (payeeId: string) => payeeId.startsWith('mnt_');

export async function getFrozen(cohortId: string, payeeId: string): Promise<FrozenRecord | null> {
  const { data } = await db().service.entities.stipendStatement.get({ cohortId, payeeId }).go({ consistent: true });
  return (data as FrozenRecord | null) ?? null;
}

type TravelClaimRecord = EntityItem<typeof TravelClaim>;

const claimView = ({
  registrationId,
  amountFen,
  receipts,
  note,
  updatedAt,
  version,
}: TravelClaimRecord): TravelClaimView => ({
  registrationId,
  amountFen,
  receipts,
  ...(note ? { note } : {}),
  updatedAt,
  version,
});

export async function getTravelClaim(registrationId: string): Promise<TravelClaimView | null> {
  const { data } = await db().service.entities.travelClaim.get({ registrationId }).go({ consistent: true });
  return data ? claimView(data) : null;
}

/** The travel claims of a page of interns in one batch read, instead of one read per intern. */
export async function travelClaimsById(ids: string[]): Promise<Map<string, TravelClaimView>> {
  if (ids.length === 0) return new Map();
  const data = await batchGet(
    ids.map((registrationId) => ({ registrationId })),
    (keys) => db().service.entities.travelClaim.get(keys).go({ consistent: true }),
  );
  return new Map(data.map((claim) => [claim.registrationId, claimView(claim)]));
}

export function frozenView(record: FrozenRecord, travelClaim?: TravelClaimView | null): StatementView {
  return {
    cohortId: record.cohortId,
    payeeId: record.payeeId,
    payeeKind: record.payeeKind,
    payeeName: record.payeeName,
    status: record.status,
    lines: record.lines,
    totalFen: record.totalFen,
    approvedAt: record.approvedAt,
    ...(record.batchId ? { batchId: record.batchId } : {}),
    ...(record.paidAt ? { paidAt: record.paidAt } : {}),
    ...(travelClaim ? { travelClaim } : {}),
    version: record.version,
  };
}

export const rulesOf = (cohort: CohortRecord): StipendRules => cohort.stipendPolicy as StipendRules;

/**
 * An intern's statement as it stands now: attendance and the travel claim under the cohort's policy.
 * The caller has already read the placement, the cohort and the claim; the attendance days are the
 * only read left.
 */
export async function computeIntern(
  placement: PlacementRecord,
  cohort: CohortRecord,
  name: string,
  claim: TravelClaimView | null,
  now = new Date(),
): Promise<StatementView> {
  const days = await Attendance.daysOf({ ...placement, cohort }, now);
  const { lines, totalFen } = internStatement(
    rulesOf(cohort),
    days.map((d) => ({ date: d.date, status: d.outcome })),
    claim?.amountFen ?? 0,
    localDate(now, cohort.timeZone),
  );
  return {
    cohortId: placement.cohortId,
    payeeId: placement.registrationId,
    payeeKind: 'intern',
    payeeName: name,
    status: 'computed',
    lines,
    totalFen,
    ...(claim ? { travelClaim: claim } : {}),
    version: 0,
  };
}

/**
 * A mentor's allowance from what the caller has read: one line per mentee, in registration order.
 * A page of mentors reads its mentors, mentees and names in one batch each and builds every
 * allowance here.
 */
export function mentorAllowance(
  cohortId: string,
  mentor: Pick<MentorRecord, 'mentorId' | 'name'>,
  menteeIds: string[],
  interns: Map<string, InternRecord>,
  rules: StipendRules,
): StatementView {
  const mentees = [...menteeIds]
    .sort()
    .map((registrationId) => ({ registrationId, name: interns.get(registrationId)?.name ?? registrationId }));
  const { lines, totalFen } = mentorStatement(rules, mentees);
  return {
    cohortId,
    payeeId: mentor.mentorId,
    payeeKind: 'mentor',
    payeeName: mentor.name,
    status: 'computed',
    lines,
    totalFen,
    version: 0,
  };
}

/** A mentor's allowance now: one line per mentee of this cohort. */
export async function computeMentor(cohortId: string, mentorId: string, rules: StipendRules): Promise<StatementView> {
  const mentor = await getMentorRecord(mentorId);
  if (!mentor) throw notFound('Mentor');
  const { data } = await db().service.entities.placement.query.byMentor({ mentorKey: mentorId }).go({ pages: 'all' });
  const menteeIds = data.filter((p) => p.cohortId === cohortId).map((p) => p.registrationId);
  return mentorAllowance(cohortId, mentor, menteeIds, await internsById(menteeIds), rules);
}
