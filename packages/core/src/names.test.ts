import { describe, expect, it } from 'vitest';
import { cleanName, nameSchema } from './names.ts';

describe('cleanName', () => {
  it('removes bidirectional controls and zero-width characters', () => {
    expect(cleanName('王\u202E小明')).toBe('王小明');
    expect(cleanName('\u2066Li\u2069 \u200FLei\u200E')).toBe('Li Lei');
    expect(cleanName('清\u200B华\u200C大\u200D学\u2060\uFEFF')).toBe('清华大学');
    expect(cleanName('\u061C阿克苏')).toBe('阿克苏');
  });

  it('composes, collapses whitespace and control characters, and trims', () => {
    expect(cleanName('  Jose\u0301   Li\t\r\nMing ')).toBe('José Li Ming');
    expect(cleanName('a\u0000b')).toBe('a b');
  });

  it('leaves an ordinary name as it is', () => {
    expect(cleanName('阿卜杜拉·买买提')).toBe('阿卜杜拉·买买提');
  });
});

describe('nameSchema', () => {
  it('refuses a name that is nothing but invisible characters', () => {
    expect(nameSchema(1, 60).safeParse('\u200B\u202E ').success).toBe(false);
  });

  it('measures the length after cleaning', () => {
    expect(nameSchema(1, 3).parse('\u200B王小明\u200B')).toBe('王小明');
  });
});
