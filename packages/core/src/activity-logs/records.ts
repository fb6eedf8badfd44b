import { db } from '../db/service.ts';
import { addDays } from '../time.ts';
import type { LOG_CATEGORIES } from './activity-log.entity.ts';
import type { WEEK_STATUSES } from './log-week.entity.ts';
import type { ActivityLogView } from './activity-logs.schema.ts';

export interface LogRecord {
  registrationId: string;
  logDate: string;
  weekStart: string;
  cohortId: string;
  universityId: string;
  hours: number;
  category: (typeof LOG_CATEGORIES)[number];
  summary: string;
  attachments?: Array<{ name: string; url: string }>;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface WeekRecord {
  registrationId: string;
  weekStart: string;
  cohortId: string;
  universityId: string;
  mentorKey: string;
  status: (typeof WEEK_STATUSES)[number];
  logCount: number;
  comment?: string;
  reviewedAt?: string;
  reviewedBy?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export async function getLog(registrationId: string, logDate: string): Promise<LogRecord | null> {
  const { data } = await db().service.entities.activityLog.get({ registrationId, logDate }).go({ consistent: true });
  return (data as LogRecord | null) ?? null;
}

export async function getWeek(registrationId: string, weekStart: string): Promise<WeekRecord | null> {
  const { data } = await db().service.entities.logWeek.get({ registrationId, weekStart }).go({ consistent: true });
  return (data as WeekRecord | null) ?? null;
}

/** The (at most seven) logs of one week. */
export async function logsOfWeek(registrationId: string, weekStart: string): Promise<LogRecord[]> {
  const { data } = await db()
    .service.entities.activityLog.query.byIntern({ registrationId })
    .between({ logDate: weekStart }, { logDate: addDays(weekStart, 6) })
    .go({ pages: 'all' });
  return data as LogRecord[];
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
