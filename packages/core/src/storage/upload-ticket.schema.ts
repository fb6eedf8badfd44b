import { z } from '../schema.ts';

/**
 * Where and how to upload a file straight to storage: an applicant's CV, a talent's request files.
 * Apart from the domains that hand it out, so the phone function's request pages do not build the
 * applications' schemas to describe it.
 */
export const UploadTicketView = z.object({
  /** What the browser sends back to have the upload checked; it names an object under `incoming/`. */
  uploadKey: z.string().openapi({ description: 'Send it back as the application’s cvKey' }),
  url: z.string(),
  method: z.literal('PUT'),
  /** Headers the PUT must carry exactly: they are part of the signature. */
  headers: z.object({ 'content-type': z.string() }),
  expiresAt: z.string(),
  maxBytes: z.number().int(),
});
