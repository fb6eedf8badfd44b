import { accountCodeTemplate } from './account-code.ts';

/** The activation code of a new account: the person sets their password with it. */
export const accountInvitation = accountCodeTemplate({
  kind: 'account.invitation',
  label: { 'zh-CN': '账号激活码', en: 'Account activation code' },
  subject: { 'zh-CN': '激活您的账号', en: 'Activate your account' },
  paragraphs: (days) => [
    {
      'zh-CN': `您的账号已创建。请在 ${days} 天内使用以下激活码设置密码：`,
      en: `An account has been created for you. Use this activation code within ${days} days to set your password:`,
    },
  ],
  action: { label: { 'zh-CN': '激活账号', en: 'Activate account' }, path: '/activate' },
});
