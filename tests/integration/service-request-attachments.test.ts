import { describe, expect, it } from 'vitest';
import type { UploadTicket } from '@aksu/core';
import { pdfBytes, putFile, zipBytes } from '../support/applications.ts';
import { call } from '../support/http.ts';
import { useLocalS3 } from '../support/local-s3.ts';
import { lookedAfter, type LookedAfter } from '../support/talent-service.ts';

/**
 * A request's attachments go by the CVs' storage rules: a presigned PUT to a real S3-compatible
 * server, the bytes checked when the request is filed, and read only through short-lived signed links.
 */
useLocalS3();

/** A phone's photo of a document: the PNG signature, then anything. */
function pngBytes(size = 4096): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

async function upload(p: LookedAfter, body: Uint8Array<ArrayBuffer>, contentType: string): Promise<string> {
  const link = await call('POST', '/v1/me/service-request-uploads', {
    token: p.person.token,
    body: { contentType, size: body.length },
  });
  expect(link.status).toBe(201);
  await putFile(link.body as UploadTicket, body);
  return link.body.uploadKey as string;
}

const file = (p: LookedAfter, attachments: { uploadKey: string; name: string }[]) =>
  call('POST', '/v1/me/service-requests', {
    token: p.person.token,
    body: { kind: 'school_transfer', description: '孩子转学，附户口本和成绩单', attachments },
  });

describe('request attachments', () => {
  it('keeps a PDF and a photo with the request, each read through a link that expires in five minutes', async () => {
    const p = await lookedAfter();
    const pdf = await upload(p, pdfBytes(), 'application/pdf');
    const png = await upload(p, pngBytes(), 'image/png');
    const filed = await file(p, [
      { uploadKey: pdf, name: '户口本.pdf' },
      { uploadKey: png, name: '成绩单.png' },
    ]);
    expect(filed.status).toBe(201);
    expect(filed.body.attachments).toEqual([
      expect.objectContaining({ name: '户口本.pdf', contentType: 'application/pdf', size: 2048 }),
      expect.objectContaining({ name: '成绩单.png', contentType: 'image/png', size: 4096 }),
    ]);
    // The stored key is core's business: the views carry the id only.
    expect(JSON.stringify(filed.body)).not.toContain('request/');
    const [first, second] = filed.body.attachments as { attachmentId: string }[];
    const path = (id: string) => `/v1/talent-service/requests/${filed.body.requestId}/attachments/${id}`;

    const res = await call('GET', path(first!.attachmentId), { token: p.commissioner.token });
    expect(res.status).toBe(200);
    const link = new URL(res.body.url);
    expect(link.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(Date.parse(res.body.expiresAt) - Date.now()).toBeLessThanOrEqual(300_000);
    const got = await fetch(res.body.url);
    expect(got.status).toBe(200);
    expect(new TextDecoder().decode((await got.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    // The link is the only way in: unsigned, the object is private.
    link.search = '';
    expect((await fetch(link)).status).toBe(403);

    const own = await call(
      'GET',
      `/v1/me/service-requests/${filed.body.requestId}/attachments/${second!.attachmentId}`,
      {
        token: p.person.token,
      },
    );
    expect(own.status).toBe(200);
    expect((await fetch(own.body.url)).headers.get('content-type')).toBe('image/png');
    // Their contact keeps in touch but never reads the documents of a request.
    expect((await call('GET', path(first!.attachmentId), { token: p.contact.token })).status).toBe(403);
  });

  it('refuses a PNG that is really a ZIP, and files nothing', async () => {
    const p = await lookedAfter();
    const good = await upload(p, pdfBytes(), 'application/pdf');
    const zip = await upload(p, zipBytes(), 'image/png');
    const res = await file(p, [
      { uploadKey: good, name: '户口本.pdf' },
      { uploadKey: zip, name: '照片.png' },
    ]);
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ code: 'file_type_mismatch' });
    expect(res.body.detail ?? res.body.message).toContain('"照片.png" is a ZIP archive');
    expect((await call('GET', '/v1/me/service-requests', { token: p.person.token })).body.items).toEqual([]);
    // The accepted file went with the refusal: using its key again finds nothing.
    expect((await file(p, [{ uploadKey: good, name: '户口本.pdf' }])).status).toBe(404);
  });

  it('refuses more than five files, a file over 5 MB and a type that is no document', async () => {
    const p = await lookedAfter();
    const keys = Array.from({ length: 6 }, (_, i) => ({ uploadKey: `incoming/request/${i}`, name: `${i}.pdf` }));
    expect((await file(p, keys)).status).toBe(400);
    const link = (contentType: string, size: number) =>
      call('POST', '/v1/me/service-request-uploads', { token: p.person.token, body: { contentType, size } });
    expect((await link('image/jpeg', 5 * 1024 * 1024 + 1)).body.code).toBe('file_too_large');
    expect((await link('application/zip', 1000)).body.code).toBe('file_type_mismatch');
    expect((await link('image/jpeg', 1000)).status).toBe(201);
  });

  it('answers 404 for another person’s attachment, and for a file not on the request', async () => {
    const a = await lookedAfter();
    const b = await lookedAfter();
    const filed = await file(a, [{ uploadKey: await upload(a, pdfBytes(), 'application/pdf'), name: '证明.pdf' }]);
    const attachmentId = filed.body.attachments[0].attachmentId as string;
    const mine = (token: string, id = attachmentId) =>
      call('GET', `/v1/me/service-requests/${filed.body.requestId}/attachments/${id}`, { token });
    expect((await mine(a.person.token)).status).toBe(200);
    expect((await mine(b.person.token)).status).toBe(404);
    expect((await mine(a.person.token, '01ARZ3NDEKTSV4RRFFQ69G5FAV')).status).toBe(404);
  });
});
