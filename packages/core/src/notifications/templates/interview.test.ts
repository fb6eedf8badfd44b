import { describe, expect, it } from 'vitest';
import type { InterviewMailData } from '../../applications/interview-mail.ts';
import { renderMessage } from '../render.ts';

const data: InterviewMailData = {
  name: '张伟',
  applicantName: '张伟',
  positionTitle: '工艺工程师',
  unitName: '阿克苏纺织工业城',
  // 14:00 in Beijing, stored as the UTC instant.
  startsAt: '2030-03-12T06:00:00.000Z',
  timeZone: 'Asia/Shanghai',
  durationMinutes: 45,
  place: '管委会二楼会议室',
  panelNames: ['王主任', 'Li Ming'],
  rescheduled: false,
  path: '/positions/pos_1/my',
};

describe('interview mails', () => {
  it('tell the applicant the time in Beijing time, the place, the panel by name and where to answer', async () => {
    const zh = await renderMessage('applicant.interview', 'zh-CN', data);
    expect(zh.subject).toBe('面试邀请：工艺工程师');
    expect(zh.text).toContain('2030-03-12 14:00（北京时间），约 45 分钟');
    expect(zh.text).toContain('地点：管委会二楼会议室');
    expect(zh.text).toContain('王主任、Li Ming');
    expect(zh.text).toContain('http://localhost:3000/positions/pos_1/my');
    const en = await renderMessage('applicant.interview', 'en', { ...data, rescheduled: true });
    expect(en.subject).toBe('Your interview was rescheduled: 工艺工程师');
    expect(en.text).toContain('2030-03-12 14:00 Beijing time, about 45 minutes');
  });

  it('give the panel the applicant and the online link', async () => {
    const { place: _, ...online } = data;
    const zh = await renderMessage('panel.interview', 'zh-CN', {
      ...online,
      name: '王主任',
      onlineUrl: 'https://meeting.example.com/j/1',
      path: '/recruitment/positions/pos_1/applications/app_1',
    });
    expect(zh.subject).toBe('请参加面试：张伟，工艺工程师');
    expect(zh.text).toContain('线上面试，链接：https://meeting.example.com/j/1');
    expect(zh.text).toContain('/recruitment/positions/pos_1/applications/app_1');
  });

  it('tell someone taken off the panel that they need not come', async () => {
    const released = { name: 'Li Ming', applicantName: '张伟', positionTitle: '工艺工程师', unitName: '纺织城' };
    const zh = await renderMessage('panel.interview-released', 'zh-CN', released);
    expect(zh.subject).toBe('您无需参加面试：张伟，工艺工程师');
    const en = await renderMessage('panel.interview-released', 'en', released);
    expect(en.subject).toBe('You are no longer on the interview panel: 张伟, 工艺工程师');
  });

  it('tell the organiser how the applicant answered, with the note and the application to open', async () => {
    const asked = {
      applicantName: '张伟',
      positionTitle: '工艺工程师',
      answer: 'another_time' as const,
      note: '13日下午方便',
      path: '/recruitment/positions/pos_1/applications/app_1',
    };
    const zh = await renderMessage('organiser.interview-reply', 'zh-CN', asked);
    expect(zh.subject).toBe('张伟 希望改约面试时间（工艺工程师）');
    expect(zh.text).toContain('留言：13日下午方便');
    expect(zh.link).toBe('/recruitment/positions/pos_1/applications/app_1');
    const en = await renderMessage('organiser.interview-reply', 'en', { ...asked, answer: 'confirmed' as const });
    expect(en.subject).toBe('张伟 confirmed the interview (工艺工程师)');
  });
});
