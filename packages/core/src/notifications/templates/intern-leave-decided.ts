import { defineTemplate, pick } from './define.ts';
import { dateSpan } from './people-format.ts';
import { layout } from './layout.ts';

export interface LeaveDecidedData {
  from: string;
  to: string;
  status: 'approved' | 'rejected';
  comment?: string;
}

/** The mentor's or organiser's decision on the intern's leave request. */
export const internLeaveDecided = defineTemplate<LeaveDecidedData>({
  kind: 'intern.leave-decided',
  essential: false,
  label: { 'zh-CN': '请假审批结果', en: 'Leave decisions' },
  render(locale, data) {
    const span = dateSpan(locale, data.from, data.to);
    const approved = data.status === 'approved';
    const subject = approved
      ? pick(locale, { 'zh-CN': `请假已批准（${span}）`, en: `Leave approved (${span})` })
      : pick(locale, { 'zh-CN': `请假未批准（${span}）`, en: `Leave not approved (${span})` });
    const body = layout({
      locale,
      heading: subject,
      paragraphs: [
        approved
          ? pick(locale, {
              'zh-CN': `您 ${span} 的请假申请已批准，这些天记为请假。`,
              en: `Your leave for ${span} is approved; those days count as leave.`,
            })
          : pick(locale, {
              'zh-CN': `您 ${span} 的请假申请未获批准，请按时签到。`,
              en: `Your leave for ${span} was not approved; please check in as usual.`,
            }),
        ...(data.comment
          ? [pick(locale, { 'zh-CN': `审批意见：${data.comment}`, en: `Comment: ${data.comment}` })]
          : []),
      ],
      action: { label: pick(locale, { 'zh-CN': '查看我的一天', en: 'Open my day' }), path: '/my-day' },
    });
    return { subject, ...body, link: '/my-day' };
  },
});
