import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CreateLeaveInput } from './leave/leave.schema.ts';
import { fieldErrorOf, FIELD_ERROR_CODES, rule } from './field-errors.ts';
import { z } from './schema.ts';

const issuesOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues ?? [];

describe('fieldErrorOf', () => {
  it('sends a rule’s own code and params in place of the validator’s generic `custom`', () => {
    const [issue] = issuesOf(CreateLeaveInput, { from: '2030-07-01', to: '2030-07-20', reason: 'Family' });
    expect(fieldErrorOf(issue!, 'to')).toEqual({
      path: 'to',
      message: 'At most 14 days per request',
      code: 'leave_too_long',
      params: { maximum: 14 },
    });
    const [backwards] = issuesOf(CreateLeaveInput, { from: '2030-07-02', to: '2030-07-01', reason: 'Family' });
    expect(fieldErrorOf(backwards!, 'to').code).toBe('end_before_start');
  });

  it('says what the validator wanted: the longest length, the allowed values', () => {
    const [long] = issuesOf(z.string().max(5), 'too long');
    expect(fieldErrorOf(long!, 'name')).toMatchObject({ code: 'too_big', params: { origin: 'string', maximum: 5 } });
    const [other] = issuesOf(z.enum(['a', 'b']), 'c');
    expect(fieldErrorOf(other!, 'kind')).toMatchObject({ code: 'invalid_value', params: { values: 'a, b' } });
  });

  it('calls a value left out `required`, and a value of the wrong type `invalid_type`', () => {
    const [issue] = issuesOf(z.object({ name: z.string() }), {});
    expect(fieldErrorOf(issue!, 'name', { value: undefined }).code).toBe('required');
    expect(fieldErrorOf(issue!, 'name', { value: 3 }).code).toBe('invalid_type');
  });

  it('sends a custom issue without a listed rule as `invalid`', () => {
    const [bare] = issuesOf(
      z.string().refine(() => false, { message: 'No' }),
      'x',
    );
    expect(fieldErrorOf(bare!, 'x').code).toBe('invalid');
    const [named] = issuesOf(
      z.string().refine(() => false, rule('listed_twice', 'Twice')),
      'x',
    );
    expect(fieldErrorOf(named!, 'x').code).toBe('listed_twice');
  });

  it('lists each code once', () => {
    expect(new Set(FIELD_ERROR_CODES).size).toBe(FIELD_ERROR_CODES.length);
  });
});

/** Every source file of the domain, tests aside. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the domain’s own validation rules', () => {
  it('each name their code through `rule`, so clients can say them in every language', () => {
    const unnamed: string[] = [];
    for (const file of sources(fileURLToPath(new URL('.', import.meta.url)))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/code: 'custom'|\.refine\(/g)) {
        // The rule's options follow within the call: the issue's path, or a refinement's predicate first.
        if (!text.slice(match.index, match.index + 400).includes('rule(')) unnamed.push(`${file}:${match.index}`);
      }
    }
    expect(unnamed).toEqual([]);
  });
});
