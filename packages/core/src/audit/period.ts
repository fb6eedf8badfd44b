import { z } from 'zod';
import { requireAdmin, type Actor } from '../auth/actor.ts';
import { DomainError } from '../errors.ts';
import { decodeCursor, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageRequest } from '../db/pagination.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { listShards, positionField } from '../db/sharded-list.ts';
import { auditDayOf } from './audit.entity.ts';
import type { Changes } from './changes.ts';

/** The longest period one read covers: 31 days is at most 32 UTC days of 8 shards each. */
export const MAX_AUDIT_PERIOD_DAYS = 31;
const DAY_MS = 86_400_000;

export interface AuditPeriodQuery {
  /** Inclusive start; defaults to 7 days before `to`. */
  from?: string;
  /** Exclusive end; defaults to now. */
  to?: string;
  entityType?: string;
  actorId?: string;
}

export interface AuditPeriodEntry {
  entityType: string;
  entityId: string;
  auditId: string;
  at: string;
  action: string;
  actorId: string;
  actorRole: string;
  actorName: string | null;
  changes?: Changes;
}

const Position = z.strictObject({ at: positionField, auditId: positionField });
type Position = z.infer<typeof Position>;

const invalidPeriod = (message: string) =>
  new DomainError('validation_failed', message, { errors: [{ path: 'from', message }] });

/** The UTC days from `to`'s back to `from`'s, newest first: the day partitions the period touches. */
export function daysNewestFirst(from: string, to: string): string[] {
  const days: string[] = [];
  const first = auditDayOf(from);
  // `to` is exclusive, so a period ending exactly at midnight does not touch that day.
  for (let t = Date.parse(to) - 1; auditDayOf(new Date(t).toISOString()) >= first; t -= DAY_MS) {
    days.push(auditDayOf(new Date(t).toISOString()));
  }
  return days;
}

function periodOf(query: AuditPeriodQuery, now: Date) {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 7 * DAY_MS);
  if (Number.isNaN(to.getTime()) || Number.isNaN(from.getTime())) throw invalidPeriod('Not a time');
  if (from >= to) throw invalidPeriod('The period must start before it ends');
  if (to.getTime() - from.getTime() > MAX_AUDIT_PERIOD_DAYS * DAY_MS) {
    throw invalidPeriod(`A period covers at most ${MAX_AUDIT_PERIOD_DAYS} days`);
  }
  return { from: from.toISOString(), to: to.toISOString() };
}

type Stored = Omit<AuditPeriodEntry, 'actorName'>;

/**
 * Up to `count` entries of one day and shard, newest first, inside the period and past the cursor,
 * matching the filters. The period's edges and the filters are DynamoDB filters: they only ever cut
 * the first and last day of a bounded period, or narrow what an admin asked to see.
 */
async function dayShard(
  day: string,
  shard: string,
  period: { from: string; to: string },
  query: AuditPeriodQuery,
  after: Position | null,
  count: number,
): Promise<Stored[]> {
  const all = db().service.entities.audit.query.byDay({ auditDay: day, auditShard: shard });
  const ranged = after ? all.lt(after) : all;
  const { data } = await ranged
    .where((a, { eq, gte, lt }) =>
      [
        gte(a.at, period.from),
        lt(a.at, period.to),
        query.entityType ? eq(a.entityType, query.entityType) : '',
        query.actorId ? eq(a.actorId, query.actorId) : '',
      ]
        .filter(Boolean)
        .join(' AND '),
    )
    .go({ count, order: 'desc' });
  return data as Stored[];
}

async function actorNames(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const data = await batchGet(
    ids.map((userId) => ({ userId })),
    (keys) =>
      db()
        .service.entities.user.get(keys)
        .go({ attributes: ['userId', 'name'], concurrency: 4 }),
  );
  return new Map(data.map((u) => [u.userId, u.name]));
}

const keyOf = (e: Stored) => `${e.at}#${e.auditId}`;

export const AuditPeriod = {
  /**
   * Every entry of a period, newest first, for admins: the period's days are read newest first, all
   * shards of a day at once, until a page's worth is met; a page never reads past the day that fills
   * it. The cursor names the last entry handed out, so the next page starts on that entry's day.
   */
  async list(actor: Actor, query: AuditPeriodQuery & PageRequest, now = new Date()) {
    requireAdmin(actor);
    const period = periodOf(query, now);
    const after = query.cursor ? decodeCursor(query.cursor, z.strictObject({ after: Position })).after : null;
    const limit = Math.min(Math.max(query.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
    const days = daysNewestFirst(period.from, period.to).filter((d) => !after || d <= auditDayOf(after.at));
    const met: Stored[] = [];
    for (const day of days) {
      const shards = await Promise.all(
        listShards().map((shard) => dayShard(day, shard, period, query, after, limit + 1)),
      );
      met.push(...shards.flat());
      if (met.length > limit) break;
    }
    met.sort((a, b) => (keyOf(a) < keyOf(b) ? 1 : keyOf(a) > keyOf(b) ? -1 : 0));
    const page = met.slice(0, limit);
    const names = await actorNames([...new Set(page.map((e) => e.actorId))]);
    const last = page.at(-1);
    return {
      items: page.map((e) => ({ ...e, actorName: names.get(e.actorId) ?? null })),
      nextCursor:
        met.length > limit && last
          ? Buffer.from(JSON.stringify({ after: { at: last.at, auditId: last.auditId } })).toString('base64url')
          : null,
      from: period.from,
      to: period.to,
      filtered: Boolean(query.entityType || query.actorId),
    };
  },
};
