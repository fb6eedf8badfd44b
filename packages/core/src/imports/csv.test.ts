import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv } from './csv.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));

describe('decodeText', () => {
  it('drops the UTF-8 BOM Excel writes for “CSV UTF-8”', () => {
    expect(decodeText(utf8('\uFEFF姓名,手机号'))).toBe('姓名,手机号');
  });

  it('reads GBK, which Excel on a Chinese Windows writes for plain CSV', () => {
    // 姓名,手机号,身份证号,学历层次 / "张三",13800138000,110101200001011232,硕士 encoded as GBK.
    const gbk = hex(
      'd0d5c3fb2ccad6bbfabac52cc9edb7ddd6a4bac52cd1a7c0fab2e3b4ce0d0a22d5c5c8fd222c' +
        '31333830303133383030302c3131303130313230303030313031313233322ccbb6cabf0d0a',
    );
    const text = decodeText(gbk);
    expect(parseCsv(text)).toEqual([
      ['姓名', '手机号', '身份证号', '学历层次'],
      ['张三', '13800138000', '110101200001011232', '硕士'],
    ]);
  });

  it('reads UTF-16 “Unicode text” with its BOM', () => {
    const body = Buffer.from('姓名\t专业\r\n李四\t农学\r\n', 'utf16le');
    const text = decodeText(Uint8Array.from([0xff, 0xfe, ...body]));
    expect(parseCsv(text)).toEqual([
      ['姓名', '专业'],
      ['李四', '农学'],
    ]);
  });

  it('keeps plain UTF-8 as it is', () => {
    expect(decodeText(utf8('阿克苏'))).toBe('阿克苏');
  });
});

describe('parseCsv', () => {
  it('handles quoted commas, doubled quotes and line breaks inside a field', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('accepts CRLF, LF and CR line ends and a missing final line end', () => {
    expect(parseCsv('a\r\nb\nc\rd')).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('keeps empty fields and trailing empty fields', () => {
    expect(parseCsv('a,,c,\n')).toEqual([['a', '', 'c', '']]);
  });
});
