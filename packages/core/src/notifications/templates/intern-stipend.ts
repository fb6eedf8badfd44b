import { defineTemplate, pick } from './define.ts';
import { layout } from './layout.ts';
import { yuan } from './people-format.ts';

export interface StipendData {
  cohortName: string;
  totalFen: number;
  /** When the payout was recorded (paid mails only). */
  paidAt?: string;
}

/** The intern's stipend statement was approved: the amount is fixed now. */
export const internStipendApproved = defineTemplate<StipendData>({
  kind: 'intern.stipend-approved',
  essential: false,
  label: { 'zh-CN': '生活补贴审核通过', en: 'Stipend approved' },
  render(locale, data) {
    const amount = yuan(locale, data.totalFen);
    const subject = pick(locale, { 'zh-CN': `生活补贴已审核：${amount}`, en: `Stipend approved: ${amount}` });
    const body = layout({
      locale,
      heading: subject,
      paragraphs: [
        pick(locale, {
          'zh-CN': `您在“${data.cohortName}”的生活补贴已审核通过，金额 ${amount}，将随下一批次发放。`,
          en: `Your stipend for "${data.cohortName}" has been approved at ${amount} and will be paid with the next payout batch.`,
        }),
      ],
      action: { label: pick(locale, { 'zh-CN': '查看补贴明细', en: 'View statement' }), path: '/my-stipend' },
    });
    return { subject, ...body, link: '/my-stipend' };
  },
});

/** The payout batch holding the intern's stipend was paid. */
export const internStipendPaid = defineTemplate<StipendData>({
  kind: 'intern.stipend-paid',
  essential: false,
  label: { 'zh-CN': '生活补贴已发放', en: 'Stipend paid' },
  render(locale, data) {
    const amount = yuan(locale, data.totalFen);
    const day = data.paidAt?.slice(0, 10);
    const subject = pick(locale, { 'zh-CN': `生活补贴已发放：${amount}`, en: `Stipend paid: ${amount}` });
    const body = layout({
      locale,
      heading: subject,
      paragraphs: [
        pick(locale, {
          'zh-CN': `您在“${data.cohortName}”的生活补贴 ${amount} 已${day ? `于 ${day} ` : ''}发放，请留意到账情况。`,
          en: `Your stipend of ${amount} for "${data.cohortName}" was paid${day ? ` on ${day}` : ''}. Please check that it has arrived.`,
        }),
      ],
      action: { label: pick(locale, { 'zh-CN': '查看补贴明细', en: 'View statement' }), path: '/my-stipend' },
    });
    return { subject, ...body, link: '/my-stipend' };
  },
});
