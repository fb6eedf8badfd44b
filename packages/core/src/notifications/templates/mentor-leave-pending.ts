import { defineTemplate, pick } from './define.ts';
import { dateSpan } from './people-format.ts';
import { layout } from './layout.ts';

export interface LeavePendingData {
  internName: string;
  from: string;
  to: string;
}

/** A mentee asked for leave; the mentor decides. */
export const mentorLeavePending = defineTemplate<LeavePendingData>({
  kind: 'mentor.leave-pending',
  essential: false,
  label: { 'zh-CN': '待审批的请假', en: 'Leave waiting for you' },
  render(locale, data) {
    const span = dateSpan(locale, data.from, data.to);
    const subject = pick(locale, {
      'zh-CN': `${data.internName} 申请请假（${span}）`,
      en: `${data.internName} asks for leave (${span})`,
    });
    const body = layout({
      locale,
      heading: subject,
      paragraphs: [
        pick(locale, {
          'zh-CN': `您帮带的学员 ${data.internName} 申请 ${span} 请假，请及时审批。`,
          en: `Your mentee ${data.internName} asks for leave for ${span}. Please approve or reject it.`,
        }),
      ],
      action: { label: pick(locale, { 'zh-CN': '去审批', en: 'Decide' }), path: '/mentee-attendance' },
    });
    return { subject, ...body, link: '/mentee-attendance' };
  },
});
