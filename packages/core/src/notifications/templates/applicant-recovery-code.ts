import type { ApplicantMailData } from '../../applications/applicant-mail.ts';
import { defineTemplate, pick } from './define.ts';
import { layout } from './layout.ts';

/** The one-time code that reopens "my application" to a position on a new device. */
export const applicantRecoveryCode = defineTemplate<ApplicantMailData>({
  kind: 'applicant.recovery-code',
  addressOnly: true,
  essential: true,
  label: { 'zh-CN': '岗位申请找回验证码', en: 'Application recovery code' },
  render: (locale, d) => {
    const subject = pick(locale, {
      'zh-CN': `查看岗位申请验证码：${d.code}`,
      en: `Your code to open your application: ${d.code}`,
    });
    return {
      subject,
      ...layout({
        locale,
        name: d.name,
        heading: subject,
        paragraphs: [
          pick(locale, {
            'zh-CN': `请在 ${d.validMinutes} 分钟内输入以下验证码，查看或撤回您的岗位申请。如非本人操作，请忽略此邮件。`,
            en:
              `Enter this code within ${d.validMinutes} minutes to see or withdraw your application. If you did not ` +
              `ask for it, ignore this mail.`,
          }),
          pick(locale, {
            'zh-CN': `岗位：${d.positionTitle}（${d.unitName}）。`,
            en: `Position: ${d.positionTitle} (${d.unitName}).`,
          }),
        ],
        code: d.code,
        action: { label: pick(locale, { 'zh-CN': '查看我的申请', en: 'View my application' }), path: d.myPath },
      }),
    };
  },
});
