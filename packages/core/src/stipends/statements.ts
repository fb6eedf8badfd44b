/** Stipend statements: read (computed live, or frozen once approved), listed per cohort, and approved. */
import { requireCohortRecord } from '../cohorts/records.ts';
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { batchGet } from '../db/batch-get.ts';
import { db, type AppService } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, forbidden, notFound } from '../errors.ts';
import { mentorsById } from '../mentors/index.ts';
import { getIntern, getPlacementRecord, internsById, mentorOf, type PlacementRecord } from '../placements/records.ts';
import {
  computeIntern,
  computeMentor,
  frozenView,
  getFrozen,
  getTravelClaim,
  isMentorId,
  mentorAllowance,
  rulesOf,
  travelClaimsById,
  type FrozenRecord,
} from './compute.ts';
import { ApproveStatementInput, type StatementView } from './stipends.schema.ts';
import { outboxOp } from '../outbox/events.ts';
import { peopleEvent } from '../people-events/events.ts';
import { TravelClaims } from './travel-claims.ts';

type Ops = ReturnType<Parameters<AppService['transaction']['write']>[0]>;

/**
 * Whose statement the caller may read: organisers any; an intern their own; a mentor their own
 * allowance. Anyone else's statement does not exist for them; coordinators have no statements.
 */
function assertCanRead(actor: Actor, payeeId: string) {
  if (actor.role === 'organiser') return;
  if (actor.role === 'intern' && actor.internId === payeeId) return;
  if (actor.role === 'mentor' && actor.mentorId === payeeId) return;
  if (actor.role === 'coordinator') throw forbidden();
  throw notFound('Statement');
}

async function placementIn(cohortId: string, registrationId: string): Promise<PlacementRecord> {
  const placement = await getPlacementRecord(registrationId);
  if (!placement || placement.cohortId !== cohortId) throw notFound('Statement');
  return placement;
}

/** The statement now: frozen once approved, otherwise computed from attendance and the policy. */
async function current(
  cohortId: string,
  payeeId: string,
): Promise<{ view: StatementView; frozen: FrozenRecord | null }> {
  const [cohort, frozen] = await Promise.all([requireCohortRecord(cohortId), getFrozen(cohortId, payeeId)]);
  if (isMentorId(payeeId)) {
    if (frozen) return { view: frozenView(frozen), frozen };
    return { view: await computeMentor(cohortId, payeeId, rulesOf(cohort)), frozen: null };
  }
  const [placement, claim, intern] = await Promise.all([
    placementIn(cohortId, payeeId),
    getTravelClaim(payeeId),
    frozen ? null : getIntern(payeeId),
  ]);
  if (frozen) return { view: frozenView(frozen, claim), frozen };
  return { view: await computeIntern(placement, cohort, intern?.name ?? payeeId, claim), frozen: null };
}

