import { describe, expect, it } from 'vitest';
import { renderMessage } from '../render.ts';
import { TEMPLATES } from './index.ts';
import { REMINDER_TEMPLATES } from './reminders.ts';

const SAMPLES: Record<string, { data: object; zh: string[]; en: string[]; link: string }> = {
  'intern.check-in-reminder': {
    data: { date: '2030-08-05', closesAt: '10:30', timeZone: 'Asia/Shanghai' },
    zh: ['签到提醒：今天的签到将于 10:30 截止', '2030-08-05 的签到', '记为缺勤'],
    en: [
      "Check-in reminder: today's check-in closes at 10:30",
      'Check-in for 2030-08-05 closes at 10:30 (Asia/Shanghai)',
    ],
    link: '/my-day',
  },
  'mentor.weekly-digest': {
    data: {
      week: '2030-08-12',
      weeks: [
        { internName: '王小明', weekStart: '2030-08-05', logCount: 5 },
        { internName: '李华', weekStart: '2030-08-05', logCount: 1 },
      ],
    },
    zh: ['本周汇总：2 周实践日志待审阅', '王小明：2030-08-05 当周，5 篇日志', '李华：2030-08-05 当周，1 篇日志'],
    en: [
      'This week: 2 weeks of logs to review',
      '王小明: week of 2030-08-05, 5 logs',
      '李华: week of 2030-08-05, 1 log',
    ],
    link: '/log-reviews',
  },
  'organiser.daily-digest': {
    data: {
      date: '2030-08-06',
      partnerships: {
        expiring: [{ title: '北京大学框架协议', expiresOn: '2030-09-01' }],
        overdue: [],
        inactive: [{ title: '清华合作', lastActivityOn: '2030-03-01' }],
      },
      absentees: [{ cohortName: '2030年百名硕博社会实践', date: '2030-08-05', absent: 7 }],
      failedDeliveries: 3,
      talent: {
        contactsOverdue: 4,
        requestsOverdue: 2,
        own: {
          contacts: [{ name: '王小明', dueOn: '2030-07-31' }],
          contactsCount: 1,
          requests: [{ personName: '李华', kind: 'school_transfer', dueOn: '2030-08-01' }],
          requestsCount: 3,
        },
      },
    },
    zh: [
      '每日汇总（2030-08-06）',
      '即将到期的合作协议（1）',
      '北京大学框架协议（到期 2030-09-01）',
      '长期无往来的协议（1）',
      '2030年百名硕博社会实践（2030-08-05）：7 人缺勤',
      '您联系服务的人才中逾期未联系（1）',
      '王小明（应于 2030-07-31 前联系）',
      '您办理的诉求已超期（3）',
      '李华：子女转学（期限 2030-08-01）',
      '另有 2 项，请在平台查看',
      '人才服务全体：逾期未联系 4 人，超期诉求 2 件。',
      '发送失败的通知：3 条',
    ],
    en: [
      'Daily digest (2030-08-06)',
      'Agreements expiring soon (1)',
      '北京大学框架协议 (ends 2030-09-01)',
      'Agreements gone quiet (1)',
      '2030年百名硕博社会实践 (2030-08-05): 7 absent',
      'Your people overdue for a contact (1)',
      '王小明 (due by 2030-07-31)',
      'Your requests past their deadline (3)',
      "李华: a child's school transfer (due 2030-08-01)",
      'and 2 more on the platform',
      'Talent service, everyone: 4 overdue for a contact, 2 requests past their deadline.',
      'Messages that failed: 3',
    ],
    link: '/admin/deliveries',
  },
};

describe('reminder and digest templates', () => {
  it('are registered, one per kind, none essential (each can be turned off)', () => {
    expect(Object.keys(REMINDER_TEMPLATES).sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const kind of Object.keys(SAMPLES)) {
      expect(TEMPLATES[kind]).toBe(REMINDER_TEMPLATES[kind]);
      expect(TEMPLATES[kind]!.essential).toBe(false);
    }
  });

  for (const [kind, sample] of Object.entries(SAMPLES)) {
    // The subject is the mail's subject line; the html and text bodies carry the rest.
    it(`${kind}: Chinese and English in text and html, with the page to open`, async () => {
      const zh = await renderMessage(kind, 'zh-CN', sample.data);
      const en = await renderMessage(kind, 'en', sample.data);
      for (const expected of sample.zh) {
        expect(`${zh.subject}\n${zh.text}`).toContain(expected);
        expect(`${zh.subject}\n${zh.html}`).toContain(expected);
      }
      for (const expected of sample.en) {
        expect(`${en.subject}\n${en.text}`).toContain(expected);
        expect(`${en.subject}\n${en.html.replace(/&#39;/g, "'")}`).toContain(expected);
      }
      expect(zh.link).toBe(sample.link);
      expect(en.link).toBe(sample.link);
    });
  }

  it('the organisers’ digest links the failed deliveries page only when some failed', async () => {
    const data = { ...(SAMPLES['organiser.daily-digest']!.data as object), failedDeliveries: 0 };
    const quiet = await renderMessage('organiser.daily-digest', 'en', data);
    expect(quiet.text).not.toContain('/admin/deliveries');
    expect(quiet.text).not.toContain('Messages that failed');
    const loud = await renderMessage('organiser.daily-digest', 'en', SAMPLES['organiser.daily-digest']!.data);
    expect(loud.text).toContain('http://localhost:3000/admin/deliveries');
  });

  it('the organisers’ digest points at who needs attention when nothing failed, and says nothing of talent when nothing is overdue', async () => {
    const sample = SAMPLES['organiser.daily-digest']!.data as Record<string, unknown>;
    const attention = await renderMessage('organiser.daily-digest', 'zh-CN', { ...sample, failedDeliveries: 0 });
    expect(attention.link).toBe('/talent-service/attention');
    expect(attention.text).toContain('查看需要关注的人才');
    const none = {
      contactsOverdue: 0,
      requestsOverdue: 0,
      own: { contacts: [], contactsCount: 0, requests: [], requestsCount: 0 },
    };
    const quiet = await renderMessage('organiser.daily-digest', 'zh-CN', {
      ...sample,
      failedDeliveries: 0,
      talent: none,
    });
    expect(quiet.link).toBe('/partnerships');
    expect(quiet.text).not.toContain('人才服务');
    // A digest stored before the talent service had its part still renders.
    const { talent: _talent, ...older } = sample;
    expect((await renderMessage('organiser.daily-digest', 'en', older)).text).not.toContain('Talent service');
  });
});
