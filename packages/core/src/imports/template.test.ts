import { describe, expect, it } from 'vitest';
import { newWorkbook } from '../exports/workbook.ts';
import { COLUMNS } from './columns.ts';
import { TEMPLATE_SHEET } from './read-file.ts';
import { templateWorkbook } from './template.ts';

const DEGREE_COLUMN = COLUMNS.findIndex((c) => c.key === 'degreeLevel') + 1;

async function degreeList(levels?: Parameters<typeof templateWorkbook>[1]) {
  const workbook = await newWorkbook();
  await workbook.xlsx.load((await templateWorkbook('测试批次', levels)).body as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(TEMPLATE_SHEET)!;
  const example = workbook.getWorksheet('填写说明')!.getRow(DEGREE_COLUMN + 1);
  return {
    formula: sheet.getCell(2, DEGREE_COLUMN).dataValidation.formulae?.[0],
    note: String(sheet.getCell(1, DEGREE_COLUMN).note),
    example: example.getCell(4).value,
  };
}

describe('the template offers the cohort’s degree levels only', () => {
  it('leaves 本科 out for a master’s and PhD cohort', async () => {
    const list = await degreeList(['master', 'phd']);
    expect(list.formula).toBe('"硕士,博士"');
    expect(list.note).not.toContain('本科');
  });

  it('offers and shows 本科 alone for an undergraduate cohort', async () => {
    const list = await degreeList(['bachelor']);
    expect(list.formula).toBe('"本科"');
    expect(list.note).toContain('本批次只接受本科');
    expect(list.example).toBe('本科');
  });

  it('offers every level when the cohort is not known', async () => {
    expect((await degreeList()).formula).toBe('"硕士,博士,本科"');
  });
});
