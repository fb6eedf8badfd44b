import type { InterviewMailData, InterviewReplyData, PanelReleasedData } from '../../applications/interview-mail.ts';
import { localDateTime } from '../../time.ts';
import { defineTemplate, pick, type Locale } from './define.ts';
import { layout } from './layout.ts';

/** The interview's facts as both the applicant and the panel read them: when (Beijing time), how long, where. */
function facts(locale: Locale, d: InterviewMailData): string[] {
  const when = localDateTime(d.startsAt, d.timeZone).slice(0, 16);
  const where = d.onlineUrl
    ? pick(locale, { 'zh-CN': `线上面试，链接：${d.onlineUrl}`, en: `Online, at ${d.onlineUrl}` })
    : pick(locale, { 'zh-CN': `地点：${d.place ?? ''}`, en: `Place: ${d.place ?? ''}` });
  return [
    pick(locale, {
      'zh-CN': `岗位：${d.positionTitle}（${d.unitName}）。`,
      en: `Position: ${d.positionTitle} (${d.unitName}).`,
    }),
    pick(locale, {
      'zh-CN': `时间：${when}（北京时间），约 ${d.durationMinutes} 分钟。`,
      en: `Time: ${when} Beijing time, about ${d.durationMinutes} minutes.`,
    }),
    where,
    pick(locale, {
      'zh-CN': `面试小组：${d.panelNames.join('、')}。`,
      en: `Panel: ${d.panelNames.join(', ')}.`,
    }),
  ];
}

/** To the applicant: the interview, or its new time, and where to confirm it or ask for another. */
export const applicantInterview = defineTemplate<InterviewMailData>({
  kind: 'applicant.interview',
  addressOnly: true,
  essential: true,
  label: { 'zh-CN': '岗位面试通知', en: 'Interview invitation' },
  render: (locale, d) => {
    const subject = d.rescheduled
      ? pick(locale, {
          'zh-CN': `面试时间已调整：${d.positionTitle}`,
          en: `Your interview was rescheduled: ${d.positionTitle}`,
        })
      : pick(locale, { 'zh-CN': `面试邀请：${d.positionTitle}`, en: `Interview invitation: ${d.positionTitle}` });
    return {
      subject,
      ...layout({
        locale,
        name: d.name,
        heading: subject,
        paragraphs: [
          ...facts(locale, d),
          pick(locale, {
            'zh-CN': '请打开“我的申请”确认参加，或说明希望改约的时间。',
            en: 'Open your application to confirm you will come, or to ask for another time.',
          }),
        ],
        action: { label: pick(locale, { 'zh-CN': '确认或改约', en: 'Confirm or ask for another time' }), path: d.path },
      }),
    };
  },
});

/** To each member of the panel: the interview they sit on, with the applicant's name. */
export const panelInterview = defineTemplate<InterviewMailData>({
  kind: 'panel.interview',
  essential: true,
  label: { 'zh-CN': '面试小组通知', en: 'Interview panel' },
  render: (locale, d) => {
    const subject = d.rescheduled
      ? pick(locale, {
          'zh-CN': `面试时间已调整：${d.applicantName}，${d.positionTitle}`,
          en: `Interview rescheduled: ${d.applicantName}, ${d.positionTitle}`,
        })
      : pick(locale, {
          'zh-CN': `请参加面试：${d.applicantName}，${d.positionTitle}`,
          en: `You are on an interview panel: ${d.applicantName}, ${d.positionTitle}`,
        });
    return {
      subject,
      ...layout({
        locale,
        name: d.name,
        heading: subject,
        paragraphs: [
          pick(locale, { 'zh-CN': `应聘者：${d.applicantName}。`, en: `Applicant: ${d.applicantName}.` }),
          ...facts(locale, d),
        ],
        action: { label: pick(locale, { 'zh-CN': '查看申请', en: 'View the application' }), path: d.path },
      }),
      link: d.path,
    };
  },
});

/** To someone a reschedule took off the panel: they need not come. */
export const panelReleased = defineTemplate<PanelReleasedData>({
  kind: 'panel.interview-released',
  essential: true,
  label: { 'zh-CN': '面试小组调整通知', en: 'Taken off an interview panel' },
  render: (locale, d) => {
    const subject = pick(locale, {
      'zh-CN': `您无需参加面试：${d.applicantName}，${d.positionTitle}`,
      en: `You are no longer on the interview panel: ${d.applicantName}, ${d.positionTitle}`,
    });
    return {
      subject,
      ...layout({
        locale,
        name: d.name,
        heading: subject,
        paragraphs: [
          pick(locale, {
            'zh-CN': `面试已重新安排，面试小组不再包括您。岗位：${d.positionTitle}（${d.unitName}），应聘者：${d.applicantName}。`,
            en:
              `The interview was rescheduled without you on the panel. Position: ${d.positionTitle} ` +
              `(${d.unitName}); applicant: ${d.applicantName}.`,
          }),
        ],
      }),
    };
  },
});

/** To the organiser who scheduled an interview: the applicant's answer, and the application to open. */
export const organiserInterviewReply = defineTemplate<InterviewReplyData>({
  kind: 'organiser.interview-reply',
  essential: false,
  label: { 'zh-CN': '申请人回复面试安排', en: 'Answers to interviews' },
  render: (locale, d) => {
    const subject =
      d.answer === 'confirmed'
        ? pick(locale, {
            'zh-CN': `${d.applicantName} 已确认参加面试（${d.positionTitle}）`,
            en: `${d.applicantName} confirmed the interview (${d.positionTitle})`,
          })
        : pick(locale, {
            'zh-CN': `${d.applicantName} 希望改约面试时间（${d.positionTitle}）`,
            en: `${d.applicantName} asks for another interview time (${d.positionTitle})`,
          });
    return {
      subject,
      ...layout({
        locale,
        heading: subject,
        paragraphs: d.note ? [pick(locale, { 'zh-CN': `留言：${d.note}`, en: `Note: ${d.note}` })] : [],
        action: { label: pick(locale, { 'zh-CN': '查看申请', en: 'View the application' }), path: d.path },
      }),
      link: d.path,
    };
  },
});
