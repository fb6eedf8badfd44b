import { defineTemplate, pick } from './define.ts';
import { registrantMessage, type RegistrantMailData } from './registrant-shared.ts';

/** The event was full: the registrant waits, and hears again when a seat frees up. */
export const registrantWaitlisted = defineTemplate<RegistrantMailData>({
  kind: 'registrant.waitlisted',
  addressOnly: true,
  essential: true,
  label: { 'zh-CN': '活动候补通知', en: 'Event waitlist notice' },
  render: (locale, d) =>
    registrantMessage(
      locale,
      d,
      pick(locale, { 'zh-CN': `已进入候补名单：${d.eventTitle}`, en: `You are on the waitlist: ${d.eventTitle}` }),
      [
        pick(locale, {
          'zh-CN':
            '活动名额已满，您已进入候补名单。有人取消报名时，我们将按报名先后顺序为您递补，并发送邮件和签到二维码。',
          en:
            'The event is full, so you are on the waitlist. When someone cancels, seats go to the waitlist in order ' +
            'of registration and we will mail you your check-in QR code.',
        }),
      ],
    ),
});
