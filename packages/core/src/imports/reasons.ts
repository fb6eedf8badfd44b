import { COLUMNS, fieldOf } from './columns.ts';

/** Each registration field by the header of the column that fills it. */
const HEADER_OF: Record<string, string> = Object.fromEntries(COLUMNS.map((c) => [fieldOf(c.key), c.header]));

/** The registration write path's refusal, said so the coordinator knows what to do next. */
export function reasonFor(
  code: string,
  errors: { path: string; message: string }[] = [],
): { reason: string; message: string } {
  switch (code) {
    case 'duplicate_person':
      return {
        reason: 'duplicate_person',
        message: '此身份证号已在本批次报名（可能已由之前的导入、表单或其他学校提交），无需重复导入',
      };
    case 'quota_exceeded':
      return { reason: 'quota_exceeded', message: '本校在本批次的名额已用完，此行未报名；名额调整后可重新上传本文件' };
    case 'not_eligible':
      return errors.some((e) => e.path === 'universityId')
        ? { reason: 'not_eligible', message: '本校未参加本批次，不能报名' }
        : { reason: 'not_eligible', message: '学历层次不符合本批次的报名要求' };
    case 'conflict':
      return {
        reason: 'rejected',
        message: '同时提交的报名过多，此行暂未报名；请稍后重新上传本文件（已报名的行不会重复）',
      };
    case 'registration_closed':
    case 'invalid_transition':
      return { reason: 'registration_closed', message: '本批次当前不接受报名' };
    default: {
      const fields = [...new Set(errors.map((e) => HEADER_OF[e.path] ?? e.path))];
      return {
        reason: code === 'validation_failed' ? 'invalid_value' : 'rejected',
        message: fields.length ? `请核对：${fields.join('、')}` : '未能报名，请核对此行',
      };
    }
  }
}
