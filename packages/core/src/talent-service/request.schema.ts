import { idPattern } from '../ids.ts';
import { z } from '../schema.ts';
import { REQUEST_STATUSES } from './request.entity.ts';
import { REQUEST_KINDS } from './request.entity.ts';

export const requestIdSchema = z.string().regex(idPattern('serviceRequest'), { error: 'Not a request id' });

/** At most this many files go with one request. */
export const MAX_REQUEST_ATTACHMENTS = 5;

export const attachmentIdSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, { error: 'Not an attachment id' });

/** What the phone says about a file before uploading it; the bytes are checked when the request is filed. */
export const AttachmentUploadInput = z.strictObject({
  contentType: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .openapi({ description: 'As the browser declares it: application/pdf, image/jpeg or image/png' }),
  size: z.number().int().min(1).openapi({ description: 'Bytes; at most 5 MB' }),
});
export type AttachmentUploadInput = z.infer<typeof AttachmentUploadInput>;

export const FileRequestInput = z.strictObject({
  kind: z.enum(REQUEST_KINDS),
  description: z.string().trim().min(1).max(2000),
  attachments: z
    .array(
      z.strictObject({
        uploadKey: z.string().trim().min(1).max(200).openapi({ description: 'The uploadKey of the upload link' }),
        name: z.string().trim().max(200).optional().openapi({ description: 'The file name the person chose' }),
      }),
    )
    .max(MAX_REQUEST_ATTACHMENTS)
    .optional()
    .openapi({ description: 'Files uploaded through upload links first; each checked by its bytes (PDF, JPEG, PNG)' }),
});
export type FileRequestInput = z.infer<typeof FileRequestInput>;

export const AdvanceRequestInput = z.strictObject({
  version: z.number().int().min(1),
  to: z.enum(REQUEST_STATUSES).optional().openapi({ description: 'The next status; leave out to add a note only' }),
  note: z.string().trim().min(1).max(2000).optional().openapi({ description: 'Shown to the person' }),
  reason: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .optional()
    .openapi({ description: 'Why it cannot be resolved; required for `unresolvable`' }),
});
export type AdvanceRequestInput = z.infer<typeof AdvanceRequestInput>;

export const RateRequestInput = z.strictObject({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).optional(),
});
export type RateRequestInput = z.infer<typeof RateRequestInput>;

export const ListRequestsQuery = z.object({
  commissionerId: z
    .string()
    .regex(idPattern('user'), { error: 'Not an account id' })
    .optional()
    .openapi({ description: 'One commissioner’s open requests (default: the caller’s own)' }),
  all: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: '`true`: every request, for the organisers’ overview' }),
  state: z
    .enum(['open', 'closed'])
    .optional()
    .openapi({ description: '`closed`: the resolved and unresolvable, by deadline (default `open`)' }),
});
export type ListRequestsQuery = z.infer<typeof ListRequestsQuery>;

export const RequestNote = z.object({ at: z.string(), text: z.string() });

export const RequestAttachmentView = z.object({
  attachmentId: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});

export const AttachmentLinkView = z
  .object({ url: z.string(), expiresAt: z.string() })
  .openapi({ description: 'A signed link to the file, valid for five minutes; ask again for a new one' });

export const ServiceRequestView = z.object({
  requestId: z.string(),
  outcomeId: z.string(),
  personName: z.string(),
  commissionerId: z.string(),
  kind: z.enum(REQUEST_KINDS),
  description: z.string(),
  status: z.enum(REQUEST_STATUSES),
  receivedOn: z.string(),
  dueOn: z.string().openapi({ description: 'From the deadline of its kind in the policy in force when received' }),
  overdue: z.boolean().openapi({ description: "Open past its deadline in the cohort's time zone" }),
  notes: z.array(RequestNote),
  attachments: z.array(RequestAttachmentView),
  reason: z.string().optional(),
  rating: z.number().int().optional(),
  ratingComment: z.string().optional(),
  closedOn: z.string().optional(),
  allowedTransitions: z.array(z.enum(REQUEST_STATUSES)),
  createdAt: z.string(),
  version: z.number().int(),
});
export type ServiceRequestView = z.infer<typeof ServiceRequestView>;
