import type { AccountCodeData } from './account-invitation.ts';
import { defineTemplate, pick } from './define.ts';
import { layout } from './layout.ts';

/** A password reset code issued by an organiser. */
export const accountResetCode = defineTemplate<AccountCodeData>({
  kind: 'account.reset-code',
  essential: true,
  label: { 'zh-CN': '密码重置码', en: 'Password reset code' },
  render(locale, data) {
    const subject = pick(locale, { 'zh-CN': '重置您的密码', en: 'Reset your password' });
    const body = layout({
      locale,
      ...(data.name ? { name: data.name } : {}),
      heading: subject,
      paragraphs: [
        pick(locale, {
          'zh-CN': `已为您的账号生成密码重置码，${data.validFor} 小时内有效：`,
          en: `A password reset code was issued for your account. It is valid for ${data.validFor} hours:`,
        }),
        pick(locale, {
          'zh-CN': '如果您没有申请重置密码，请联系管理员。',
          en: 'If you did not ask for a reset, please contact the administrator.',
        }),
      ],
      code: data.code,
      action: { label: pick(locale, { 'zh-CN': '设置新密码', en: 'Set a new password' }), path: '/reset' },
    });
    return { subject, ...body };
  },
});
