import { beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { configureStorage } from './config.ts';
import { contentDisposition, deleteFile, downloadLink, presignUpload, verifyUpload } from './files.ts';

// Presigning is computed locally; nothing here talks to a server. The port is one nothing listens on,
// so a call that did reach out would fail the test.
beforeAll(() => configureStorage({ bucket: 'files-unit', endpoint: 'http://127.0.0.1:9', region: 'local' }));

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
  );

describe('presigned uploads', () => {
  it('signs a PUT under incoming/cv/ for the declared type and length, for five minutes', async () => {
    const now = new Date('2026-03-01T08:00:00Z');
    const ticket = await presignUpload({ purpose: 'cv', contentType: 'application/pdf', size: 1234, now });
    expect(ticket.uploadKey).toMatch(/^incoming\/cv\/[0-9A-Z]{26}\.pdf$/);
    const url = new URL(ticket.url);
    expect(url.pathname).toBe(`/files-unit/${ticket.uploadKey}`);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('X-Amz-SignedHeaders')?.split(';')).toEqual(['content-length', 'content-type', 'host']);
    expect(ticket).toMatchObject({
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      expiresAt: '2026-03-01T08:05:00.000Z',
      maxBytes: 5 * 1024 * 1024,
    });
  });

  it('carries no checksum of the empty body, which S3 would hold the uploaded file to', async () => {
    const { url } = await presignUpload({ purpose: 'cv', contentType: 'application/pdf', size: 10 });
    const names = [...new URL(url).searchParams.keys()].map((name) => name.toLowerCase());
    expect(names.filter((name) => name.includes('checksum'))).toEqual([]);
  });

  it('gives every upload its own key', async () => {
    const keys = await Promise.all(
      [1, 2, 3].map(() => presignUpload({ purpose: 'cv', contentType: 'application/pdf', size: 10 })),
    );
    expect(new Set(keys.map((k) => k.uploadKey)).size).toBe(3);
  });

  it('refuses a declared size above 5 MB, an empty or odd size, and a type other than PDF', async () => {
    const upload = (contentType: string, size: number) => codeOf(presignUpload({ purpose: 'cv', contentType, size }));
    expect(await upload('application/pdf', 5 * 1024 * 1024)).toBe('no error');
    expect(await upload('application/pdf', 5 * 1024 * 1024 + 1)).toBe('file_too_large');
    expect(await upload('application/pdf', 0)).toBe('validation_failed');
    expect(await upload('application/pdf', 1.5)).toBe('validation_failed');
    expect(await upload('application/zip', 100)).toBe('file_type_mismatch');
  });
});

describe('keys from outside', () => {
  it('verifies only upload keys, and links and deletes only stored ones', async () => {
    for (const key of ['cv/01HZZZZZZZZZZZZZZZZZZZZZZZ.pdf', 'incoming/cv/../x.pdf', 'other/thing.pdf', ''])
      expect(await codeOf(verifyUpload({ uploadKey: key }))).toBe('not_found');
    for (const key of ['incoming/cv/01HZZZZZZZZZZZZZZZZZZZZZZZ.pdf', 'cv/01HZZZZZZZZZZZZZZZZZZZZZZZ.zip', 'cv/x.pdf']) {
      expect(await codeOf(downloadLink({ key, filename: 'a.pdf' }))).toBe('not_found');
      expect(await codeOf(deleteFile(key))).toBe('not_found');
    }
  });
});

describe('download links', () => {
  const key = 'cv/01HZZZZZZZZZZZZZZZZZZZZZZZ.pdf';

  it('sign a GET that saves the file under its name as a PDF', async () => {
    const url = new URL(await downloadLink({ key, filename: '张三 简历.pdf' }));
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('response-content-type')).toBe('application/pdf');
    expect(url.searchParams.get('response-content-disposition')).toBe(
      `attachment; filename="__ __.pdf"; filename*=UTF-8''%E5%BC%A0%E4%B8%89%20%E7%AE%80%E5%8E%86.pdf`,
    );
  });

  it('live one second to fifteen minutes', async () => {
    expect(new URL(await downloadLink({ key, filename: 'a', seconds: 1 })).searchParams.get('X-Amz-Expires')).toBe('1');
    expect(await codeOf(downloadLink({ key, filename: 'a', seconds: 901 }))).toContain('RangeError');
    expect(await codeOf(downloadLink({ key, filename: 'a', seconds: 0 }))).toContain('RangeError');
  });

  it('never let a name break out of the header or change the extension', () => {
    expect(contentDisposition('a"b\\c/d\r\n.exe', 'pdf')).toBe(
      `attachment; filename="abcd.pdf"; filename*=UTF-8''abcd.pdf`,
    );
    expect(contentDisposition('   ', 'pdf')).toBe(`attachment; filename="file.pdf"; filename*=UTF-8''file.pdf`);
    expect(contentDisposition("it's (1)", 'pdf')).toContain(`filename*=UTF-8''it%27s%20%281%29.pdf`);
  });
});
