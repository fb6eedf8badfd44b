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
    },
    zh: [
      '每日汇总（2030-08-06）',
      '即将到期的合作协议（1）',
      '北京大学框架协议（到期 2030-09-01）',
      '长期无往来的协议（1）',
      '2030年百名硕博社会实践（2030-08-05）：7 人缺勤',
      '发送失败的通知：3 条',
    ],
    en: [
      'Daily digest (2030-08-06)',
      'Agreements expiring soon (1)',
      '北京大学框架协议 (ends 2030-09-01)',
      'Agreements gone quiet (1)',
      '2030年百名硕博社会实践 (2030-08-05): 7 absent',
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
});
