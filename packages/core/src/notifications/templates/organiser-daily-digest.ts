import { defineTemplate, pick, type Locale } from './define.ts';
import { layout } from './layout.ts';
import { requestKindName } from './talent-service.ts';

type Agreement = { title: string; expiresOn?: string; lastActivityOn?: string };

export interface DailyDigestData {
  date: string;
  /** From the day's partnership reminder digest. */
  partnerships: { expiring: Agreement[]; overdue: Agreement[]; inactive: Agreement[] };
  /** Yesterday's absentees per running cohort, from the attendance counters. */
  absentees: Array<{ cohortName: string; date: string; absent: number }>;
  /** Deliveries parked as failed, waiting for an organiser. */
  failedDeliveries: number;
  /**
   * The talent service: everyone's overdue contacts and requests counted, the recipient's own (as
   * commissioner) named. Absent from digests sent before it was added.
   */
  talent?: {
    contactsOverdue: number;
    requestsOverdue: number;
    own: {
      contacts: Array<{ name: string; dueOn: string }>;
      contactsCount: number;
      requests: Array<{ personName: string; kind: string; dueOn: string }>;
      requestsCount: number;
    };
  };
}

/** The talent service's lines: the recipient's own overdue people and requests by name, then everyone's counts. */
function talentLines(locale: Locale, talent: DailyDigestData['talent']): string[] {
  if (!talent || (!talent.contactsOverdue && !talent.requestsOverdue)) return [];
  const { own } = talent;
  const more = (shown: number, count: number) =>
    count > shown
      ? [
          pick(locale, {
            'zh-CN': `· 另有 ${count - shown} 项，请在平台查看`,
            en: `· and ${count - shown} more on the platform`,
          }),
        ]
      : [];
  return [
    ...(own.contactsCount
      ? [
          pick(locale, {
            'zh-CN': `您联系服务的人才中逾期未联系（${own.contactsCount}）`,
            en: `Your people overdue for a contact (${own.contactsCount})`,
          }),
          ...own.contacts.map((c) =>
            pick(locale, { 'zh-CN': `· ${c.name}（应于 ${c.dueOn} 前联系）`, en: `· ${c.name} (due by ${c.dueOn})` }),
          ),
          ...more(own.contacts.length, own.contactsCount),
        ]
      : []),
    ...(own.requestsCount
      ? [
          pick(locale, {
            'zh-CN': `您办理的诉求已超期（${own.requestsCount}）`,
            en: `Your requests past their deadline (${own.requestsCount})`,
          }),
          ...own.requests.map((r) =>
            pick(locale, {
              'zh-CN': `· ${r.personName}：${requestKindName(locale, r.kind)}（期限 ${r.dueOn}）`,
              en: `· ${r.personName}: ${requestKindName(locale, r.kind)} (due ${r.dueOn})`,
            }),
          ),
          ...more(own.requests.length, own.requestsCount),
        ]
      : []),
    pick(locale, {
      'zh-CN': `人才服务全体：逾期未联系 ${talent.contactsOverdue} 人，超期诉求 ${talent.requestsOverdue} 件。`,
      en: `Talent service, everyone: ${talent.contactsOverdue} overdue for a contact, ${talent.requestsOverdue} requests past their deadline.`,
    }),
  ];
}

/**
 * The organisers' morning mail: agreements to act on, yesterday's absentees, people and requests of
 * the talent service that are overdue, mail that did not go out.
 */
export const organiserDailyDigest = defineTemplate<DailyDigestData>({
  kind: 'organiser.daily-digest',
  essential: false,
  label: { 'zh-CN': '每日工作汇总', en: 'Daily digest' },
  render(locale, data) {
    const { expiring, overdue, inactive } = data.partnerships;
    const agreement = (a: Agreement, what: 'expiring' | 'overdue' | 'inactive') =>
      pick(locale, {
        'zh-CN':
          `· ${a.title}` +
          (what === 'inactive' ? `（最近活动 ${a.lastActivityOn ?? '无'}）` : `（到期 ${a.expiresOn ?? '—'}）`),
        en:
          `· ${a.title}` +
          (what === 'inactive' ? ` (last activity ${a.lastActivityOn ?? 'none'})` : ` (ends ${a.expiresOn ?? '—'})`),
      });
    const section = (
      title: Record<'zh-CN' | 'en', string>,
      items: Agreement[],
      what: 'expiring' | 'overdue' | 'inactive',
    ) =>
      items.length
        ? [
            pick(locale, { 'zh-CN': `${title['zh-CN']}（${items.length}）`, en: `${title.en} (${items.length})` }),
            ...items.map((a) => agreement(a, what)),
          ]
        : [];
    const paragraphs = [
      ...section({ 'zh-CN': '即将到期的合作协议', en: 'Agreements expiring soon' }, expiring, 'expiring'),
      ...section({ 'zh-CN': '已过期仍未处理的协议', en: 'Agreements past their end date' }, overdue, 'overdue'),
      ...section({ 'zh-CN': '长期无往来的协议', en: 'Agreements gone quiet' }, inactive, 'inactive'),
      ...(data.absentees.length
        ? [
            pick(locale, { 'zh-CN': '昨日缺勤', en: "Yesterday's absentees" }),
            ...data.absentees.map((a) =>
              pick(locale, {
                'zh-CN': `· ${a.cohortName}（${a.date}）：${a.absent} 人缺勤`,
                en: `· ${a.cohortName} (${a.date}): ${a.absent} absent`,
              }),
            ),
          ]
        : []),
      ...talentLines(locale, data.talent),
      ...(data.failedDeliveries
        ? [
            pick(locale, {
              'zh-CN': `发送失败的通知：${data.failedDeliveries} 条，请在“发送失败”页面查看并重试。`,
              en: `Messages that failed: ${data.failedDeliveries}. See and retry them on the failed deliveries page.`,
            }),
          ]
        : []),
    ];
    const subject = pick(locale, { 'zh-CN': `每日汇总（${data.date}）`, en: `Daily digest (${data.date})` });
    // One button: failed mail first (nobody else will notice it), then people who need attention.
    const talent = data.talent && (data.talent.contactsOverdue || data.talent.requestsOverdue);
    const action = data.failedDeliveries
      ? { label: pick(locale, { 'zh-CN': '查看发送失败的通知', en: 'Failed deliveries' }), path: '/admin/deliveries' }
      : talent
        ? {
            label: pick(locale, { 'zh-CN': '查看需要关注的人才', en: 'Who needs attention' }),
            path: '/talent-service/attention',
          }
        : undefined;
    const body = layout({ locale, heading: subject, paragraphs, ...(action ? { action } : {}) });
    return { subject, ...body, link: action?.path ?? '/partnerships' };
  },
});
