import { requireCohortRecord } from '../cohorts/records.ts';
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
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
import { ApproveStatementInput, TravelClaimInput, type StatementView, TravelClaimView } from './stipends.schema.ts';
import { pickView } from '../views.ts';
import { outboxOp } from '../outbox/events.ts';
import { peopleEvent } from '../people-events/events.ts';

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
        (mentorIds.length
          ? (await stipendStatement.get(mentorIds.map((payeeId) => ({ cohortId, payeeId }))).go({ consistent: true }))
              .data
          : []
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
      ids.length
        ? stipendStatement
            .get(ids.map((payeeId) => ({ cohortId, payeeId })))
            .go()
            .then((r) => r.data)
        : [],
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

  async travelClaim(actor: Actor, registrationId: string): Promise<TravelClaimView> {
    if (!(actor.role === 'organiser' || (actor.role === 'intern' && actor.internId === registrationId))) {
      if (actor.role === 'coordinator') throw forbidden();
      throw notFound('Travel claim');
    }
    const claim = await getTravelClaim(registrationId);
    if (!claim) throw notFound('Travel claim');
    return claim;
  },

  /**
   * The intern records (or corrects) their travel claim. Once the statement is approved the claim is
   * frozen with it: the transaction checks that no approved statement exists.
   */
  async putTravelClaim(actor: Actor, registrationId: string, input: TravelClaimInput): Promise<TravelClaimView> {
    requireRole(actor, 'intern');
    if (actor.internId !== registrationId) throw notFound('Intern');
    const { version, ...fields } = TravelClaimInput.parse(input);
    const [placement, before] = await Promise.all([getPlacementRecord(registrationId), getTravelClaim(registrationId)]);
    if (!placement) throw notFound('Intern');
    const stale = () => new DomainError('version_conflict', 'The claim was changed elsewhere; reload it and try again');
    if (before && before.version !== version) throw stale();
    // No read of the statement first: the transaction's check on it refuses an approved one anyway.
    const at = new Date().toISOString();
    const after = { registrationId, ...fields, createdAt: at, updatedAt: at, version: (before?.version ?? 0) + 1 };
    await transact(
      ({ travelClaim, stipendStatement, audit }) =>
        [
          stipendStatement
            .check({ cohortId: placement.cohortId, payeeId: registrationId })
            .where((a, { notExists }) => notExists(a.payeeId))
            .commit(),
          before
            ? travelClaim
                .patch({ registrationId })
                .set({
                  amountFen: fields.amountFen,
                  receipts: fields.receipts,
                  ...(fields.note ? { note: fields.note } : {}),
                  updatedAt: at,
                  version: after.version,
                })
                .where((a, { eq }) => eq(a.version, before.version))
                .commit()
            : travelClaim.create(after).commit(),
          audit
            .create(
              auditRecord(
                actor,
                'travelClaim',
                registrationId,
                before ? 'update' : 'create',
                diffChanges(before ? { ...before } : undefined, { ...after }),
                at,
              ),
            )
            .commit(),
        ] as Ops,
      (failed) =>
        failed.index === 0
          ? new DomainError('statement_approved', 'Your statement is approved; the travel claim can no longer change')
          : stale(),
    );
    return pickView(TravelClaimView, after);
  },
};
