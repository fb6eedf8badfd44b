import { ActivityLogs, addDays, localDate, Users, type Actor, type CreateLogInput } from '@aksu/core';
import { DAILY_COHORT_NAME, DEMO_INTERN, DEMO_MENTOR } from './programme-daily.ts';
import { demoCohorts } from './demo-records.ts';

/** Logs a first run writes: one for each checked-in day of the past week (the leave day has none). */
export const LOGS_SEED = { logs: 6 };

const ENTRIES: Array<Pick<CreateLogInput, 'hours' | 'category' | 'summary'>> = [
  {
    hours: 8,
    category: 'training',
    summary: '参加阿克苏纺织工业城新员工安全培训，了解纺纱车间的生产流程与质量检测节点。',
  },
  { hours: 7.5, category: 'fieldwork', summary: '跟随马总工巡检三条纺纱线，记录断头率与车速，整理成日报表。' },
  { hours: 8, category: 'research', summary: '查阅纱线质量预警的文献，比较移动平均与控制图两种方法的适用场景。' },
  { hours: 8.5, category: 'production', summary: '在二号车间采集一周的质量检测数据，清洗缺失值，和质检组核对口径。' },
  { hours: 6, category: 'meeting', summary: '参加车间周例会，汇报数据整理进展，确定预警看板的第一版指标。' },
  { hours: 8, category: 'research', summary: '用控制图方法试算上周数据，发现两次异常波动，已提交给导师确认原因。' },
];

/**
 * A week of activity logs for `intern@example.com`, one for each day the intern checked in, written
 * through the log rules; the mentor approves any week before the latest, which stays to review.
 * Idempotent: an intern who has logs gets nothing more.
 */
export async function seedDemoLogs(system: Actor, password: string): Promise<number> {
  const cohort = (await demoCohorts(system)).get(DAILY_COHORT_NAME);
  if (!cohort) return 0;
  const { user: internUser } = await Users.login({ email: DEMO_INTERN, password }, 'seed');
  const { user: mentorUser } = await Users.login({ email: DEMO_MENTOR, password }, 'seed');
  const registrationId = internUser.internId;
  if (!registrationId || !mentorUser.mentorId) return 0;
  const intern: Actor = {
    userId: internUser.userId,
    role: 'intern',
    universityId: internUser.universityId,
    internId: registrationId,
  };
  const mentor: Actor = { userId: mentorUser.userId, role: 'mentor', mentorId: mentorUser.mentorId };
  if ((await ActivityLogs.listByIntern(intern, registrationId, { limit: 1 })).items.length > 0) return 0;

  const today = localDate(new Date(), cohort.timeZone);
  const leaveDay = addDays(today, -3);
  let written = 0;
  for (let back = 7; back >= 1; back--) {
    const logDate = addDays(today, -back);
    if (logDate === leaveDay || logDate < cohort.startsOn || logDate > cohort.endsOn) continue;
    await ActivityLogs.create(intern, registrationId, {
      logDate,
      attachments: [],
      ...ENTRIES[written % ENTRIES.length]!,
    });
    written++;
  }
  // Newest first: the latest week stays for the mentor to review, any earlier one is approved.
  const weeks = (await ActivityLogs.weeksOfIntern(intern, registrationId, { limit: 10 })).items;
  for (const week of weeks.slice(1)) {
    if (week.status === 'pending') await ActivityLogs.approveWeek(mentor, registrationId, week.weekStart);
  }
  return written;
}
