import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { DomainError, FileStorage, LOCAL_S3_CREDENTIALS, type StoredFile, type UploadTicket } from '@aksu/core';
import { TEST_SITE_ORIGIN, useLocalS3 } from '../support/local-s3.ts';

/*
 * CV files against a real S3-compatible server on the loopback: the browser's side is plain fetch
 * on the presigned URLs, as a phone would send them; the server checks signatures and expiry itself.
 */

const s3 = useLocalS3();

const pdf = (size = 2048) => {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
};
// What a Word file or any ZIP starts with, renamed to .pdf by its sender.
const zip = (size = 2048) => {
  const bytes = new Uint8Array(size);
  bytes.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
  return bytes;
};

/** A client of our own to look into the bucket, as an operator would; the tests never upload through it. */
function inspector(): S3Client {
  return new S3Client({
    endpoint: s3().endpoint,
    forcePathStyle: true,
    region: 'local',
    credentials: LOCAL_S3_CREDENTIALS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
}

async function exists(key: string): Promise<boolean> {
  const client = inspector();
  try {
    await client.send(new HeadObjectCommand({ Bucket: s3().bucket, Key: key }));
    return true;
  } catch (error) {
    if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
    throw error;
  } finally {
    client.destroy();
  }
}

/** The browser's PUT: the ticket's URL, method and headers, and the file as the body. */
const send = (ticket: UploadTicket, body: Uint8Array<ArrayBuffer>, headers: Record<string, string> = ticket.headers) =>
  fetch(ticket.url, { method: ticket.method, headers, body });

async function upload(body: Uint8Array<ArrayBuffer>): Promise<UploadTicket> {
  const ticket = await FileStorage.presignUpload({ purpose: 'cv', contentType: 'application/pdf', size: body.length });
  const answer = await send(ticket, body);
  expect(answer.status, await answer.text()).toBe(200);
  return ticket;
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => {
      if (!(error instanceof DomainError)) throw error;
      return error;
    },
  );

async function storedPdf(): Promise<StoredFile> {
  const ticket = await upload(pdf());
  return FileStorage.verifyUpload({ uploadKey: ticket.uploadKey, name: '简历.pdf' });
}

describe('uploading a CV', () => {
  it('accepts a PDF sent to the presigned URL and moves it out of reach of the upload link', async () => {
    const body = pdf(4096);
    const ticket = await upload(body);
    expect(await exists(ticket.uploadKey)).toBe(true);

    const stored = await FileStorage.verifyUpload({ uploadKey: ticket.uploadKey, name: 'cv.pdf' });
    expect(stored).toMatchObject({ purpose: 'cv', kind: 'pdf', contentType: 'application/pdf', size: 4096 });
    expect(stored.key).toBe(ticket.uploadKey.replace(/^incoming\//, ''));
    expect(await exists(ticket.uploadKey)).toBe(false);

    // The upload link still works until it expires, but only ever writes under incoming/.
    expect((await send(ticket, zip(4096))).status).toBe(200);
    const saved = await fetch(await FileStorage.downloadLink({ key: stored.key, filename: 'cv.pdf' }));
    expect(new Uint8Array(await saved.arrayBuffer())).toEqual(body);
  });

  it('refuses a ZIP named .pdf by its first bytes, and removes it', async () => {
    const ticket = await upload(zip());
    const error = await refusal(FileStorage.verifyUpload({ uploadKey: ticket.uploadKey, name: 'cv.pdf' }));
    expect(error.code).toBe('file_type_mismatch');
    expect(error.message).toContain('"cv.pdf" is a ZIP archive');
    expect(await exists(ticket.uploadKey)).toBe(false);
    expect(await exists(ticket.uploadKey.replace(/^incoming\//, ''))).toBe(false);
  });

  it('refuses a file above 5 MB: when declared, when sent beyond what was declared, and when found', async () => {
    const limit = 5 * 1024 * 1024;
    const declared = await refusal(
      FileStorage.presignUpload({ purpose: 'cv', contentType: 'application/pdf', size: limit + 1 }),
    );
    expect(declared).toMatchObject({ code: 'file_too_large', extra: { maxBytes: limit } });

    // The declared length is signed into the link: a longer body is refused by the server itself.
    const ticket = await FileStorage.presignUpload({ purpose: 'cv', contentType: 'application/pdf', size: 1024 });
    expect((await send(ticket, pdf(limit + 1))).status).toBe(403);
    expect(await exists(ticket.uploadKey)).toBe(false);

    // Should an oversize object reach incoming/ anyway, the check measures it and deletes it.
    const client = inspector();
    await client.send(new PutObjectCommand({ Bucket: s3().bucket, Key: ticket.uploadKey, Body: pdf(limit + 1) }));
    client.destroy();
    const found = await refusal(FileStorage.verifyUpload({ uploadKey: ticket.uploadKey }));
    expect(found).toMatchObject({ code: 'file_too_large', extra: { size: limit + 1 } });
    expect(await exists(ticket.uploadKey)).toBe(false);
  });

  it('refuses an upload with another content type than the one signed', async () => {
    const ticket = await FileStorage.presignUpload({ purpose: 'cv', contentType: 'application/pdf', size: 2048 });
    expect((await send(ticket, pdf(), { 'content-type': 'application/zip' })).status).toBe(403);
    expect(await exists(ticket.uploadKey)).toBe(false);
  });

  it('answers an upload that never arrived as not found', async () => {
    const ticket = await FileStorage.presignUpload({ purpose: 'cv', contentType: 'application/pdf', size: 2048 });
    expect((await refusal(FileStorage.verifyUpload({ uploadKey: ticket.uploadKey }))).code).toBe('not_found');
  });

  it("lets the site's pages upload across origins, and no other page", async () => {
    const { url } = await FileStorage.presignUpload({ purpose: 'cv', contentType: 'application/pdf', size: 10 });
    const preflight = (origin: string) =>
      fetch(url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight(TEST_SITE_ORIGIN)).status).toBe(200);
    expect((await preflight('https://elsewhere.example')).status).toBe(403);
  });
});

describe('reading a CV', () => {
  it('works through a signed link that names the file', async () => {
    const stored = await storedPdf();
    const answer = await fetch(await FileStorage.downloadLink({ key: stored.key, filename: '张三 简历.pdf' }));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toBe(
      `attachment; filename="__ __.pdf"; filename*=UTF-8''%E5%BC%A0%E4%B8%89%20%E7%AE%80%E5%8E%86.pdf`,
    );
    expect(new TextDecoder().decode((await answer.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
  });

  it('stops working once the link has expired', async () => {
    const stored = await storedPdf();
    const link = await FileStorage.downloadLink({ key: stored.key, filename: 'cv.pdf', seconds: 1 });
    // The link lives one second from the signing time (whole seconds); the bound only ends a hang.
    await expect.poll(async () => (await fetch(link)).status, { timeout: 15_000, interval: 100 }).toBe(403);
    expect(await (await fetch(link)).text()).toContain('Request has expired');
    // The file itself is still there: a new link reads it.
    expect((await fetch(await FileStorage.downloadLink({ key: stored.key, filename: 'cv.pdf' }))).status).toBe(200);
  });

  it('is refused for another key, a changed link, or no signature at all', async () => {
    const [mine, theirs] = [await storedPdf(), await storedPdf()];
    const link = await FileStorage.downloadLink({ key: mine.key, filename: 'cv.pdf' });
    expect((await fetch(link)).status).toBe(200);

    const otherKey = link.replace(mine.key, theirs.key);
    expect(otherKey).not.toBe(link);
    expect((await fetch(otherKey)).status).toBe(403);

    const longer = new URL(link);
    longer.searchParams.set('X-Amz-Expires', '604800');
    expect((await fetch(longer)).status).toBe(403);

    const bare = new URL(link);
    bare.search = '';
    expect((await fetch(bare)).status).toBe(403);
  });
});
