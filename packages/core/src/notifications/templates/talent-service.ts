import { defineTemplate, pick, type Locale } from './define.ts';
import { layout } from './layout.ts';

export interface RequestUpdatedData {
  kind: string;
  status: 'received' | 'in_progress' | 'resolved' | 'unresolvable';
  dueOn: string;
  note?: string;
  reason?: string;
}

const KIND_NAMES: Record<string, Record<Locale, string>> = {
  school_transfer: { 'zh-CN': '子女转学', en: "a child's school transfer" },
  household_registration: { 'zh-CN': '落户', en: 'household registration' },
  housing: { 'zh-CN': '住房', en: 'housing' },
  medical_care: { 'zh-CN': '就医', en: 'medical care' },
  spouse_employment: { 'zh-CN': '配偶就业', en: 'spouse employment' },
  title_review: { 'zh-CN': '职称评审', en: 'professional title review' },
  other: { 'zh-CN': '其他', en: 'other matters' },
};

const STATUS_LINES: Record<RequestUpdatedData['status'], Record<Locale, (due: string) => string>> = {
  received: {
    'zh-CN': (due) => `已收到，服务专员将在 ${due} 前办结。`,
    en: (due) => `It has been received; your service commissioner will settle it by ${due}.`,
  },
  in_progress: { 'zh-CN': () => '正在办理中。', en: () => 'It is being handled.' },
  resolved: {
    'zh-CN': () => '已办结。欢迎您对办理情况评分。',
    en: () => 'It has been resolved. Please rate how it was handled.',
  },
  unresolvable: {
    'zh-CN': () => '暂时无法解决。欢迎您对办理情况评分。',
    en: () => 'It cannot be resolved for now. Please rate how it was handled.',
  },
};

/** A request's kind as a mail names it; a kind added since reads as "other". */
export const requestKindName = (locale: Locale, kind: string) => pick(locale, KIND_NAMES[kind] ?? KIND_NAMES.other!);

/** Each step of a request (诉求) the person filed: received, in progress, a note, resolved or not. */
export const personRequestUpdated = defineTemplate<RequestUpdatedData>({
  kind: 'person.request-updated',
  essential: false,
  label: { 'zh-CN': '诉求办理进展', en: 'Progress of my requests' },
  render(locale, data) {
    const what = requestKindName(locale, data.kind);
    const subject = pick(locale, { 'zh-CN': `您的${what}诉求有新进展`, en: `News on your request about ${what}` });
    const body = layout({
      locale,
      heading: subject,
      paragraphs: [
        pick(locale, STATUS_LINES[data.status])(data.dueOn),
        ...(data.reason ? [pick(locale, { 'zh-CN': `原因：${data.reason}`, en: `Reason: ${data.reason}` })] : []),
        ...(data.note ? [pick(locale, { 'zh-CN': `办理说明：${data.note}`, en: `Note: ${data.note}` })] : []),
      ],
      action: { label: pick(locale, { 'zh-CN': '查看我的诉求', en: 'Open my requests' }), path: '/my-requests' },
    });
    return { subject, ...body, link: '/my-requests' };
  },
});

/** A new request for the person's commissioner, with its deadline. */
export const commissionerRequestFiled = defineTemplate<RequestUpdatedData>({
  kind: 'commissioner.request-filed',
  essential: false,
  label: { 'zh-CN': '新的人才诉求', en: 'New requests from talent' },
  render(locale, data) {
    const what = requestKindName(locale, data.kind);
    const subject = pick(locale, { 'zh-CN': `新的${what}诉求`, en: `A new request about ${what}` });
    const body = layout({
      locale,
      heading: subject,
      paragraphs: [
        pick(locale, {
          'zh-CN': `您服务的一位人才提出了${what}诉求，请在 ${data.dueOn} 前办结。`,
          en: `Someone you look after has asked for help with ${what}; please settle it by ${data.dueOn}.`,
        }),
      ],
      action: {
        label: pick(locale, { 'zh-CN': '查看诉求', en: 'Open the requests' }),
        path: '/talent-service/requests',
      },
    });
    return { subject, ...body, link: '/talent-service/requests' };
  },
});

export const TALENT_SERVICE_TEMPLATES = {
  [personRequestUpdated.kind]: personRequestUpdated,
  [commissionerRequestFiled.kind]: commissionerRequestFiled,
};
