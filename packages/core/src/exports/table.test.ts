import { describe, expect, it } from 'vitest';
import { addTable, PERSON_COLUMNS } from './table.ts';
import { newWorkbook } from './workbook.ts';

describe('addTable', () => {
  it('writes the headers, then one row per item with each cell from its column', async () => {
    const workbook = await newWorkbook();
    const sheet = addTable(
      workbook,
      '名单',
      [
        { header: '姓名', width: 10, value: (p: { name: string; age: number }) => p.name },
        { header: '年龄', width: 6, value: (p) => p.age * 2 },
      ],
      [
        { name: '张三', age: 20 },
        { name: '李四', age: 21 },
      ],
    );
    expect(
      sheet
        .getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1)),
    ).toEqual([
      ['姓名', '年龄'],
      ['张三', 40],
      ['李四', 42],
    ]);
    expect(sheet.getColumn(2).width).toBe(6);
  });

  it('reads a person with the degree in words and no university as an empty cell', async () => {
    const person = { name: '王五', degreeLevel: 'master' as const, major: '化学', graduationYear: 2026 };
    const sheet = addTable(await newWorkbook(), '人', PERSON_COLUMNS, [
      { ...person, phone: '13800000000', email: 'w@x.cn' },
    ]);
    // exceljs leaves a null cell empty, and reads an empty cell back as undefined.
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      '王五',
      undefined,
      '硕士',
      '化学',
      2026,
      '13800000000',
      'w@x.cn',
    ]);
  });
});
