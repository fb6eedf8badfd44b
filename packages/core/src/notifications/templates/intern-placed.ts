import { defineTemplate, pick } from './define.ts';
import { projectAndPeriod } from './people-format.ts';
import { layout } from './layout.ts';

export interface InternPlacedData {
  registrationId: string;
  cohortName: string;
  hostUnitName: string;
  projectTitle: string;
  mentorName?: string;
  startDate: string;
  endDate: string;
  /** A move to another project rather than the first placement. */
  moved?: boolean;
}

/** Where the intern practises, with whom, and the link to the acceptance letter. */
export const internPlaced = defineTemplate<InternPlacedData>({
  kind: 'intern.placed',
  essential: false,
  label: { 'zh-CN': '岗位安排', en: 'Placement' },
  render(locale, data) {
    const letter = `/placements/${data.registrationId}/letter`;
    const subject = data.moved
      ? pick(locale, { 'zh-CN': `岗位调整：${data.hostUnitName}`, en: `Your placement changed: ${data.hostUnitName}` })
      : pick(locale, { 'zh-CN': `岗位安排：${data.hostUnitName}`, en: `Your placement: ${data.hostUnitName}` });
    const body = layout({
      locale,
      heading: subject,
      paragraphs: [
        pick(locale, {
          'zh-CN': `您在“${data.cohortName}”中的实践单位为 ${data.hostUnitName}，${projectAndPeriod(locale, data)}。`,
          en: `In "${data.cohortName}" you are placed at ${data.hostUnitName}, ${projectAndPeriod(locale, data)}.`,
        }),
        data.mentorName
          ? pick(locale, { 'zh-CN': `您的帮带导师：${data.mentorName}。`, en: `Your mentor: ${data.mentorName}.` })
          : pick(locale, { 'zh-CN': '帮带导师将另行通知。', en: 'Your mentor will be announced separately.' }),
        pick(locale, {
          'zh-CN': '录用函可在平台查看和打印。',
          en: 'Your acceptance letter is on the platform to view and print.',
        }),
      ],
      action: { label: pick(locale, { 'zh-CN': '查看录用函', en: 'View acceptance letter' }), path: letter },
    });
    return { subject, ...body, link: letter };
  },
});