export const Statements = {
  async get(actor: Actor, cohortId: string, payeeId: string): Promise<StatementView> {
    assertCanRead(actor, payeeId);
    return (await current(cohortId, payeeId)).view;
  },

  /** A page of the cohort's intern statements (by placement), or all its mentors' allowances. */
  async list(
    actor: Actor,
    cohortId: string,
    kind: 'intern' | 'mentor',
    page: PageRequest,
  ): Promise<Page<StatementView>> {
    requireRole(actor, 'organiser');
    const cohort = await requireCohortRecord(cohortId);
    const { placement, stipendStatement } = db().service.entities;
    if (kind === 'mentor') {
      // A cohort has tens of mentors: their allowances come as one page, built from the cohort's
      // placements read once, with the frozen statements, mentors and mentees' names in one batch each.
      const { data } = await placement.query.byCohort({ cohortId }).go({ pages: 'all' });
      const menteesOf = new Map<string, string[]>();
      for (const p of data) {
        const mentorId = mentorOf(p);
        if (mentorId) menteesOf.set(mentorId, [...(menteesOf.get(mentorId) ?? []), p.registrationId]);
      }
      const mentorIds = [...menteesOf.keys()].sort();
      const frozen = new Map(
        (
          await batchGet(
            mentorIds.map((payeeId) => ({ cohortId, payeeId })),
            (keys) => stipendStatement.get(keys).go({ consistent: true }),
          )
        ).map((f) => [f.payeeId, f as FrozenRecord]),
      );
      const open = mentorIds.filter((id) => !frozen.has(id));
      const [mentors, interns] = await Promise.all([
        mentorsById(open),
        internsById(open.flatMap((id) => menteesOf.get(id)!)),
      ]);
      const items = mentorIds.map((mentorId) => {
        const f = frozen.get(mentorId);
        if (f) return frozenView(f);
        const mentor = mentors.get(mentorId);
        if (!mentor) throw notFound('Mentor');
        return mentorAllowance(cohortId, mentor, menteesOf.get(mentorId)!, interns, rulesOf(cohort));
      });
      return { items, nextCursor: null };
    }
    const result = await queryPage((options) => placement.query.byCohort({ cohortId }).go(options), page);
    const ids = result.items.map((p) => p.registrationId);
    const [frozen, interns, claims] = await Promise.all([
      batchGet(
        ids.map((payeeId) => ({ cohortId, payeeId })),
        (keys) => stipendStatement.get(keys).go(),
      ),
      internsById(ids),
      travelClaimsById(ids),
    ]);
    const frozenById = new Map(frozen.map((f) => [f.payeeId, f as FrozenRecord]));
    const items = await Promise.all(
      result.items.map(async (p) => {
        const f = frozenById.get(p.registrationId);
        const claim = claims.get(p.registrationId) ?? null;
        return f
          ? frozenView(f, claim)
          : computeIntern(p, cohort, interns.get(p.registrationId)?.name ?? p.registrationId, claim);
      }),
    );
    return { items, nextCursor: result.nextCursor };
  },

  /**
   * Freezes the statement as the organiser saw it: the lines are stored and later attendance no
   * longer changes them. A total that moved since the organiser read it is refused.
   */
  async approve(actor: Actor, cohortId: string, payeeId: string, input: ApproveStatementInput): Promise<StatementView> {
    requireRole(actor, 'organiser');
    const { totalFen } = ApproveStatementInput.parse(input);
    const { view, frozen } = await current(cohortId, payeeId);
    if (frozen) throw new DomainError('statement_approved', 'The statement is already approved');
    if (view.totalFen !== totalFen) {
      throw new DomainError(
        'statement_changed',
        `The statement now totals ${view.totalFen} fen; review it again before approving`,
        { totalFen: view.totalFen },
      );
    }
    const at = new Date().toISOString();
    const record: FrozenRecord = {
      cohortId,
      payeeId,
      payeeKind: view.payeeKind,
      payeeName: view.payeeName,
      status: 'approved',
      lines: view.lines,
      totalFen: view.totalFen,
      approvedAt: at,
      approvedBy: actor.userId,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    // The payee is told the amount that was approved, by an event written with the approval.
    const approved = peopleEvent('stipend.approved', {
      cohortId,
      payeeId,
      payeeKind: record.payeeKind,
      totalFen: record.totalFen,
    });
    await transact(
      ({ stipendStatement, audit, outboxEvent }) =>
        [
          stipendStatement.create(record).commit(),
          audit
            .create(
              auditRecord(
                actor,
                'stipendStatement',
                `${cohortId}:${payeeId}`,
                'approve',
                diffChanges(undefined, { status: 'approved', totalFen: record.totalFen, lines: record.lines }),
                at,
              ),
            )
            .commit(),
          outboxOp({ outboxEvent }, approved),
        ] as Ops,
      () => new DomainError('statement_approved', 'The statement is already approved'),
    );
    return frozenView(record, view.travelClaim);
  },

  ...TravelClaims,
};
