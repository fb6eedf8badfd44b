import { describe, expect, it } from 'vitest';
import { formatSize, uploadTypeOf } from './request-files';

const file = (name: string, type: string) => new File([new Uint8Array(8)], name, { type });

describe('a request file as the phone sees it before upload', () => {
  it('takes the declared type when it is one storage accepts', () => {
    expect(uploadTypeOf(file('scan.pdf', 'application/pdf'))).toBe('application/pdf');
    expect(uploadTypeOf(file('IMG_0001.JPG', 'image/jpeg'))).toBe('image/jpeg');
    expect(uploadTypeOf(file('photo.png', 'image/png'))).toBe('image/png');
  });

  it('goes by the name’s end when the phone declares no useful type, and refuses anything else', () => {
    expect(uploadTypeOf(file('户口本.PDF', 'application/octet-stream'))).toBe('application/pdf');
    expect(uploadTypeOf(file('photo.jpeg', ''))).toBe('image/jpeg');
    expect(uploadTypeOf(file('合同.zip', 'application/zip'))).toBeUndefined();
    expect(uploadTypeOf(file('report.docx', ''))).toBeUndefined();
    expect(uploadTypeOf(file('no-extension', ''))).toBeUndefined();
    expect(uploadTypeOf(file('pdf', ''))).toBeUndefined();
  });

  it('says sizes as a person reads them', () => {
    expect(formatSize(200)).toBe('1 KB');
    expect(formatSize(300 * 1024)).toBe('300 KB');
    expect(formatSize(5 * 1024 * 1024 + 1)).toBe('5.0 MB');
  });
});
