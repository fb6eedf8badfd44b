import { defineTemplate, pick } from './define.ts';
import { layout } from './layout.ts';

export interface WeekReturnedData {
  weekStart: string;
  mentorName?: string;
  comment?: string;
}

/** The mentor sent a week of activity logs back to be revised. */
export const internWeekReturned = defineTemplate<WeekReturnedData>({
  kind: 'intern.week-returned',
  essential: false,
  label: { 'zh-CN': '实践日志退回修改', en: 'Activity log week returned' },
  render(locale, data) {
    const subject = pick(locale, {
      'zh-CN': `实践日志需修改（${data.weekStart} 当周）`,
      en: `Your activity log needs changes (week of ${data.weekStart})`,
    });
    const who = data.mentorName ?? pick(locale, { 'zh-CN': '导师', en: 'Your mentor' });
    const body = layout({
      locale,
      heading: subject,
      paragraphs: [
        pick(locale, {
          'zh-CN': `${who}退回了您 ${data.weekStart} 当周的实践日志，请修改后重新提交。`,
          en:
            `${who} returned your activity log for the week of ${data.weekStart}. Please revise it and submit it ` +
            `again.`,
        }),
        ...(data.comment
          ? [pick(locale, { 'zh-CN': `导师意见：${data.comment}`, en: `Comment: ${data.comment}` })]
          : []),
      ],
      action: { label: pick(locale, { 'zh-CN': '修改实践日志', en: 'Revise the log' }), path: '/my-logs' },
    });
    return { subject, ...body, link: '/my-logs' };
  },
});
