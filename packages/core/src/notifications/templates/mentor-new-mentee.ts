import { defineTemplate, pick } from './define.ts';
import { projectAndPeriod } from './people-format.ts';
import { layout } from './layout.ts';

export interface NewMenteeData {
  internName: string;
  universityName?: string;
  cohortName: string;
  projectTitle: string;
  startDate: string;
  endDate: string;
}

/** A mentor was given a new mentee (a new placement, or the mentor of a placement changed to them). */
export const mentorNewMentee = defineTemplate<NewMenteeData>({
  kind: 'mentor.new-mentee',
  essential: false,
  label: { 'zh-CN': '新的帮带学员', en: 'New mentee' },
  render(locale, data) {
    const subject = pick(locale, { 'zh-CN': `新的帮带学员：${data.internName}`, en: `New mentee: ${data.internName}` });
    const from = data.universityName
      ? pick(locale, { 'zh-CN': `（${data.universityName}）`, en: ` (${data.universityName})` })
      : '';
    const body = layout({
      locale,
      heading: subject,
      paragraphs: [
        pick(locale, {
          'zh-CN': `${data.internName}${from}将在“${data.cohortName}”中由您帮带，${projectAndPeriod(locale, data)}。`,
          en: `${data.internName}${from} is now your mentee in "${data.cohortName}", ${projectAndPeriod(locale, data)}.`,
        }),
      ],
      action: { label: pick(locale, { 'zh-CN': '查看我的学员', en: 'View my mentees' }), path: '/my-mentees' },
    });
    return { subject, ...body, link: '/my-mentees' };
  },
});
