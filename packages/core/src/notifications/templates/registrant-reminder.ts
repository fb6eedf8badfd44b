import { defineTemplate, pick } from './define.ts';
import { registrantMessage, type RegistrantMailData } from './registrant-shared.ts';

/** The day before the event, to everyone holding a seat. */
export const registrantReminder = defineTemplate<RegistrantMailData>({
  kind: 'registrant.reminder',
  addressOnly: true,
  essential: false,
  label: { 'zh-CN': '活动前一天提醒', en: 'Reminder the day before an event' },
  render: (locale, d) =>
    registrantMessage(
      locale,
      d,
      pick(locale, { 'zh-CN': `明天见：${d.eventTitle}`, en: `See you tomorrow: ${d.eventTitle}` }),
      [
        pick(locale, {
          'zh-CN': '提醒您，您报名的活动将于明天举行。如无法参加，请在“我的报名”中取消，把座位留给候补的同学。',
          en:
            'A reminder that the event you registered for is tomorrow. If you cannot come, please cancel in "My ' +
            'registration" so someone on the waitlist gets your seat.',
        }),
      ],
    ),
});
