import type { RegistrantMailData } from '../../events/registrant-mail.ts';
import { localDateTime } from '../../time.ts';
import { qrAttachment } from '../qr.ts';
import { pick, type Locale, type RenderedMessage } from './define.ts';
import { layout } from './layout.ts';

export type { RegistrantMailData };

/** The event's facts, one line, as the registrant reads them: title, Beijing time, venue. */
export function eventLine(locale: Locale, d: RegistrantMailData): string {
  const when = localDateTime(d.startsAt).slice(0, 16);
  return pick(locale, {
    'zh-CN': `活动：${d.eventTitle}（${d.universityName}），时间：${when}（北京时间），地点：${d.venue}。`,
    en: `Event: ${d.eventTitle} (${d.universityName}), ${when} Beijing time, at ${d.venue}.`,
  });
}

/** A registrant mail: the shared layout, the link to "my registration", and the QR inline when there is one. */
export async function registrantMessage(
  locale: Locale,
  d: RegistrantMailData,
  subject: string,
  paragraphs: string[],
  code?: string,
): Promise<RenderedMessage> {
  const withQr = Boolean(d.checkInToken);
  const body = layout({
    locale,
    name: d.name,
    heading: subject,
    paragraphs: [
      ...paragraphs,
      eventLine(locale, d),
      ...(withQr
        ? [
            pick(locale, {
              'zh-CN': '入场时请出示下方二维码，工作人员扫码签到。',
              en: 'Show the QR code below at the entrance; staff scan it to check you in.',
            }),
          ]
        : []),
    ],
    ...(code ? { code } : {}),
    ...(withQr ? { qrCid: 'checkin-qr' } : {}),
    action: { label: pick(locale, { 'zh-CN': '查看我的报名', en: 'View my registration' }), path: d.myPath },
  });
  return {
    subject,
    ...body,
    ...(withQr ? { attachments: [await qrAttachment(d.checkInToken!, 'checkin-qr')] } : {}),
  };
}
