import { defineTemplate, pick } from './define.ts';
import { registrantMessage, type RegistrantMailData } from './registrant-shared.ts';

/** Registration confirmed, with the check-in QR and the link to "my registration". */
export const registrantConfirmed = defineTemplate<RegistrantMailData>({
  kind: 'registrant.confirmed',
  addressOnly: true,
  essential: true,
  label: { 'zh-CN': '活动报名成功', en: 'Event registration confirmed' },
  render: (locale, d) =>
    registrantMessage(
      locale,
      d,
      pick(locale, { 'zh-CN': `报名成功：${d.eventTitle}`, en: `You are registered: ${d.eventTitle}` }),
      [
        pick(locale, {
          'zh-CN': '您已报名成功，座位已为您保留。',
          en: 'Your registration is confirmed and a seat is kept for you.',
        }),
      ],
    ),
});
