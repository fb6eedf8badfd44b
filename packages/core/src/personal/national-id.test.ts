import { describe, expect, it } from 'vitest';
import { nationalIdCheckCharacter, nationalIdGender, nationalIdProblem, normaliseNationalId } from './national-id.ts';

// Built from the algorithm rather than copied from anywhere: region 652901 (Aksu), born 1999-03-07.
const base = '65290119990307123';
const valid = base + nationalIdCheckCharacter(base);

describe('national ID numbers', () => {
  it('accepts a number whose check character adds up', () => {
    expect(nationalIdProblem(valid)).toBeUndefined();
  });

  it('knows the published example (check character X)', () => {
    expect(nationalIdCheckCharacter('11010519491231002')).toBe('X');
    expect(nationalIdProblem('11010519491231002X')).toBeUndefined();
  });

  it('catches a single mistyped digit', () => {
    const typo = valid.slice(0, 15) + ((Number(valid[15]) + 1) % 10) + valid.slice(16);
    expect(nationalIdProblem(typo)).toBe('checksum');
  });

  it('refuses impossible birth dates and future births', () => {
    const feb30 = '65290119990230123';
    expect(nationalIdProblem(feb30 + nationalIdCheckCharacter(feb30))).toBe('birth_date');
    const future = '65290130010101123';
    expect(nationalIdProblem(future + nationalIdCheckCharacter(future))).toBe('birth_date');
  });

  it('refuses the wrong length or letters', () => {
    expect(nationalIdProblem('6529011999030712')).toBe('format');
    expect(nationalIdProblem('65290119990307123A')).toBe('format');
  });

  it('normalises full-width characters, spaces and a lower-case x', () => {
    expect(normaliseNationalId(' １１０１０５ 19491231002ｘ ')).toBe('11010519491231002X');
    expect(normaliseNationalId('110105-19491231-002x')).toBe('11010519491231002X');
  });

  it('reads the gender from the sequence digit', () => {
    expect(nationalIdGender('11010519491231002X')).toBe('female');
    expect(nationalIdGender(valid)).toBe('male');
  });
});
