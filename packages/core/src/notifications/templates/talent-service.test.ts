import { describe, expect, it } from 'vitest';
import { renderMessage } from '../render.ts';
import { TEMPLATES } from './index.ts';

describe('talent service templates', () => {
  it('tell the person of each step of a request, in both languages', async () => {
    const data = { kind: 'school_transfer', status: 'resolved', dueOn: '2026-12-18', note: '已办妥入学手续' };
    const zh = await renderMessage('person.request-updated', 'zh-CN', data);
    const en = await renderMessage('person.request-updated', 'en', data);
    expect(`${zh.subject}\n${zh.text}`).toContain('子女转学');
    expect(zh.text).toContain('已办结');
    expect(zh.text).toContain('办理说明：已办妥入学手续');
    expect(en.subject).toContain("a child's school transfer");
    expect(en.text).toContain('It has been resolved');
    const refused = await renderMessage('person.request-updated', 'en', {
      ...data,
      status: 'unresolvable',
      reason: '学位已满',
    });
    expect(refused.text).toContain('Reason: 学位已满');
    expect(zh.link).toBe('/my-requests');
  });

  it('tell the commissioner of a new request with its deadline', async () => {
    const data = { kind: 'household_registration', status: 'received', dueOn: '2026-12-13' };
    const zh = await renderMessage('commissioner.request-filed', 'zh-CN', data);
    const en = await renderMessage('commissioner.request-filed', 'en', data);
    expect(zh.subject).toBe('新的落户诉求');
    expect(zh.text).toContain('2026-12-13');
    expect(en.text).toContain('please settle it by 2026-12-13');
    for (const kind of ['person.request-updated', 'commissioner.request-filed']) {
      expect(TEMPLATES[kind]!.essential).toBe(false);
      expect(TEMPLATES[kind]!.label.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
