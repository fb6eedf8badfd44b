import { defineTemplate, pick } from './define.ts';
import { registrantMessage, type RegistrantMailData } from './registrant-shared.ts';

/** A seat freed up and went to this waitlisted registrant: now with the QR. */
export const registrantPromoted = defineTemplate<RegistrantMailData>({
  kind: 'registrant.promoted',
  addressOnly: true,
  essential: true,
  label: { 'zh-CN': '候补转正通知', en: 'Waitlist: seat confirmed' },
  render: (locale, d) =>
    registrantMessage(
      locale,
      d,
      pick(locale, {
        'zh-CN': `候补成功，已为您保留座位：${d.eventTitle}`,
        en: `A seat is now yours: ${d.eventTitle}`,
      }),
      [
        pick(locale, {
          'zh-CN': '有人取消了报名，您已从候补名单递补为正式报名。',
          en: 'Someone cancelled, and you have moved from the waitlist to a confirmed seat.',
        }),
      ],
    ),
});
