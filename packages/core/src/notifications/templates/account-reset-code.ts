import { accountCodeTemplate } from './account-code.ts';

/** A password reset code issued by an organiser. */
export const accountResetCode = accountCodeTemplate({
  kind: 'account.reset-code',
  label: { 'zh-CN': '密码重置码', en: 'Password reset code' },
  subject: { 'zh-CN': '重置您的密码', en: 'Reset your password' },
  paragraphs: (hours) => [
    {
      'zh-CN': `已为您的账号生成密码重置码，${hours} 小时内有效：`,
      en: `A password reset code was issued for your account. It is valid for ${hours} hours:`,
    },
    {
      'zh-CN': '如果您没有申请重置密码，请联系管理员。',
      en: 'If you did not ask for a reset, please contact the administrator.',
    },
  ],
  action: { label: { 'zh-CN': '设置新密码', en: 'Set a new password' }, path: '/reset' },
});
