import { defineTemplate, pick, type Locale, type Template } from './define.ts';
import { layout } from './layout.ts';
import { yuan } from './people-format.ts';

export interface StipendData {
  cohortName: string;
  totalFen: number;
  /** When the payout was recorded (paid mails only). */
  paidAt?: string;
}

interface StipendMail {
  kind: string;
  label: Record<Locale, string>;
  subject: (amount: string) => Record<Locale, string>;
  paragraph: (amount: string, data: StipendData) => Record<Locale, string>;
}

/** A step of the intern's stipend: the amount in the subject, and a link to the statement behind it. */
function stipendTemplate(mail: StipendMail): Template<StipendData> {
  return defineTemplate<StipendData>({
    kind: mail.kind,
    essential: false,
    label: mail.label,
    render(locale, data) {
      const amount = yuan(locale, data.totalFen);
      const subject = pick(locale, mail.subject(amount));
      const body = layout({
        locale,
        heading: subject,
        paragraphs: [pick(locale, mail.paragraph(amount, data))],
        action: { label: pick(locale, { 'zh-CN': '查看补贴明细', en: 'View statement' }), path: '/my-stipend' },
      });
      return { subject, ...body, link: '/my-stipend' };
    },
  });
}

/** The intern's stipend statement was approved: the amount is fixed now. */
export const internStipendApproved = stipendTemplate({
  kind: 'intern.stipend-approved',
  label: { 'zh-CN': '生活补贴审核通过', en: 'Stipend approved' },
  subject: (amount) => ({ 'zh-CN': `生活补贴已审核：${amount}`, en: `Stipend approved: ${amount}` }),
  paragraph: (amount, data) => ({
    'zh-CN': `您在“${data.cohortName}”的生活补贴已审核通过，金额 ${amount}，将随下一批次发放。`,
    en:
      `Your stipend for "${data.cohortName}" has been approved at ${amount} and will be paid with the next payout ` +
      `batch.`,
  }),
});

/** The payout batch holding the intern's stipend was paid. */
export const internStipendPaid = stipendTemplate({
  kind: 'intern.stipend-paid',
  label: { 'zh-CN': '生活补贴已发放', en: 'Stipend paid' },
  subject: (amount) => ({ 'zh-CN': `生活补贴已发放：${amount}`, en: `Stipend paid: ${amount}` }),
  paragraph: (amount, data) => {
    const day = data.paidAt?.slice(0, 10);
    return {
      'zh-CN': `您在“${data.cohortName}”的生活补贴 ${amount} 已${day ? `于 ${day} ` : ''}发放，请留意到账情况。`,
      en:
        `Your stipend of ${amount} for "${data.cohortName}" was paid${day ? ` on ${day}` : ''}. Please check that ` +
        `it has arrived.`,
    };
  },
});
