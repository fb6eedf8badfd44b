import { defineTemplate, pick } from './define.ts';
import { layout } from './layout.ts';

export interface InternAcceptedData {
  cohortName: string;
  startsOn: string;
  endsOn: string;
  /** The activation code of the account the acceptance created; absent when the intern already had one. */
  code?: string;
  validForDays?: number;
}

/** Acceptance into a cohort, with the code that activates the intern's account. Essential: it carries the code. */
export const internAccepted = defineTemplate<InternAcceptedData>({
  kind: 'intern.accepted',
  essential: true,
  label: { 'zh-CN': '录取通知与激活码', en: 'Acceptance and activation code' },
  render(locale, data) {
    const subject = pick(locale, {
      'zh-CN': `录取通知：${data.cohortName}`,
      en: `You are accepted: ${data.cohortName}`,
    });
    const body = layout({
      locale,
      heading: subject,
      paragraphs: [
        pick(locale, {
          'zh-CN': `恭喜您被“${data.cohortName}”录取！实践时间为 ${data.startsOn} 至 ${data.endsOn}。`,
          en:
            `Congratulations, you have been accepted into "${data.cohortName}", from ${data.startsOn} ` +
            `to ${data.endsOn}.`,
        }),
        data.code
          ? pick(locale, {
              'zh-CN': `我们已为您创建账号。请在 ${data.validForDays ?? 14} 天内使用以下激活码设置密码，之后可查看岗位安排、签到和填写实践日志：`,
              en:
                `An account has been created for you. Use this activation code within ${data.validForDays ?? 14} ` +
                `days to set your password; then you can see your placement, check in and keep your activity log:`,
            })
          : pick(locale, {
              'zh-CN': '请登录平台查看后续安排。',
              en: 'Sign in to the platform to see what comes next.',
            }),
      ],
      ...(data.code ? { code: data.code } : {}),
      action: data.code
        ? { label: pick(locale, { 'zh-CN': '激活账号', en: 'Activate account' }), path: '/activate' }
        : { label: pick(locale, { 'zh-CN': '登录', en: 'Sign in' }), path: '/login' },
    });
    // The in-app item never repeats the code: it is for the mail only.
    return {
      subject,
      ...body,
      summary: pick(locale, {
        'zh-CN': `您已被“${data.cohortName}”录取`,
        en: `You are accepted into "${data.cohortName}"`,
      }),
      link: '/welcome',
    };
  },
});
