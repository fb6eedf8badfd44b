import { describe, expect, it } from 'vitest';
import { maskEmail, maskNationalId, maskPersonalData, maskPhone } from './masking.ts';

describe('masking personal data', () => {
  it('keeps the first three and last four digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('masks an 18-character national id like 110***********1234', () => {
    expect(maskNationalId('110101199003071234')).toBe('110***********1234');
  });
  it('masks short values entirely rather than revealing most of them', () => {
    expect(maskPhone('12345')).toBe('*****');
    expect(maskNationalId('1234')).toBe('****');
  });
  it('masks an email to its first letter and domain', () => {
    expect(maskEmail('zhang.san@pku.edu.cn')).toBe('z***@pku.edu.cn');
  });
  it('masks phone and nationalId fields at any depth and leaves the rest', () => {
    const masked = maskPersonalData({
      name: '张老师',
      contacts: [{ name: '李四', phone: '13912345678' }],
      nested: { nationalId: '110101199003071234' },
    });
    expect(masked).toEqual({
      name: '张老师',
      contacts: [{ name: '李四', phone: '139****5678' }],
      nested: { nationalId: '110***********1234' },
    });
  });
});
