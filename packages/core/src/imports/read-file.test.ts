import { describe, expect, it } from 'vitest';
import { newWorkbook } from '../exports/workbook.ts';
import { COLUMNS } from './columns.ts';
import { cellsByField, MAX_ROWS, readImportFile, TEMPLATE_SHEET } from './read-file.ts';
import { templateCsv, templateWorkbook } from './template.ts';
import { inflateZip, storedZip } from './zip-reader.ts';

const ROW = [
  '张三',
  '男',
  '110101200001011232',
  '13800138000',
  'a@example.com',
  '硕士',
  '农学',
  '农学',
  '1',
  '王老师',
  '新疆阿克苏',
  '',
  '是',
  '',
  '',
  '张父',
  '13900139000',
  '',
];

async function filledTemplate(rows: string[][]): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  await workbook.xlsx.load((await templateWorkbook()).body as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(TEMPLATE_SHEET)!;
  // Rows are typed from row 2 down, as a person fills the sheet (the prepared drop-downs make
  // addRow() append below them).
  rows.forEach((row, index) => {
    sheet.getRow(index + 2).values = row;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const problemCode = async (bytes: Uint8Array) => {
  try {
    await readImportFile(bytes);
    return 'read';
  } catch (error) {
    return (error as { extra: { errors: { code: string }[] } }).extra.errors[0]!.code;
  }
};

describe('readImportFile', () => {
  it('reads the filled template back, row numbers as Excel shows them', async () => {
    const table = await readImportFile(await filledTemplate([ROW, [], ROW.map((c, i) => (i === 0 ? '李四' : c))]));
    expect(table.format).toBe('xlsx');
    expect(table.headers).toEqual(COLUMNS.map((c) => c.header));
    expect(table.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(cellsByField(table, table.rows[1]!.cells)).toMatchObject({ name: '李四', nationalId: '110101200001011232' });
  });

  it('reads the template’s CSV and a GBK CSV with columns in another order', async () => {
    const header = new TextDecoder().decode(templateCsv().body);
    const csv = await readImportFile(new TextEncoder().encode(`${header}${ROW.join(',')}\r\n`));
    expect(csv.rows).toHaveLength(1);
    const reordered = `${[...COLUMNS.map((c) => c.header)].reverse().join(',')}\n${[...ROW].reverse().join(',')}\n`;
    const table = await readImportFile(new TextEncoder().encode(reordered));
    expect(cellsByField(table, table.rows[0]!.cells)).toMatchObject({ name: '张三', phone: '13800138000' });
  });

  it('names the missing required columns', async () => {
    const bytes = new TextEncoder().encode('姓名,手机号,邮箱\n张三,13800138000,a@example.com\n');
    await expect(readImportFile(bytes)).rejects.toMatchObject({
      extra: { missingColumns: expect.arrayContaining(['身份证号', '学历层次']) },
    });
  });

  it('refuses files it cannot read, with a reason', async () => {
    expect(await problemCode(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toBe('xls_not_supported');
    expect(await problemCode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('unreadable_file');
    expect(await problemCode(new TextEncoder().encode('hello\nworld'))).toBe('no_header_row');
    expect(await problemCode(new TextEncoder().encode(COLUMNS.map((c) => c.header).join(',')))).toBe('no_rows');
  });

  it(`refuses more than ${MAX_ROWS} rows`, async () => {
    const header = COLUMNS.map((c) => c.header).join(',');
    const body = Array.from({ length: MAX_ROWS + 1 }, () => ROW.join(',')).join('\n');
    expect(await problemCode(new TextEncoder().encode(`${header}\n${body}`))).toBe('too_many_rows');
  });
});

describe('what a workbook inflates to', () => {
  const centralEntries = (bytes: Uint8Array) => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let eocd = bytes.length - 22;
    while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
    const offsets: number[] = [];
    let offset = view.getUint32(eocd + 16, true);
    for (let i = 0; i < view.getUint16(eocd + 10, true); i++) {
      offsets.push(offset);
      offset +=
        46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return { view, offsets };
  };
  const codeOf = async (bytes: Uint8Array) =>
    readImportFile(bytes).then(
      () => 'read',
      (error: { code: string }) => error.code,
    );

  it('reads every file of a workbook and stores them again unchanged', async () => {
    const bytes = await filledTemplate([ROW]);
    const zip = inflateZip(bytes);
    expect(zip.ok).toBe(true);
    if (!zip.ok) return;
    expect(zip.entries.map((e) => e.name)).toContain('xl/workbook.xml');
    expect(inflateZip(storedZip(zip.entries))).toEqual(zip);
    const table = await readImportFile(bytes);
    expect(table.rows).toHaveLength(1);
  });

  it('refuses a workbook whose directory claims too much, before inflating', async () => {
    const bytes = await filledTemplate([ROW]);
    const { view, offsets } = centralEntries(bytes);
    view.setUint32(offsets[0]! + 24, 3_000_000_000, true);
    expect(inflateZip(bytes)).toEqual({ ok: false, problem: 'too_large' });
    expect(await codeOf(bytes)).toBe('upload_too_large');
  });

  it('counts what it inflates, whatever the directory claims, and stops at the budget', async () => {
    const bytes = await filledTemplate([ROW]);
    const zip = inflateZip(bytes);
    if (!zip.ok) throw new Error('unreadable');
    const total = zip.entries.reduce((sum, e) => sum + e.data.length, 0);
    // Every entry claims to hold nothing at all.
    const { view, offsets } = centralEntries(bytes);
    for (const offset of offsets) view.setUint32(offset + 24, 0, true);
    expect(inflateZip(bytes, total).ok).toBe(true);
    expect(inflateZip(bytes, total - 1)).toEqual({ ok: false, problem: 'too_large' });
  });

  it('calls a zip it cannot follow unreadable', async () => {
    const bytes = await filledTemplate([ROW]);
    const { view, offsets } = centralEntries(bytes);
    view.setUint32(offsets[0]! + 42, bytes.length - 10, true);
    expect(inflateZip(bytes)).toEqual({ ok: false, problem: 'unreadable' });
    expect(await problemCode(bytes)).toBe('unreadable_file');
  });
});
