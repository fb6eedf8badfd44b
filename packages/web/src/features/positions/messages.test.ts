import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import { enPositions } from './en-positions';
import './messages';

describe('the recruitment messages, loaded with their screens', () => {
  it('are there for both languages once the screens load, counted in English by plural forms', () => {
    expect(translator('zh-CN')('jobs.count', { n: 3 })).toBe('共 3 个岗位');
    expect(translator('en')('jobs.count', { n: 1 })).toBe('1 position');
    expect(translator('en')('jobs.headcount_value', { n: 2 })).toBe('2 openings');
    // "{n} openings" straight after a placeholder reads "1 openings": a count must be a plural form.
    const bare = Object.entries(enPositions).filter(([, text]) =>
      /\{n\} [A-Za-z]+s\b/.test(text.replace(/\{n, plural,.*\}\}/, '')),
    );
    expect(bare).toEqual([]);
  });
});
