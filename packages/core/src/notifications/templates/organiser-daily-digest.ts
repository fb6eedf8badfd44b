import { defineTemplate, pick } from './define.ts';
import { layout } from './layout.ts';

type Agreement = { title: string; expiresOn?: string; lastActivityOn?: string };

export interface DailyDigestData {
  date: string;
  /** From the day's partnership reminder digest. */
  partnerships: { expiring: Agreement[]; overdue: Agreement[]; inactive: Agreement[] };
  /** Yesterday's absentees per running cohort, from the attendance counters. */
  absentees: Array<{ cohortName: string; date: string; absent: number }>;
  /** Deliveries parked as failed, waiting for an organiser. */
  failedDeliveries: number;
}

/** The organisers' morning mail: agreements to act on, yesterday's absentees, mail that did not go out. */
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
    const body = layout({
      locale,
      heading: subject,
      paragraphs,
      ...(data.failedDeliveries
        ? {
            action: {
              label: pick(locale, { 'zh-CN': '查看发送失败的通知', en: 'Failed deliveries' }),
              path: '/admin/deliveries',
            },
          }
        : {}),
    });
    return { subject, ...body, link: data.failedDeliveries ? '/admin/deliveries' : '/partnerships' };
  },
});
