import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.ts';
import { assertKind, describeBytes, SNIFF_BYTES, sniffKind } from './file-kinds.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const pdf = bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj');
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);

function refusal(head: Uint8Array, name?: string): DomainError {
  try {
    assertKind(head, ['pdf'], name);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

describe('telling a file by its first bytes', () => {
  it('accepts a PDF by its header', () => {
    expect(sniffKind(pdf)).toBe('pdf');
    expect(assertKind(pdf, ['pdf'])).toBe('pdf');
  });

  it('refuses a ZIP (a Word or Excel file too) whatever it is called, and says what it is', () => {
    const error = refusal(zip, 'cv.pdf');
    expect(error.code).toBe('file_type_mismatch');
    expect(error.message).toContain('"cv.pdf" is a ZIP archive');
    expect(error.extra).toMatchObject({ expected: ['application/pdf'] });
  });

  it('wants the header at the very start: a PDF signature further in does not count', () => {
    expect(sniffKind(bytes(' %PDF-1.4'))).toBeUndefined();
    expect(sniffKind(bytes('xx%PDF-1.4'))).toBeUndefined();
    expect(refusal(bytes('<html>%PDF-')).code).toBe('file_type_mismatch');
  });

  it('refuses a header cut short, and an empty file', () => {
    expect(sniffKind(bytes('%PDF'))).toBeUndefined();
    expect(refusal(new Uint8Array()).message).toContain('an empty file');
  });

  it('names the usual wrong files and anything else as another kind', () => {
    expect(describeBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      'an old Word/Excel document',
    );
    expect(describeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('a PNG image');
    expect(describeBytes(bytes('MZ\x90\x00'))).toBe('a Windows program');
    expect(describeBytes(bytes('hello'))).toBe('a file of another kind');
  });

  it('tells a phone’s photo by its bytes, for the purposes that take images', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(assertKind(png, ['pdf', 'png', 'jpg'])).toBe('png');
    expect(assertKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), ['pdf', 'png', 'jpg'])).toBe('jpg');
    // A ZIP named .png is no image, and a CV is never a photo.
    expect(() => assertKind(zip, ['pdf', 'png', 'jpg'], 'scan.png')).toThrow(/"scan.png" is a ZIP archive/);
    expect(refusal(png).message).toContain('is a PNG image, not a PDF');
  });

  it('reads no more bytes than it needs', () => {
    expect(SNIFF_BYTES).toBeGreaterThanOrEqual(8);
    expect(SNIFF_BYTES).toBeLessThanOrEqual(64);
  });
});
