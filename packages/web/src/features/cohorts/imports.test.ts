import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { translator } from '../../i18n/translate';
import { uploadProblem } from './imports';

const missing = new ApiError({
  code: 'validation_failed',
  status: 400,
  detail: 'The file cannot be read',
  errors: [{ path: 'content', code: 'missing_columns', message: 'Missing columns: 姓名, 学校' }],
});

describe('a refused upload names the missing columns as a list of the reader language', () => {
  it('joins them with 、 in Chinese and a comma in English', () => {
    expect(uploadProblem(missing, translator('zh-CN'), 'zh-CN')).toContain('姓名、学校');
    expect(uploadProblem(missing, translator('en'), 'en')).toContain('姓名, 学校');
  });
});
