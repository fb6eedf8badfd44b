import { describe, expect, it } from 'vitest';
import type { RegistrantMailData } from '../../events/registrant-mail.ts';
import { TEMPLATES } from './index.ts';

const KINDS = [
  'registrant.confirmed',
  'registrant.waitlisted',
  'registrant.promoted',
  'registrant.reminder',
  'registrant.recovery-code',
];
const data: RegistrantMailData = {
  name: '王芳',
  eventTitle: '才聚阿克苏宣讲会',
  venue: '学生活动中心',
  startsAt: '2030-03-11T14:00:00+08:00',
  universityName: '北京大学',
  myPath: '/e/evt_1/my#t=abcdefghijklmnopqrstuvwx',
  checkInToken: 'abcdefghijklmnopqrstuvwx',
};

describe('registrant templates', () => {
  it(
    'exist for every registrant kind, in Chinese and English, with ' +
      'the event in Beijing time and the link to my registration',
    async () => {
      for (const kind of KINDS) {
        const template = TEMPLATES[kind]!;
        expect(template, kind).toBeDefined();
        const zh = await template.render('zh-CN', { ...data, code: '123456' });
        const en = await template.render('en', { ...data, code: '123456' });
        expect(zh.subject).toMatch(/\p{Script=Han}/u);
        // The event's own title stays as it was written; the words around it change language.
        expect(en.subject).toMatch(/^[A-Za-z][A-Za-z ]+/);
        expect(en.subject).not.toBe(zh.subject);
        for (const message of [zh, en]) {
          expect(message.text).toContain('2030-03-11 14:00');
          expect(message.text).toContain('/e/evt_1/my#t=abcdefghijklmnopqrstuvwx');
        }
      }
    },
  );

  it('carries the QR as an inline PNG the html shows, only when there is a check-in token', async () => {
    const withQr = await TEMPLATES['registrant.confirmed']!.render('zh-CN', data);
    const image = withQr.attachments?.find((a) => a.contentType === 'image/png');
    expect(image?.cid).toBeTruthy();
    expect(withQr.html).toContain(`cid:${image!.cid}`);
    const { checkInToken: _t, ...noToken } = data;
    const waitlisted = await TEMPLATES['registrant.waitlisted']!.render('zh-CN', { ...noToken, myPath: '/e/evt_1/my' });
    expect(waitlisted.attachments ?? []).toHaveLength(0);
    expect(waitlisted.html).not.toContain('cid:');
  });

  it(
    'puts the recovery code in the mail and keeps the code and the ' +
      'confirmation essential while the reminder may be turned off',
    async () => {
      const message = await TEMPLATES['registrant.recovery-code']!.render('en', {
        ...data,
        code: '654321',
        validMinutes: 15,
      });
      expect(message.text).toContain('654321');
      expect(message.text).toContain('15 minutes');
      expect(TEMPLATES['registrant.recovery-code']!.essential).toBe(true);
      expect(TEMPLATES['registrant.confirmed']!.essential).toBe(true);
      expect(TEMPLATES['registrant.reminder']!.essential).toBe(false);
    },
  );
});
