import type { EntityItem } from 'electrodb';
import { canSeeIntern } from '../attendance/records.ts';
import type { Actor } from '../auth/actor.ts';
import { db, type AppService } from '../db/service.ts';
import { DomainError, notFound } from '../errors.ts';
import { NO_MENTOR } from '../placements/placement.entity.ts';
import { getPlacementRecord, type PlacementRecord } from '../placements/records.ts';
import type { LeaveRequest } from './leave-request.entity.ts';
import type { LeaveView } from './leave.schema.ts';

export type LeaveRecord = EntityItem<typeof LeaveRequest>;
type Builders = Parameters<Parameters<AppService['transaction']['write']>[0]>[0];

export const toView = (r: LeaveRecord): LeaveView => r;

/**
 * A request as the caller may see it, with the intern's placement as it is now. A mentor's right
 * is read from that placement, not from when the intern asked: after an organiser moves the intern
 * to another mentor, the pending request is the new mentor's to see and decide, and no longer the
 * old one's.
 */
export async function readLeave(
  actor: Actor,
  leaveId: string,
): Promise<{ request: LeaveRecord; placement: PlacementRecord | null }> {
  const request = (await db().service.entities.leaveRequest.get({ leaveId }).go({ consistent: true })).data;
  if (!request) throw notFound('Leave request');
  const placement = await getPlacementRecord(request.registrationId);
  if (!canSeeIntern(actor, { ...request, mentorKey: placement?.mentorKey ?? NO_MENTOR }))
    throw notFound('Leave request');
  return { request, placement };
}

/**
 * Day guards: one item per (intern, day) held by a pending or approved request, created only while
 * none exists in the transaction that creates the request. A read-then-write overlap check would
 * let identical taps arriving together all pass; these conditions let exactly one through.
 */
const GUARD = 'leaveDay';
const guardKey = (registrationId: string, date: string) => ({ kind: GUARD, value: `${registrationId}/${date}` });

/** One transaction item per day of a request, on that day's guard. */
const onEachDay =
  <T>(op: (unique: Builders['unique'], guard: ReturnType<typeof guardKey>, leaveId: string) => T) =>
  ({ unique }: Pick<Builders, 'unique'>, registrationId: string, dates: string[], leaveId: string): T[] =>
    dates.map((date) => op(unique, guardKey(registrationId, date), leaveId));

export const claimDays = onEachDay((unique, guard, leaveId) => unique.create({ ...guard, ownerId: leaveId }).commit());

/** A rejected request gives its days back. A day it never claimed (asked before the guards) is no obstacle. */
export const releaseDays = onEachDay((unique, guard, leaveId) =>
  unique
    .delete(guard)
    .where((a, { eq, notExists }) => `${notExists(a.ownerId)} OR ${eq(a.ownerId, leaveId)}`)
    .commit(),
);

/** The request holding a day, for the refusal; null when it let go of it meanwhile. */
export async function holderOf(registrationId: string, date: string): Promise<LeaveRecord | null> {
  const { unique, leaveRequest } = db().service.entities;
  const guard = (await unique.get(guardKey(registrationId, date)).go({ consistent: true })).data;
  if (!guard) return null;
  return (await leaveRequest.get({ leaveId: guard.ownerId }).go({ consistent: true })).data ?? null;
}

export const overlaps = (existing: LeaveRecord) =>
  new DomainError('leave_overlaps', `You already asked for leave from ${existing.from} to ${existing.to}`, {
    leaveId: existing.leaveId,
    from: existing.from,
    to: existing.to,
    status: existing.status,
  });
