import { DomainError } from '../errors.ts';
import { ulid } from '../ids.ts';
import type { z } from '../schema.ts';
import type { UploadTicketView } from './upload-ticket.schema.ts';
import { s3Sdk, storage } from './config.ts';
import { assertKind, FILE_KINDS, SNIFF_BYTES, type FileKind } from './file-kinds.ts';
import {
  acceptedContentTypes,
  DOWNLOAD_LINK_SECONDS,
  FILE_PURPOSES,
  FILE_PURPOSE_NAMES,
  type FilePurpose,
  incomingPrefix,
  MAX_DOWNLOAD_LINK_SECONDS,
  storedPrefix,
  UPLOAD_LINK_SECONDS,
} from './purposes.ts';

/** Where and how to upload; its shape is the API's view of it. */
export type UploadTicket = z.infer<typeof UploadTicketView>;

export interface StoredFile {
  key: string;
  purpose: FilePurpose;
  kind: FileKind;
  contentType: string;
  size: number;
}

// The object name is ours, never the sender's file name: no path tricks, no personal data in keys.
const KEY_PATTERN = /^(?:incoming\/)?([a-z]+)\/([0-9A-HJKMNP-TV-Z]{26})\.([a-z]+)$/;

/** Loaded with the SDK, on first use (see config.ts). */
const presigner = () => import('@aws-sdk/s3-request-presigner');

const fileTooLarge = (purpose: FilePurpose, size: number) =>
  new DomainError(
    'file_too_large',
    `The file is ${formatMb(size)}; at most ${formatMb(FILE_PURPOSES[purpose].maxBytes)} is accepted`,
    { maxBytes: FILE_PURPOSES[purpose].maxBytes, size },
  );

const formatMb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;

const uploadGone = () => new DomainError('not_found', 'The upload was not found or has expired; upload the file again');

/** Which purpose and kind a key belongs to, if it is one of ours with the prefix expected. */
function parseKey(key: string, stage: 'incoming' | 'stored'): { purpose: FilePurpose; kind: FileKind } | undefined {
  const match = KEY_PATTERN.exec(key);
  if (!match) return undefined;
  const purpose = match[1] as FilePurpose;
  const kind = match[3] as FileKind;
  if (!FILE_PURPOSE_NAMES.includes(purpose) || !(FILE_PURPOSES[purpose].kinds as readonly string[]).includes(kind))
    return undefined;
  const prefix = stage === 'incoming' ? incomingPrefix(purpose) : storedPrefix(purpose);
  return key.startsWith(prefix) ? { purpose, kind } : undefined;
}

/**
 * A presigned PUT for one new object. The declared type and size are signed into the link, so S3
 * refuses a body of another length or a request with another content type: a browser cannot use the
 * link to store more than it declared, and the declared size is refused here above the purpose's
 * limit. The type is only what the browser says; `verifyUpload` reads the bytes themselves.
 */
export async function presignUpload(input: {
  purpose: FilePurpose;
  contentType: string;
  size: number;
  now?: Date;
}): Promise<UploadTicket> {
  const { purpose, contentType, size } = input;
  const spec = FILE_PURPOSES[purpose];
  if (!Number.isSafeInteger(size) || size <= 0) {
    throw new DomainError('validation_failed', 'The file size must be a whole number of bytes above zero', {
      errors: [{ path: 'size', code: 'invalid', message: 'Expected a whole number of bytes above zero' }],
    });
  }
  if (size > spec.maxBytes) throw fileTooLarge(purpose, size);
  const kind = spec.kinds.find((k) => FILE_KINDS[k].contentType === contentType.toLowerCase());
  if (!kind) {
    throw new DomainError('file_type_mismatch', `Only ${acceptedContentTypes(purpose).join(', ')} files are accepted`, {
      expected: acceptedContentTypes(purpose),
      found: contentType,
    });
  }
  const { client, config } = await storage();
  const [{ PutObjectCommand }, { getSignedUrl }] = await Promise.all([s3Sdk(), presigner()]);
  const uploadKey = `${incomingPrefix(purpose)}${ulid()}.${FILE_KINDS[kind].extension}`;
  const type = FILE_KINDS[kind].contentType;
  const url = await getSignedUrl(
    client,
    new PutObjectCommand({ Bucket: config.bucket, Key: uploadKey, ContentType: type, ContentLength: size }),
    // content-length is signed whenever it is given; content-type only when asked for.
    { expiresIn: UPLOAD_LINK_SECONDS, signableHeaders: new Set(['content-type']) },
  );
  const now = input.now ?? new Date();
  return {
    uploadKey,
    url,
    method: 'PUT',
    headers: { 'content-type': type },
    expiresAt: new Date(now.getTime() + UPLOAD_LINK_SECONDS * 1000).toISOString(),
    maxBytes: spec.maxBytes,
  };
}

/**
 * Checks what the browser uploaded: its size from a HEAD, its kind from the first bytes (a ranged
 * GET, so a large file is never read whole). A refused file is deleted at once; an accepted one is
 * copied to its purpose's prefix, where no upload link reaches, and its incoming copy removed.
 * `name` is the file name the person chose, only to say which file was refused.
 */
