import type { EntityItem } from 'electrodb';
import { batchGetAll } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { addDays } from '../time.ts';
import type { ActivityLog } from './activity-log.entity.ts';
import type { LogWeek } from './log-week.entity.ts';
import type { ActivityLogView } from './activity-logs.schema.ts';

/** Records as the entities define them, so an attribute is declared once. */
export type LogRecord = EntityItem<typeof ActivityLog>;
export type WeekRecord = EntityItem<typeof LogWeek>;

export async function getLog(registrationId: string, logDate: string): Promise<LogRecord | null> {
  const { data } = await db().service.entities.activityLog.get({ registrationId, logDate }).go({ consistent: true });
  return data ?? null;
}

export async function getWeek(registrationId: string, weekStart: string): Promise<WeekRecord | null> {
  const { data } = await db().service.entities.logWeek.get({ registrationId, weekStart }).go({ consistent: true });
  return data ?? null;
}

/**
 * The logs of the given weeks, by `registrationId:weekStart`: one Query per intern from their
 * earliest listed week to the end of their latest, instead of one per week. The weeks of a mentor's
 * list may skip some of an intern's weeks; the logs of those are read and left out.
 */
export async function logsOfWeeks(
  weeks: Array<Pick<WeekRecord, 'registrationId' | 'weekStart'>>,
): Promise<Map<string, LogRecord[]>> {
  const spans = new Map<string, { from: string; to: string }>();
  for (const { registrationId, weekStart } of weeks) {
    const span = spans.get(registrationId);
    spans.set(registrationId, {
      from: span && span.from < weekStart ? span.from : weekStart,
      to: span && span.to > weekStart ? span.to : weekStart,
    });
  }
  const wanted = new Set(weeks.map((w) => `${w.registrationId}:${w.weekStart}`));
  const out = new Map<string, LogRecord[]>([...wanted].map((key) => [key, []]));
  await Promise.all(
    [...spans].map(async ([registrationId, { from, to }]) => {
      const { data } = await db()
        .service.entities.activityLog.query.byIntern({ registrationId })
        .between({ logDate: from }, { logDate: addDays(to, 6) })
        .go({ pages: 'all' });
      for (const log of data) out.get(`${registrationId}:${log.weekStart}`)?.push(log);
    }),
  );
  return out;
}

/**
 * The review state of the given weeks, by `registrationId:weekStart`: one BatchGetItem for a page
 * of logs (a page holds at most 100, BatchGetItem's own limit), not one read per log.
 */
export async function weekStatuses(
  weeks: Array<Pick<WeekRecord, 'registrationId' | 'weekStart'>>,
): Promise<Map<string, WeekRecord['status']>> {
  const out = new Map<string, WeekRecord['status']>();
  const keys = [...new Map(weeks.map((w) => [`${w.registrationId}:${w.weekStart}`, w])).values()].map(
    ({ registrationId, weekStart }) => ({ registrationId, weekStart }),
  );
  await batchGetAll(keys, async (pending) => {
    const { data, unprocessed } = await db()
      .service.entities.logWeek.get(pending)
      .go({ attributes: ['registrationId', 'weekStart', 'status'], unprocessed: 'item' });
    for (const w of data) out.set(`${w.registrationId}:${w.weekStart}`, w.status);
    return unprocessed.map(({ registrationId, weekStart }) => ({ registrationId, weekStart }));
  });
  return out;
}

export const logView = (r: LogRecord): ActivityLogView => ({
  registrationId: r.registrationId,
  logDate: r.logDate,
  weekStart: r.weekStart,
  cohortId: r.cohortId,
  hours: r.hours,
  category: r.category,
  summary: r.summary,
  attachments: r.attachments ?? [],
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  version: r.version,
});
