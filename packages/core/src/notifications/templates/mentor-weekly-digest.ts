import { defineTemplate, pick } from './define.ts';
import { layout } from './layout.ts';

export interface WeeklyDigestData {
  /** The Monday of the week the digest is for. */
  week: string;
  /** Weeks of logs waiting for the mentor, oldest first. */
  weeks: Array<{ internName: string; weekStart: string; logCount: number }>;
}

/** Monday morning: the mentees' weeks of logs the mentor has not reviewed yet. Never sent empty. */
export const mentorWeeklyDigest = defineTemplate<WeeklyDigestData>({
  kind: 'mentor.weekly-digest',
  essential: false,
  label: { 'zh-CN': '每周待审日志汇总', en: 'Weekly logs to review' },
  render(locale, data) {
    const n = data.weeks.length;
    const subject = pick(locale, {
      'zh-CN': `本周汇总：${n} 周实践日志待审阅`,
      en: `This week: ${n} week${n === 1 ? '' : 's'} of logs to review`,
    });
    const lines = data.weeks.map((w) =>
      pick(locale, {
        'zh-CN': `${w.internName}：${w.weekStart} 当周，${w.logCount} 篇日志`,
        en: `${w.internName}: week of ${w.weekStart}, ${w.logCount} log${w.logCount === 1 ? '' : 's'}`,
      }),
    );
    const body = layout({
      locale,
      heading: pick(locale, { 'zh-CN': '待审阅的实践日志', en: 'Logs waiting for your review' }),
      paragraphs: [
        pick(locale, {
          'zh-CN': '以下学员的周日志等待您审阅：',
          en: 'These weeks of your mentees are waiting for your review:',
        }),
        ...lines,
      ],
      action: { label: pick(locale, { 'zh-CN': '去审阅', en: 'Review' }), path: '/log-reviews' },
    });
    return { subject, ...body, link: '/log-reviews' };
  },
});
