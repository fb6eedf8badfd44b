/** A request's files: checked on the phone first, uploaded straight to storage with progress, read by signed links. */
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { MessageKey } from '../../i18n/i18n';

export type ServiceRequest = components['schemas']['ServiceRequest'];
export type RequestStatus = ServiceRequest['status'];
export type RequestKind = ServiceRequest['kind'];
export type RequestAttachment = ServiceRequest['attachments'][number];

/**
 * Every kind, in the order the form offers them. Written as an object the compiler holds to the
 * generated client's list, so a kind the API adds or drops fails to compile here instead of going
 * missing from the form.
 */
const KINDS_IN_ORDER = {
  school_transfer: true,
  household_registration: true,
  housing: true,
  medical_care: true,
  spouse_employment: true,
  title_review: true,
  other: true,
} as const satisfies Record<RequestKind, true>;
export const REQUEST_KINDS = Object.keys(KINDS_IN_ORDER) as RequestKind[];

export const kindKey = (kind: RequestKind) => `req.kind.${kind}` as MessageKey;
export const statusKey = (status: RequestStatus) => `req.status.${status}` as MessageKey;

/** What storage accepts for a request (core's storage purposes), by the type a phone declares or the name's end. */
const ACCEPTED: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};
export const ACCEPT_ATTRIBUTE = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILES = 5;

export const formatSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The type to upload a file as, or undefined when it is none of the accepted kinds. Some phones call a
 * photo `application/octet-stream`: the name's end decides then. Storage reads the bytes themselves.
 */
export function uploadTypeOf(file: File): string | undefined {
  if (Object.values(ACCEPTED).includes(file.type)) return file.type;
  const dot = file.name.lastIndexOf('.');
  return dot > 0 ? ACCEPTED[file.name.slice(dot + 1).toLowerCase()] : undefined;
}

/** A PUT that storage refused or that never arrived. */
export class UploadFailed extends Error {
  constructor(readonly status: number) {
    super(`The upload failed (${status || 'no answer'})`);
  }
}

/**
 * Asks for a link, then PUTs the file with exactly the signed headers. XMLHttpRequest rather than
 * fetch: only it reports the upload's progress, which on a slow phone connection is the difference
 * between waiting and giving up.
 */
export async function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<string> {
  const ticket = await unwrap(
    api.POST('/v1/me/service-request-uploads', { body: { contentType: uploadTypeOf(file)!, size: file.size } }),
  );
  await new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(ticket.method, ticket.url);
    for (const [name, value] of Object.entries(ticket.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new UploadFailed(xhr.status)));
    xhr.onerror = () => reject(new UploadFailed(0));
    xhr.send(file);
  });
  onProgress(1);
  return ticket.uploadKey;
}

/**
 * Fetches a fresh five-minute link and goes to it: the file downloads (the link says attachment)
 * and the page stays. A link is never kept on the page, where it would expire unseen.
 */
export async function openAttachment(requestId: string, attachmentId: string, side: 'person' | 'organiser') {
  const params = { path: { requestId, attachmentId } };
  const link = await unwrap(
    side === 'person'
      ? api.GET('/v1/me/service-requests/{requestId}/attachments/{attachmentId}', { params })
      : api.GET('/v1/talent-service/requests/{requestId}/attachments/{attachmentId}', { params }),
  );
  window.location.assign(link.url);
}
