import { defineTemplate, pick } from './define.ts';
import { layout } from './layout.ts';

export interface ReviewDigestData {
  cohortId: string;
  cohortName: string;
  decision: 'accepted' | 'waitlisted' | 'rejected';
  reason?: string;
  /** The coordinator's own students decided in this review, in the order of the request. */
  students: Array<{ name: string }>;
}

const DECISION = {
  accepted: { 'zh-CN': '录取', en: 'accepted' },
  waitlisted: { 'zh-CN': '列入候补', en: 'waitlisted' },
  rejected: { 'zh-CN': '未录取', en: 'not accepted' },
} as const;

/** One review request's decisions on a university's students, as one mail to its coordinators. */
export const coordinatorReviewDigest = defineTemplate<ReviewDigestData>({
  kind: 'coordinator.review-digest',
  essential: false,
  label: { 'zh-CN': '本校学生报名审核结果', en: "Review decisions on your university's students" },
  render(locale, data) {
    const decision = pick(locale, DECISION[data.decision]);
    const count = data.students.length;
    const subject = pick(locale, {
      'zh-CN': `${data.cohortName}：${count} 名本校学生${decision}`,
      en: `${data.cohortName}: ${count} of your students ${decision}`,
    });
    const names = data.students.map((s) => s.name).join(pick(locale, { 'zh-CN': '、', en: ', ' }));
    const body = layout({
      locale,
      heading: subject,
      paragraphs: [
        pick(locale, {
          'zh-CN': `组织方审核了“${data.cohortName}”的报名，以下 ${count} 名本校学生的结果为：${decision}。`,
          en:
            `The organisers reviewed registrations for "${data.cohortName}". ${count} of your students ` +
            `were ${decision}:`,
        }),
        names,
        ...(data.reason ? [pick(locale, { 'zh-CN': `说明：${data.reason}`, en: `Note: ${data.reason}` })] : []),
      ],
      action: {
        label: pick(locale, { 'zh-CN': '查看报名情况', en: 'View registrations' }),
        path: `/cohorts/${data.cohortId}`,
      },
    });
    return { subject, ...body, link: `/cohorts/${data.cohortId}` };
  },
});
