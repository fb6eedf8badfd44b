import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError, type ApiFieldError } from '../api/errors';
import { FIELD_VARIANTS } from '../i18n/problem-codes';
import { dictionaries, translator, type Lang } from '../i18n/translate';
import { fieldErrorsOf, fieldText, problemText } from './problem-text';

/** The codes as the API's OpenAPI document lists them: what the server may send, not a copy kept here. */
const document = JSON.parse(readFileSync(new URL('../api/openapi.json', import.meta.url), 'utf8'));
const problem = document.components.schemas.Problem.properties;
const problemCodes: string[] = [...problem.code.enum, 'network_error', 'unexpected_response'];
const fieldCodes: string[] = problem.errors.items.properties.code.enum;

/** Every parameter any sentence uses, so a placeholder left in a sentence shows up as `{…}`. */
const PARAMS = {
  ...{ minimum: 3, maximum: 14, origin: 'string', values: 'a, b', divisor: 5, expected: 'string' },
  ...{ from: '2030-07-01', to: '2030-08-31', latest: '2030-07-15', earliest: '2030-07-01' },
  ...{ year: 2, status: 'submitted' },
};
const LANGS: Lang[] = ['zh-CN', 'en'];
const refused = (code: string, errors: ApiFieldError[] = []) =>
  new ApiError({ code, status: 400, detail: 'Server detail', errors });
const field = (code: string, params?: ApiFieldError['params']) =>
  ({ path: 'x', message: 'Server message', code, ...(params && { params }) }) as ApiFieldError;

describe('the API document', () => {
  it('lists the codes the tests below walk', () => {
    expect(problemCodes).toContain('validation_failed');
    const some = ['too_big', 'end_before_start', 'leave_too_long', 'duplicate_phone'];
    expect(fieldCodes).toEqual(expect.arrayContaining(some));
  });
});

describe.each(LANGS)('%s', (lang) => {
  const t = translator(lang);
  const dictionary: Record<string, string | undefined> = dictionaries[lang];

  it.each(problemCodes)('has a sentence for the problem code %s', (code) => {
    expect(dictionary[`code.${code}`], `code.${code}`).toBeTruthy();
    expect(problemText(refused(code), t)).not.toMatch(/[{}]|Server detail/);
  });

  it.each([...fieldCodes, ...FIELD_VARIANTS])('has a sentence for the field error code %s', (code) => {
    expect(dictionary[`field_code.${code}`], `field_code.${code}`).toBeTruthy();
    const [base, kind] = code.split('.');
    const params = kind ? { ...PARAMS, origin: kind, format: kind } : PARAMS;
    expect(fieldText(field(base!, params), t)).not.toMatch(/[{}]/);
  });
});

describe('Chinese', () => {
  const t = translator('zh-CN');

  it('says every code in Chinese, never with the English message', () => {
    for (const code of fieldCodes) {
      expect(fieldText(field(code, PARAMS), t), code).not.toContain('Server message');
    }
    for (const code of problemCodes) {
      expect(problemText(refused(code), t), code).not.toContain('Server detail');
    }
  });

  it('gives leave over two weeks, and leave ending before it starts, their own reasons', () => {
    expect(fieldText(field('leave_too_long', { maximum: 14 }), t)).toBe('一次请假最多 14 天，请分成几次申请。');
    expect(fieldText(field('end_before_start'), t)).toBe('结束日期不能早于开始日期。');
  });

  it('says a second log for a day is the reason, beside the date', () => {
    const logged = { path: 'logDate', message: 'Already logged', code: 'already_logged' } as const;
    const error = refused('already_exists', [logged]);
    expect(fieldErrorsOf(error, t)).toEqual({ logDate: '这一天已经写过日志，请直接修改那篇日志。' });
  });

  it("keeps a rule's own reason over the form's sentence for a badly formed field", () => {
    const byPath = { phone: 'field.phone' } as const;
    const taken = refused('already_registered', [{ ...field('duplicate_phone'), path: 'phone' }]);
    expect(fieldErrorsOf(taken, t, byPath)).toEqual({ phone: '该手机号已报名本场活动，不能重复报名。' });
    const malformed = refused('validation_failed', [{ ...field('invalid_format'), path: 'phone' }]);
    expect(fieldErrorsOf(malformed, t, byPath)).toEqual({ phone: t('field.phone') });
  });

  it('reads a count, a length and an amount differently, and a string of at least one as required', () => {
    expect(fieldText(field('too_big', { origin: 'string', maximum: 200 }), t)).toBe('不能超过 200 个字符。');
    expect(fieldText(field('too_big', { origin: 'array', maximum: 5 }), t)).toBe('最多 5 项。');
    expect(fieldText(field('too_small', { origin: 'number', minimum: 1 }), t)).toBe('不能小于 1。');
    expect(fieldText(field('too_small', { origin: 'string', minimum: 1 }), t)).toBe('此项为必填。');
  });

  it('falls back to an honest general sentence for a code this build does not know', () => {
    expect(fieldText(field('brand_new_rule'), t)).toBe('此项未通过校验，请检查后重新填写。');
    expect(problemText(refused('brand_new_problem'), t)).toMatch(/^操作未成功/);
  });
});

describe('English', () => {
  const t = translator('en');

  it("shows the server's own message for a code this build does not know", () => {
    expect(fieldText(field('brand_new_rule'), t)).toBe('Server message');
    expect(problemText(refused('brand_new_problem'), t)).toBe('Server detail');
  });
});