export async function verifyUpload(input: { uploadKey: string; name?: string }): Promise<StoredFile> {
  const parsed = parseKey(input.uploadKey, 'incoming');
  // A key that is not one of our upload keys is answered like a missing upload: nothing outside
  // `incoming/` can be read, copied or deleted through this function.
  if (!parsed) throw uploadGone();
  const { purpose } = parsed;
  const { client, config } = await storage();
  const { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand } = await s3Sdk();
  const Bucket = config.bucket;
  const Key = input.uploadKey;

  const head = await client.send(new HeadObjectCommand({ Bucket, Key })).catch((error: unknown) => {
    // S3 answers 403 rather than 404 for a missing key to a caller that may not list the bucket, and
    // the functions may not (files-bucket.ts): both mean nothing was uploaded under this key.
    if (statusOf(error) === 404 || statusOf(error) === 403) throw uploadGone();
    throw error;
  });
  const size = head.ContentLength ?? 0;
  const refuse = async (error: DomainError): Promise<never> => {
    await client.send(new DeleteObjectCommand({ Bucket, Key }));
    throw error;
  };
  if (size > FILE_PURPOSES[purpose].maxBytes) return refuse(fileTooLarge(purpose, size));

  // An empty file has no first bytes to read and is refused as "an empty file".
  const bytes =
    size === 0
      ? new Uint8Array()
      : await client
          // IfMatch: the bytes read are those of the object just measured, even if the upload link is
          // used again in between.
          .send(new GetObjectCommand({ Bucket, Key, Range: `bytes=0-${SNIFF_BYTES - 1}`, IfMatch: head.ETag }))
          .then(
            (first) => first.Body?.transformToByteArray() ?? new Uint8Array(),
            (error: unknown) => {
              if (statusOf(error) === 412) throw changedWhileChecked();
              throw error;
            },
          );
  let kind: FileKind;
  try {
    kind = assertKind(bytes, FILE_PURPOSES[purpose].kinds, input.name);
  } catch (error) {
    return refuse(error as DomainError);
  }

  const key = `${storedPrefix(purpose)}${Key.slice(incomingPrefix(purpose).length)}`;
  const contentType = FILE_KINDS[kind].contentType;
  await client
    .send(
      new CopyObjectCommand({
        Bucket,
        Key: key,
        CopySource: `${Bucket}/${Key}`,
        // Only the object that was checked is kept; a replacement sent in between fails the copy.
        CopySourceIfMatch: head.ETag,
        ContentType: contentType,
        MetadataDirective: 'REPLACE',
      }),
    )
    .catch((error: unknown) => {
      if (statusOf(error) === 412) throw changedWhileChecked();
      throw error;
    });
  await client.send(new DeleteObjectCommand({ Bucket, Key }));
  return { key, purpose, kind, contentType, size };
}

/**
 * A signed GET for a stored file, valid for `seconds` (five minutes unless given, fifteen at most).
 * The browser saves it under `filename` rather than the object's id. Whoever calls this decides who
 * may see the file; the link itself is the only way in, as the bucket is private.
 */
export async function downloadLink(input: { key: string; filename: string; seconds?: number }): Promise<string> {
  const parsed = parseKey(input.key, 'stored');
  if (!parsed) throw new DomainError('not_found', 'The file was not found');
  const seconds = input.seconds ?? DOWNLOAD_LINK_SECONDS;
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_DOWNLOAD_LINK_SECONDS) {
    throw new RangeError(`A download link lives 1 to ${MAX_DOWNLOAD_LINK_SECONDS} seconds, not ${seconds}`);
  }
  const { client, config } = await storage();
  const [{ GetObjectCommand }, { getSignedUrl }] = await Promise.all([s3Sdk(), presigner()]);
  return getSignedUrl(
    client,
    new GetObjectCommand({
      Bucket: config.bucket,
      Key: input.key,
      ResponseContentDisposition: contentDisposition(input.filename, FILE_KINDS[parsed.kind].extension),
      ResponseContentType: FILE_KINDS[parsed.kind].contentType,
    }),
    { expiresIn: seconds },
  );
}

/** Removes a stored file (an application withdrawn, a CV replaced). Deleting a missing file is no error. */
export async function deleteFile(key: string): Promise<void> {
  if (!parseKey(key, 'stored')) throw new DomainError('not_found', 'The file was not found');
  const { client, config } = await storage();
  const { DeleteObjectCommand } = await s3Sdk();
  await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: key }));
}

/**
 * `attachment` with the name twice (RFC 6266): an ASCII fallback for old clients, and the real name,
 * Chinese included, percent-encoded as UTF-8. Quotes, backslashes, control characters and path
 * separators never reach the header, and the extension is always the stored kind's.
 */
export function contentDisposition(filename: string, extension: string): string {
  const base =
    filename
      .replace(/[\p{Cc}"\\/]/gu, '')
      .trim()
      .replace(/\.[^.]*$/, '')
      .slice(0, 120) || 'file';
  const full = `${base}.${extension}`;
  const ascii = full.replace(/[^\x20-\x7e]/g, '_');
  const encoded = encodeURIComponent(full).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const statusOf = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

/** The upload link was used again while the file was being checked; the new file needs its own check. */
const changedWhileChecked = () =>
  new DomainError('conflict', 'The file changed while it was being checked; check the upload again');
