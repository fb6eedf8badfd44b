import { describe, expect, it } from 'vitest';
import { RegistrationRow } from '../cohort-registrations/cohort-registrations.schema.ts';
import { normaliseRow as normaliseForm } from '../cohort-registrations/normalise.ts';
import { COLUMNS, columnFor, fieldOf, fillHint, type ColumnKey } from './columns.ts';
import { normaliseRow, summarise, type Cell } from './normalise.ts';

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
      student: expect.objectContaining({
        name: '张三',
        gender: 'male',
        degreeLevel: 'master',
        studyYear: 2,
        fromRegion: true,
      }),
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
    expect(problemsOf({ ...VALID, gender: '女' })).toEqual([
      expect.objectContaining({ column: 'gender', message: '性别与身份证号不符，请核对' }),
    ]);
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
    expect(problemsOf({ ...VALID, phone: '1380013800' })[0]).toMatchObject({
      reason: 'invalid_phone',
      message: expect.stringContaining('1380013800'),
    });
    expect(problemsOf({ ...VALID, email: 'zhangsan@' })[0]!.reason).toBe('invalid_email');
    expect(problemsOf({ ...VALID, emergencyPhone: '0997-2123456' })[0]).toMatchObject({
      column: 'emergencyPhone',
      reason: 'invalid_phone',
    });
  });

  it('refuses a degree level the cohort does not take', () => {
    const [problem] = problemsOf({ ...VALID, degreeLevel: '本科' });
    expect(problem).toMatchObject({ reason: 'not_eligible', message: '本批次只接受硕士、博士，此行为本科' });
    expect(problemsOf({ ...VALID, degreeLevel: '大专' })[0]!.reason).toBe('invalid_value');
  });

  it('reads 是/否 and its common spellings', () => {
    for (const yes of ['是', 'Y', '√', 'TRUE'])
      expect(normaliseRow({ ...VALID, fromRegion: yes }, ELIGIBLE).ok).toBe(true);
    expect(problemsOf({ ...VALID, fromRegion: '也许' })[0]!.message).toBe('是否阿克苏籍请填“是”或“否”');
  });
});

describe('the same rules as the form', () => {
  /** The form's path: the body through the shared normaliser, then the form's schema. */
  const formIssues = (body: Record<string, unknown>) =>
    RegistrationRow.safeParse(normaliseForm(body)).error?.issues ?? [];
  const FORM_BODY = {
    name: '张三',
    nationalId: '110101200001011232',
    phone: '13800138000',
    email: 'zhangsan@example.com',
    degreeLevel: 'master',
    major: '计算机科学与技术',
    discipline: '工学',
    studyYear: 2,
    supervisor: '李老师',
    hometown: '新疆阿克苏',
    fromRegion: true,
    emergencyContact: { name: '张父', phone: '13900139000' },
    consent: true,
  };
  const withField = (path: string, value: string) => {
    const [field, nested] = path.split('.') as [string, string | undefined];
    if (!nested) return { ...FORM_BODY, [field]: value };
    return { ...FORM_BODY, emergencyContact: { ...FORM_BODY.emergencyContact, [nested]: value } };
  };

  it('takes a 100-character major and 300 characters of dietary notes, as the form does', () => {
    const long = { major: '软'.repeat(100), dietaryNotes: '清'.repeat(300) };
    expect(formIssues({ ...FORM_BODY, ...long })).toEqual([]);
    const result = normaliseRow({ ...VALID, ...long }, ELIGIBLE);
    expect(result.ok && result.student).toMatchObject(long);
  });

  const CAPS: [ColumnKey, number][] = [
    ['name', 60],
    ['major', 120],
    ['discipline', 120],
    ['supervisor', 60],
    ['hometown', 120],
    ['hometownCounty', 60],
    ['dietaryNotes', 500],
    ['healthNotes', 500],
    ['emergencyName', 60],
    ['emergencyRelation', 30],
  ];
  it.each(CAPS)('refuses a %s over %i characters by the form’s own cap', (column, cap) => {
    const value = '字'.repeat(cap + 1);
    expect(formIssues(withField(fieldOf(column), '字'.repeat(cap)))).toEqual([]);
    expect(formIssues(withField(fieldOf(column), value))).toEqual([
      expect.objectContaining({ code: 'too_big', maximum: cap, path: fieldOf(column).split('.') }),
    ]);
    const header = COLUMNS.find((c) => c.key === column)!.header;
    expect(problemsOf({ ...VALID, [column]: value })).toEqual([
      { column, reason: 'invalid_value', message: `${header}过长（最多 ${cap} 个字）` },
    ]);
    expect(normaliseRow({ ...VALID, [column]: '字'.repeat(cap) }, ELIGIBLE).ok).toBe(true);
  });

  it('requires exactly the fields the form requires', () => {
    const required = (column: ColumnKey) => {
      const problems = normaliseRow({ ...VALID, [column]: '' }, ELIGIBLE);
      return !problems.ok && problems.problems.some((p) => p.column === column && p.reason === 'missing_field');
    };
    // The national ID is required by its own rule (an empty one is no valid ID), not by the schema.
    for (const column of COLUMNS.filter((c) => c.key !== 'nationalId')) {
      const field = fieldOf(column.key);
      const inForm = formIssues(withField(field, '')).some((i) => i.path.join('.') === field);
      expect([column.key, required(column.key), column.required]).toEqual([column.key, inForm, inForm]);
    }
  });
});

describe('the template', () => {
  it('tells the longest text each free-text column takes, from the field’s rule', () => {
    const hints = Object.fromEntries(COLUMNS.map((c) => [c.key, fillHint(c)]));
    expect(hints).toMatchObject({
      name: '与身份证一致（最多 60 个字）',
      major: '如：计算机科学与技术（最多 120 个字）',
      dietaryNotes: '如：清真、素食（最多 500 个字）',
      emergencyRelation: '如：父亲、母亲、配偶（最多 30 个字）',
      phone: '11 位大陆手机号',
      email: '常用邮箱',
    });
  });
});
