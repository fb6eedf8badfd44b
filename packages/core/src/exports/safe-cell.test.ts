import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeCell } from './safe-cell.ts';
import { addSheet, newWorkbook, toFile } from './workbook.ts';

describe('safeCell', () => {
  it('keeps text that starts like a formula as text', () => {
    for (const text of ['=1+1', '+86 138', '-2', '@SUM(A1)', '\tx', '\rx']) expect(safeCell(text)).toBe(`'${text}`);
  });

  it('leaves other text, numbers and empty values alone', () => {
    expect(safeCell('张三')).toBe('张三');
    expect(safeCell('a=b')).toBe('a=b');
    expect(safeCell('')).toBe('');
    expect(safeCell(-12.5)).toBe(-12.5);
    expect(safeCell(null)).toBe(null);
  });
});

describe('toFile', () => {
  it('writes no text cell that starts like a formula, in any sheet, and keeps numbers numbers', async () => {
    const workbook = await newWorkbook();
    const sheet = addSheet(workbook, '名单', [
      { header: '姓名', width: 10 },
      { header: '金额', width: 10 },
    ]);
    sheet.addRow(['=HYPERLINK("http://x","y")', -300]);
    sheet.addRow([{ richText: [{ text: '+1' }, { text: '=2' }] }, { formula: 'SUM(B2:B2)' }]);
    sheet.addRow([{ text: '@link', hyperlink: 'https://example.com' }, 0]);
    workbook.addWorksheet('说明').addRow(['-note']);
    const file = await toFile(workbook, '名单', 'list');

    const read = await newWorkbook();
    await read.xlsx.load(file.body as unknown as ArrayBuffer);
    const [list, notes] = [read.getWorksheet('名单')!, read.getWorksheet('说明')!];
    expect(list.getCell('A2').value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(list.getCell('B2').value).toBe(-300);
    expect(list.getCell('A3').value).toMatchObject({ richText: [{ text: "'+1" }, { text: '=2' }] });
    expect(list.getCell('B3').value).toMatchObject({ formula: 'SUM(B2:B2)' });
    expect(list.getCell('A4').value).toMatchObject({ text: "'@link", hyperlink: 'https://example.com' });
    expect(notes.getCell('A1').value).toBe("'-note");
  });

  it('is the only way core writes a workbook, so no export can skip it', () => {
    const root = join(import.meta.dirname, '..');
    const offenders = (readdirSync(root, { recursive: true }) as string[])
      .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts') && path !== join('exports', 'workbook.ts'))
      .filter((path) =>
        /\.(xlsx|csv)\.write(Buffer|File)?\(|writeBuffer\(/.test(readFileSync(join(root, path), 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});
