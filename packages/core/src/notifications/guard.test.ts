import { describe, expect, it } from 'vitest';
import { assertNoNationalId, UnsafeMessageError } from './guard.ts';
import { renderMessage } from './render.ts';

describe('no full national ID in a message', () => {
  it('refuses an 18-character ID (check digit or X) in any part', () => {
    expect(() => assertNoNationalId({ subject: '身份证 110105194912310021' })).toThrow(UnsafeMessageError);
    expect(() => assertNoNationalId({ text: 'ID 11010519491231002X.' })).toThrow(/text/);
    expect(() => assertNoNationalId({ html: '<b>11010519491231002x</b>' })).toThrow(/html/);
  });

  it('lets masked IDs, phone numbers, codes and longer digit runs through', () => {
    expect(() =>
      assertNoNationalId({
        subject: '110***********1234',
        text: '电话 13811112222，订单 1234567890123456789012，激活码 AU85-RW7N',
        html: '<p>2026-07-01</p>',
      }),
    ).not.toThrow();
  });

  it('render refuses a template whose data would put an ID in the mail', async () => {
    await expect(
      renderMessage('intern.leave-decided', 'zh-CN', {
        from: '2026-07-01',
        to: '2026-07-02',
        status: 'rejected',
        comment: '证件号 11010519491231002X',
      }),
    ).rejects.toBeInstanceOf(UnsafeMessageError);
  });
});
