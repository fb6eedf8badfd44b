import { describe, expect, it } from 'vitest';
import { renderMessage } from '../render.ts';
import type { Locale } from './define.ts';
import { PEOPLE_TEMPLATES } from './people.ts';
import { TEMPLATES } from './index.ts';

/** A national ID a careless template might pick up from anywhere; no sample below carries it. */
const NATIONAL_ID = '11010519491231002X';

/** Sample data per kind, and what each language must say. */
const SAMPLES: Record<string, { data: object; zh: string[]; en: string[]; link: string }> = {
  'coordinator.review-digest': {
    data: {
      cohortId: 'coh_1',
      cohortName: '2030年百名硕博社会实践',
      decision: 'accepted',
      reason: '材料齐全',
      students: [{ name: '王小明' }, { name: '李华' }],
    },
    zh: ['2 名本校学生录取', '王小明、李华', '说明：材料齐全'],
    en: ['2 of your students accepted', '王小明, 李华', 'Note: 材料齐全'],
    link: '/cohorts/coh_1',
  },
  'intern.accepted': {
    data: {
      cohortName: '2030年百名硕博社会实践',
      startsOn: '2030-08-01',
      endsOn: '2030-08-31',
      code: 'ABCD-EFGH',
      validForDays: 14,
    },
    zh: ['录取通知', 'ABCD-EFGH', '14 天内', '2030-08-01 至 2030-08-31'],
    en: ['You are accepted', 'ABCD-EFGH', 'within 14 days', 'from 2030-08-01 to 2030-08-31'],
    link: '/welcome',
  },
  'intern.placed': {
    data: {
      registrationId: 'crg_1',
      cohortName: '实践',
      hostUnitName: '阿克苏纺织厂',
      projectTitle: '工艺优化',
      mentorName: '张导师',
      startDate: '2030-08-01',
      endDate: '2030-08-31',
    },
    zh: ['岗位安排：阿克苏纺织厂', '工艺优化', '帮带导师：张导师', 'http://localhost:3000/placements/crg_1/letter'],
    en: ['Your placement: 阿克苏纺织厂', 'Your mentor: 张导师', 'http://localhost:3000/placements/crg_1/letter'],
    link: '/placements/crg_1/letter',
  },
  'intern.week-returned': {
    data: { weekStart: '2030-08-05', comment: '请补充实验数据' },
    zh: ['2030-08-05 当周', '导师意见：请补充实验数据'],
    en: ['week of 2030-08-05', 'Comment: 请补充实验数据'],
    link: '/my-logs',
  },
  'intern.leave-decided': {
    data: { from: '2030-08-10', to: '2030-08-11', status: 'rejected', comment: '项目验收' },
    zh: ['请假未批准（2030-08-10 至 2030-08-11）', '审批意见：项目验收'],
    en: ['Leave not approved (2030-08-10 to 2030-08-11)', 'Comment: 项目验收'],
    link: '/my-day',
  },
  'intern.stipend-approved': {
    data: { cohortName: '实践', totalFen: 123456 },
    zh: ['1,234.56 元'],
    en: ['CNY 1,234.56'],
    link: '/my-stipend',
  },
  'intern.stipend-paid': {
    data: { cohortName: '实践', totalFen: 200000, paidAt: '2030-09-05T02:00:00.000Z' },
    zh: ['2,000.00 元', '于 2030-09-05 发放'],
    en: ['CNY 2,000.00', 'paid on 2030-09-05'],
    link: '/my-stipend',
  },
  'mentor.new-mentee': {
    data: {
      internName: '王小明',
      universityName: '北京大学',
      cohortName: '实践',
      projectTitle: '工艺优化',
      startDate: '2030-08-01',
      endDate: '2030-08-31',
    },
    zh: ['新的帮带学员：王小明', '王小明（北京大学）'],
    en: ['New mentee: 王小明', '王小明 (北京大学) is now your mentee'],
    link: '/my-mentees',
  },
  'mentor.leave-pending': {
    data: { internName: '王小明', from: '2030-08-12', to: '2030-08-12' },
    zh: ['王小明 申请请假（2030-08-12）'],
    en: ['王小明 asks for leave (2030-08-12)'],
    link: '/mentee-attendance',
  },
};

const render = (kind: string, locale: Locale, data: object) => renderMessage(kind, locale, data);
const whole = (m: { subject: string; text: string; html: string }) => `${m.subject}\n${m.text}\n${m.html}`;

describe('coordinator, intern and mentor templates', () => {
  it('are registered, one per kind, and only acceptance (it carries the activation code) is essential', () => {
    expect(Object.keys(PEOPLE_TEMPLATES).sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const kind of Object.keys(SAMPLES)) {
      expect(TEMPLATES[kind]).toBe(PEOPLE_TEMPLATES[kind]);
      expect(TEMPLATES[kind]!.essential).toBe(kind === 'intern.accepted');
      expect(TEMPLATES[kind]!.label['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(TEMPLATES[kind]!.label.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  for (const [kind, sample] of Object.entries(SAMPLES)) {
    it(`${kind}: Chinese and English say what happened, in text and html, with the page to open`, async () => {
      const zh = await render(kind, 'zh-CN', sample.data);
      const en = await render(kind, 'en', sample.data);
      // The subject is the html's heading; the text part carries the rest.
      for (const expected of sample.zh) {
        expect(`${zh.subject}\n${zh.text}`).toContain(expected);
        expect(zh.html).toContain(expected);
      }
      for (const expected of sample.en) {
        expect(`${en.subject}\n${en.text}`).toContain(expected);
        expect(en.html).toContain(expected.replace(/"/g, '&quot;'));
      }
      expect(zh.subject).not.toBe(en.subject);
      expect(zh.html).toContain('lang="zh-CN"');
      expect(en.html).toContain('lang="en"');
      // English mails are English apart from the names and facts they quote.
      expect(en.text).toContain('Hello');
      expect(zh.text).toContain('您好');
      expect(zh.link).toBe(sample.link);
      expect(en.link).toBe(sample.link);
    });
  }

  it(
    'never carry a national ID: none of the data they are given ' +
      'holds one, and the renderer refuses a message that would',
    async () => {
      for (const [kind, sample] of Object.entries(SAMPLES)) {
        for (const locale of ['zh-CN', 'en'] as const) {
          expect(whole(await render(kind, locale, sample.data))).not.toMatch(/[0-9]{17}[0-9Xx]/);
        }
      }
      await expect(
        render('intern.week-returned', 'zh-CN', { weekStart: '2030-08-05', comment: `身份证 ${NATIONAL_ID}` }),
      ).rejects.toThrow(/national ID/);
    },
  );

  it('the acceptance shows its code in the mail but not in the in-app summary', async () => {
    const message = await render('intern.accepted', 'zh-CN', SAMPLES['intern.accepted']!.data);
    expect(message.text).toContain('ABCD-EFGH');
    expect(message.summary).toBeDefined();
    expect(message.summary).not.toContain('ABCD-EFGH');
    const withoutCode = await render('intern.accepted', 'en', {
      cohortName: '实践',
      startsOn: '2030-08-01',
      endsOn: '2030-08-31',
    });
    expect(withoutCode.text).toContain('Sign in');
    expect(withoutCode.text).not.toMatch(/activation code/);
  });
});
