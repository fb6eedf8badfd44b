import { describe, expect, it } from 'vitest';
import { renderMessage } from '../render.ts';
import { TEMPLATES } from './index.ts';

describe('account templates', () => {
  it('the invitation carries the code and the activation link, in Chinese by default and in English', async () => {
    const zh = await renderMessage('account.invitation', 'zh-CN', { code: 'AB12-CD34', validFor: 14, name: '张三' });
    expect(zh.subject).toBe('激活您的账号');
    expect(zh.text).toContain('张三，您好');
    expect(zh.text).toContain('AB12-CD34');
    expect(zh.text).toContain('14 天');
    expect(zh.html).toContain('http://localhost:3000/activate');
    const en = await renderMessage('account.invitation', 'en', { code: 'AB12-CD34', validFor: 14, name: 'Zhang San' });
    expect(en.subject).toBe('Activate your account');
    expect(en.text).toContain('Hello Zhang San,');
    expect(en.html).toContain('AB12-CD34');
  });

  it('the reset code says how long it holds, and both kinds are essential', async () => {
    const zh = await renderMessage('account.reset-code', 'zh-CN', { code: 'ZX98-YW76', validFor: 24 });
    expect(zh.text).toMatch(/24 小时内有效/);
    const en = await renderMessage('account.reset-code', 'en', { code: 'ZX98-YW76', validFor: 24 });
    expect(en.subject).toBe('Reset your password');
    expect(en.text).toContain('valid for 24 hours');
    expect(TEMPLATES['account.invitation']!.essential).toBe(true);
    expect(TEMPLATES['account.reset-code']!.essential).toBe(true);
  });

  it('html escapes what the data holds', async () => {
    const zh = await renderMessage('account.invitation', 'zh-CN', { code: '<b>x</b>', validFor: 14, name: '<script>' });
    expect(zh.html).not.toContain('<script>');
    expect(zh.html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('every registered kind has a label in both languages', () => {
    for (const template of Object.values(TEMPLATES)) {
      expect(template.label['zh-CN'], template.kind).toBeTruthy();
      expect(template.label.en, template.kind).toBeTruthy();
    }
  });
});
