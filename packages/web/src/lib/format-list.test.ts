import { describe, expect, it } from 'vitest';
import { formatList } from './format';

describe('lists in the reader language', () => {
  it('separates with an English comma in English and 、 in Chinese, without a trailing "and"', () => {
    expect(formatList(['Master’s', 'PhD'], 'en')).toBe('Master’s, PhD');
    expect(formatList(['硕士', '博士', '博士后'], 'zh-CN')).toBe('硕士、博士、博士后');
    expect(formatList(['PhD'], 'en')).toBe('PhD');
    expect(formatList([], 'en')).toBe('');
  });
});
