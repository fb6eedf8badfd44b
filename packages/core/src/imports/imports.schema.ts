import { idPattern } from '../ids.ts';
import { z } from '../schema.ts';
import { universityIdSchema } from '../fields.ts';
import { IMPORT_FORMATS, IMPORT_JOB_STATUSES } from './import-job.entity.ts';
import { IMPORT_ROW_STATUSES } from './import-batch.entity.ts';
import { MAX_ROWS } from './read-file.ts';

export const importJobIdSchema = z.string().regex(idPattern('importJob'), { error: 'Not an import job id' });

/** Largest file accepted: 2,000 rows of the template as .xlsx are ~150 KB, as CSV less. */
export const MAX_IMPORT_FILE_BYTES = 1024 * 1024;
/** Base64 grows the file by a third; the route's body limit allows for that and the other fields. */
export const MAX_IMPORT_BODY_BYTES = Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 16 * 1024;

export const CreateImportInput = z.strictObject({
  filename: z.string().trim().min(1).max(200).openapi({ example: '北京大学-报名.xlsx' }),
  content: z
    .base64({ error: 'The file content must be base64' })
    .min(4)
    .max(Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3))
    .openapi({
      description:
        `The .xlsx or CSV file, base64-encoded; at most ${MAX_IMPORT_FILE_BYTES / 1024} KB ` + `and ${MAX_ROWS} rows`,
    }),
  universityId: universityIdSchema
    .optional()
    .openapi({ description: "Organisers name the university; a coordinator's own university otherwise" }),
  consent: z
    .literal(true, { error: 'Confirm that every student in the file consented to the processing of their data' })
    .openapi({
      description:
        'The uploader confirms every student in the file consented; recorded as each registration’s consent time',
    }),
});
export type CreateImportInput = z.infer<typeof CreateImportInput>;

export const ImportJobView = z.object({
  importJobId: z.string(),
  cohortId: z.string(),
  universityId: z.string(),
  filename: z.string(),
  format: z.enum(IMPORT_FORMATS),
  status: z
    .enum(IMPORT_JOB_STATUSES)
    .openapi({ description: '`pending` until run, `processing` while rows are written, then `completed`' }),
  totalRows: z.number().int(),
  rowsDone: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  startedAt: z.string().optional(),
  finishedAt: z.string().optional(),
  updatedAt: z.string(),
  reasons: z
    .array(z.object({ reason: z.string(), count: z.number().int() }))
    .optional()
    .openapi({ description: 'A finished job read by itself: its rejected rows per reason, largest first' }),
});
export type ImportJobView = z.infer<typeof ImportJobView>;

export const ImportRowView = z.object({
  rowNumber: z.number().int().openapi({ description: 'The row number the spreadsheet shows (the header is row 1)' }),
  status: z.enum(IMPORT_ROW_STATUSES),
  name: z.string(),
  nationalIdMasked: z.string(),
  reason: z
    .string()
    .optional()
    .openapi({
      description:
        'Why a row was rejected: missing_field, invalid_phone, invalid_national_id, invalid_email, invalid_value, ' +
        'not_eligible, duplicate_in_file, duplicate_person, quota_exceeded, registration_closed, rejected',
    }),
  message: z.string().optional().openapi({ description: 'The reason in Chinese, as the result file says it' }),
  registrationId: z.string().optional(),
});
export type ImportRowView = z.infer<typeof ImportRowView>;

export const ListImportRowsQuery = z.object({
  status: z
    .enum(IMPORT_ROW_STATUSES)
    .optional()
    .openapi({ description: 'Only rows in this state; all rows in file order otherwise' }),
});
export type ListImportRowsQuery = z.infer<typeof ListImportRowsQuery>;

export const ListImportsQuery = z.object({
  universityId: universityIdSchema
    .optional()
    .openapi({ description: "Organisers: one university's imports; coordinators see their own only" }),
});
export type ListImportsQuery = z.infer<typeof ListImportsQuery>;
