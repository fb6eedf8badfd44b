import type { EntityItem } from 'electrodb';
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

/** The (at most seven) logs of one week. */
export async function logsOfWeek(registrationId: string, weekStart: string): Promise<LogRecord[]> {
  const { data } = await db()
    .service.entities.activityLog.query.byIntern({ registrationId })
    .between({ logDate: weekStart }, { logDate: addDays(weekStart, 6) })
    .go({ pages: 'all' });
  return data;
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
