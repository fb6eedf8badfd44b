/** The CV goes straight from the phone to storage: a presigned link from the API, then one PUT of the file. */
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { PDF_TYPE } from './apply-draft';

export interface UploadedCv {
  uploadKey: string;
  file: File;
}

/** A PUT that storage refused or that never arrived; the form says so and keeps what was typed. */
export class UploadFailed extends Error {
  constructor(readonly status: number) {
    super(`The CV upload failed (${status || 'no answer'})`);
  }
}

/**
 * Asks for the link, then PUTs the bytes with exactly the headers signed into it. The type sent is
 * PDF whatever the phone calls the file (some name a PDF `application/octet-stream`): the link is
 * for a PDF, and storage reads the bytes themselves before the application is accepted.
 */
export async function uploadCv(positionId: string, file: File): Promise<UploadedCv> {
  const ticket = await unwrap(
    api.POST('/v1/public/positions/{positionId}/cv-uploads', {
      params: { path: { positionId } },
      body: { contentType: PDF_TYPE, size: file.size },
    }),
  );
  let response: Response;
  try {
    response = await fetch(ticket.url, { method: ticket.method, headers: ticket.headers, body: file });
  } catch {
    throw new UploadFailed(0);
  }
  if (!response.ok) throw new UploadFailed(response.status);
  return { uploadKey: ticket.uploadKey, file };
}

/** Whether a failed submit should keep its Idempotency-Key and upload: only when the answer never came. */
export const answerLost = (error: unknown) => error instanceof ApiError && error.code === 'network_error';
