import { defineTemplate, pick } from './define.ts';
import { layout } from './layout.ts';

export interface AccountCodeData {
  code: string;
  /** Hours (reset) or days (invitation) the code stays valid. */
  validFor: number;
  /** The account holder's name, for the greeting. */
  name?: string;
}

/** The activation code of a new account: the person sets their password with it. */
export const accountInvitation = defineTemplate<AccountCodeData>({
  kind: 'account.invitation',
  essential: true,
  label: { 'zh-CN': '账号激活码', en: 'Account activation code' },
  render(locale, data) {
    const subject = pick(locale, { 'zh-CN': '激活您的账号', en: 'Activate your account' });
    const body = layout({
      locale,
      ...(data.name ? { name: data.name } : {}),
      heading: subject,
      paragraphs: [
        pick(locale, {
          'zh-CN': `您的账号已创建。请在 ${data.validFor} 天内使用以下激活码设置密码：`,
          en: `An account has been created for you. Use this activation code within ${data.validFor} days to set your password:`,
        }),
      ],
      code: data.code,
      action: { label: pick(locale, { 'zh-CN': '激活账号', en: 'Activate account' }), path: '/activate' },
    });
    return { subject, ...body };
  },
});
