import { describe, expect, it } from 'vitest';
import { columnFor } from './columns.ts';
import { cleanName, normaliseRow, parseStudyYear, summarise, type Cell } from './normalise.ts';

const VALID: Record<string, Cell> = {
  name: '张三',
  gender: '男',
  nationalId: '110101200001011232',
  phone: '13800138000',
  email: 'zhangsan@example.com',
  degreeLevel: '硕士',
  major: '计算机科学与技术',
  discipline: '工学',
  studyYear: '2',
  supervisor: '李老师',
  hometown: '新疆阿克苏',
  fromRegion: '是',
  emergencyName: '张父',
  emergencyPhone: '13900139000',
};
const ELIGIBLE = ['master', 'phd'] as const;

const problemsOf = (cells: Record<string, Cell>) => {
  const result = normaliseRow(cells, ELIGIBLE);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};

describe('header matching', () => {
  it('tolerates full-width characters, spaces, stars and bracketed hints', () => {
    expect(columnFor(' 姓 名 ')).toBe('name');
    expect(columnFor('*身份证号码')).toBe('nationalId');
    expect(columnFor('学历层次（硕士/博士）')).toBe('degreeLevel');
    expect(columnFor('Ｅｍａｉｌ')).toBe('email');
    expect(columnFor('手机号【必填】')).toBe('phone');
    expect(columnFor('备用')).toBeUndefined();
  });
});

describe('normaliseRow', () => {
  it('turns a complete row into a student', () => {
    const result = normaliseRow(VALID, ELIGIBLE);
    expect(result).toEqual({
      ok: true,
      student: expect.objectContaining({ name: '张三', gender: 'male', degreeLevel: 'master', studyYear: 2, fromRegion: true }),
    });
  });

  it('cleans full-width characters and stray spaces', () => {
    const result = normaliseRow(
      {
        ...VALID,
        name: ' 张　三 ',
        nationalId: '１１０１０１２００００１０１１２３２',
        phone: '+86 138-0013-8000',
        email: ' ZhangSan@Example.COM ',
        degreeLevel: ' 硕士研究生 ',
        studyYear: '研二',
        fromRegion: '否',
        major: '计算机　科学',
      },
      ELIGIBLE,
    );
    expect(result.ok && result.student).toMatchObject({
      name: '张三',
      nationalId: '110101200001011232',
      phone: '13800138000',
      email: 'zhangsan@example.com',
      studyYear: 2,
      fromRegion: false,
      major: '计算机 科学',
    });
  });

  it('takes the gender from the national ID when the column is empty, and catches a mismatch', () => {
    const derived = normaliseRow({ ...VALID, gender: '' }, ELIGIBLE);
    expect(derived.ok && derived.student.gender).toBe('male');
    expect(problemsOf({ ...VALID, gender: '女' })).toEqual([expect.objectContaining({ column: 'gender', message: '性别与身份证号不符，请核对' })]);
  });

  it('names every missing required field', () => {
    const problems = problemsOf({ ...VALID, phone: '', major: ' ', supervisor: undefined as unknown as string });
    expect(problems.map((p) => p.message)).toEqual(['缺少手机号', '缺少专业', '缺少校内导师']);
    expect(summarise(problems).reason).toBe('missing_field');
  });

  it('says why a national ID is invalid', () => {
    expect(problemsOf({ ...VALID, nationalId: '110101200001011233' })[0]!.message).toContain('校验位');
    expect(problemsOf({ ...VALID, nationalId: '110101200002301234' })[0]!.message).toContain('出生日期');
    expect(problemsOf({ ...VALID, nationalId: '1101012000' })[0]!.message).toContain('18 位');
    expect(problemsOf({ ...VALID, nationalId: 110101200001011230 })[0]!.message).toContain('文本');
    expect(problemsOf({ ...VALID, nationalId: '1.10101E+17' })[0]!.reason).toBe('invalid_national_id');
  });

  it('refuses phones that are not mainland mobiles, and bad emails', () => {
    expect(problemsOf({ ...VALID, phone: '1380013800' })[0]).toMatchObject({ reason: 'invalid_phone', message: expect.stringContaining('1380013800') });
    expect(problemsOf({ ...VALID, email: 'zhangsan@' })[0]!.reason).toBe('invalid_email');
    expect(problemsOf({ ...VALID, emergencyPhone: '0997-2123456' })[0]).toMatchObject({ column: 'emergencyPhone', reason: 'invalid_phone' });
  });

  it('refuses a degree level the cohort does not take', () => {
    const [problem] = problemsOf({ ...VALID, degreeLevel: '本科' });
    expect(problem).toMatchObject({ reason: 'not_eligible', message: '本批次只接受硕士、博士，此行为本科' });
    expect(problemsOf({ ...VALID, degreeLevel: '大专' })[0]!.reason).toBe('invalid_value');
  });

  it('reads 是/否 and its common spellings', () => {
    for (const yes of ['是', 'Y', '√', 'TRUE']) expect(normaliseRow({ ...VALID, fromRegion: yes }, ELIGIBLE).ok).toBe(true);
    expect(problemsOf({ ...VALID, fromRegion: '也许' })[0]!.message).toBe('是否阿克苏籍请填“是”或“否”');
  });
});

describe('names and years', () => {
  it('keeps transliterated names with one kind of middle dot', () => {
    expect(cleanName('买买提•艾力')).toBe('买买提·艾力');
    expect(cleanName('买买提 . 艾力')).toBe('买买提·艾力');
    expect(cleanName('Ali  Ahmad')).toBe('Ali Ahmad');
  });

  it('reads years written many ways', () => {
    expect([2, '3', '博一', '二年级', '4年级', '０'].map((v) => parseStudyYear(v))).toEqual([2, 3, 1, 2, 4, undefined]);
  });
});
