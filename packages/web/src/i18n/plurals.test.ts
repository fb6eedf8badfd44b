import { describe, expect, it } from 'vitest';
import { dictionaries, PLURAL, translator } from './translate';

// The screens that load their words on demand add them as they load: load every feature's, so that every
// message is checked whichever test files ran before this one in the same worker.
import.meta.glob('../features/*/messages.ts', { eager: true });

/** Words after a placeholder that end in "s" without being a counted noun. */
const NOT_NOUNS = new Set([
  'is',
  'was',
  'has',
  'does',
  'goes',
  'gets',
  'its',
  'as',
  'this',
  'always',
  'plus',
  'across',
]);

/**
 * An English message that puts a noun in the plural straight after a placeholder ("{n} logs") reads
 * "1 logs" when the count is one: such a count must be a plural form.
 */
function countsWithoutPlural(messages: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [key, text] of Object.entries(messages)) {
    const outside = text.replace(PLURAL, '');
    for (const match of outside.matchAll(/\{(\w+)\} ([A-Za-z-]+)/g)) {
      const word = match[2]!.toLowerCase();
      if (word.endsWith('s') && !NOT_NOUNS.has(word)) found.push(`${key}: ${match[0]}`);
    }
  }
  return found;
}

describe('English counts', () => {
  it('picks the singular for one and the plural otherwise, formatted numbers included', () => {
    const t = translator('en');
    expect(t('logs.week_hours', { count: 1, hours: 1 })).toBe('1 log · 1 hour');
    expect(t('logs.week_hours', { count: 2, hours: 0 })).toBe('2 logs · 0 hours');
    expect(t('cohort.universities_count', { n: 1 })).toBe('1 university takes part');
    expect(t('universities.count', { n: '1,234' })).toBe('1,234 universities');
    // A missing count stays visible instead of becoming a wrong number.
    expect(t('universities.count')).toContain('{n, plural');
    expect(translator('zh-CN')('logs.week_hours', { count: 1, hours: 8 })).not.toMatch(/plural|\{/);
  });

  it('has a plural form wherever an English message shows a count before a noun', () => {
    expect(countsWithoutPlural(dictionaries.en)).toEqual([]);
  });

  it('keeps Chinese, which has no plural, free of English plural forms', () => {
    const zh = translator('zh-CN');
    for (const [key, text] of Object.entries(dictionaries['zh-CN'])) {
      if (PLURAL.test(text)) expect(zh(key as never, { n: 1, count: 1 }), key).not.toMatch(/plural/);
      PLURAL.lastIndex = 0;
    }
  });
});
