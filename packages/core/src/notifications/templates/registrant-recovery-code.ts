import { defineTemplate, pick } from './define.ts';
import { registrantMessage, type RegistrantMailData } from './registrant-shared.ts';

/** The one-time code that reopens "my registration" on a new device. */
export const registrantRecoveryCode = defineTemplate<RegistrantMailData>({
  kind: 'registrant.recovery-code',
  addressOnly: true,
  essential: true,
  label: { 'zh-CN': '报名找回验证码', en: 'Registration recovery code' },
  render: (locale, d) =>
    registrantMessage(
      locale,
      d,
      pick(locale, { 'zh-CN': `找回报名验证码：${d.code}`, en: `Your code to open your registration: ${d.code}` }),
      [
        pick(locale, {
          'zh-CN': `请在 ${d.validMinutes ?? 15} 分钟内输入以下验证码，查看您的报名。如非本人操作，请忽略此邮件。`,
          en:
            `Enter this code within ${d.validMinutes ?? 15} minutes to open your registration. If you did not ask ` +
            `for it, ignore this mail.`,
        }),
      ],
      d.code,
    ),
});
