import { defineTemplate, pick } from './define.ts';
import { layout } from './layout.ts';

export interface CheckInReminderData {
  date: string;
  /** The window's end, cohort-local `HH:mm`. */
  closesAt: string;
  timeZone: string;
}

/** Half an hour before the window closes, to an intern with no check-in (and no leave) for the day. */
export const internCheckInReminder = defineTemplate<CheckInReminderData>({
  kind: 'intern.check-in-reminder',
  essential: false,
  label: { 'zh-CN': '签到提醒', en: 'Check-in reminder' },
  render(locale, data) {
    const subject = pick(locale, {
      'zh-CN': `签到提醒：今天的签到将于 ${data.closesAt} 截止`,
      en: `Check-in reminder: today's check-in closes at ${data.closesAt}`,
    });
    const body = layout({
      locale,
      heading: pick(locale, { 'zh-CN': '您今天还没有签到', en: 'You have not checked in today' }),
      paragraphs: [
        pick(locale, {
          'zh-CN': `${data.date} 的签到将于 ${data.closesAt}（${data.timeZone}）截止，截止后未签到将记为缺勤。`,
          en:
            `Check-in for ${data.date} closes at ${data.closesAt} (${data.timeZone}); without a check-in the day ` +
            `counts as absent.`,
        }),
      ],
      action: { label: pick(locale, { 'zh-CN': '去签到', en: 'Check in' }), path: '/my-day' },
    });
    return { subject, ...body, link: '/my-day' };
  },
});
