import { requireRole, type Actor } from '../auth/actor.ts';
import { myOutcome } from './me.ts';
import { DomainError, notFound } from '../errors.ts';
import { DOWNLOAD_LINK_SECONDS } from '../storage/purposes.ts';
import { FileStorage, type StoredFile, type UploadTicket } from '../storage/index.ts';
import { attachmentsOf, getRequestRecord, type RequestAttachment, type RequestRecord } from './request-records.ts';
import { AttachmentUploadInput, type FileRequestInput } from './request.schema.ts';

/**
 * A request's files go by the CVs' storage rules: a presigned PUT straight to the bucket, the bytes
 * checked (kind by their first bytes, size) when the request is filed, and read only through signed
 * links that live five minutes, by the person and by organisers. The contact role never gets one: a
 * leader keeping in touch has no part in handling requests, and the files are documents such as a
 * household register or a medical record.
 */

/** An upload link for one file of a request the person is about to file. */
export function attachmentUploadLink(input: AttachmentUploadInput): Promise<UploadTicket> {
  const fields = AttachmentUploadInput.parse(input);
  return FileStorage.presignUpload({ purpose: 'request', contentType: fields.contentType, size: fields.size });
}

/**
 * Checks every uploaded file before the request is written. If one is refused, those already
 * accepted are removed again, so a refused filing leaves nothing behind; the person uploads again.
 */
export async function checkAttachments(inputs: FileRequestInput['attachments']): Promise<RequestAttachment[]> {
  if (!inputs?.length) return [];
  const results = await Promise.allSettled(
    inputs.map(async ({ uploadKey, name }) => {
      const file = await FileStorage.verifyUpload({ uploadKey, name });
      if (file.purpose !== 'request') {
        await FileStorage.deleteFile(file.key).catch(() => undefined);
        throw new DomainError('not_found', 'The upload was not found or has expired; upload the file again');
      }
      return toAttachment(file, name);
    }),
  );
  const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  const accepted = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  if (refused) {
    await discardAttachments(accepted);
    throw refused.reason;
  }
  return accepted;
}

/** Files checked for a request that was then not written. */
export async function discardAttachments(attachments: RequestAttachment[]): Promise<void> {
  await Promise.all(attachments.map((a) => FileStorage.deleteFile(a.key).catch(() => undefined)));
}

function toAttachment(file: StoredFile, name: string | undefined): RequestAttachment {
  // The stored key ends in the upload's ULID and the kind's extension; the ULID names the attachment.
  const attachmentId = file.key.slice(file.key.lastIndexOf('/') + 1, file.key.lastIndexOf('.'));
  return {
    attachmentId,
    key: file.key,
    name: name?.trim() || `attachment.${file.key.slice(file.key.lastIndexOf('.') + 1)}`,
    contentType: file.contentType,
    size: file.size,
  };
}

async function linkTo(r: RequestRecord, attachmentId: string, now: Date) {
  const attachment = attachmentsOf(r).find((a) => a.attachmentId === attachmentId);
  if (!attachment) throw notFound('Attachment');
  const url = await FileStorage.downloadLink({ key: attachment.key, filename: attachment.name });
  return { url, expiresAt: new Date(now.getTime() + DOWNLOAD_LINK_SECONDS * 1000).toISOString() };
}

/** The person's own file: anyone else's request, or a file not on it, is not found. */
export async function myAttachmentLink(actor: Actor, requestId: string, attachmentId: string, now = new Date()) {
  const outcome = await myOutcome(actor);
  const r = await getRequestRecord(requestId);
  if (!outcome || outcome.outcomeId !== r.outcomeId) throw notFound('Request');
  return linkTo(r, attachmentId, now);
}

/** An organiser's link to a request's file, as they read every request. */
export async function attachmentLink(actor: Actor, requestId: string, attachmentId: string, now = new Date()) {
  requireRole(actor, 'organiser');
  return linkTo(await getRequestRecord(requestId), attachmentId, now);
}
