import { z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cohortIdSchema } from '@aksu/core/fields';
import { Imports } from '@aksu/core/imports/imports';
import {
  CreateImportInput,
  importJobIdSchema,
  ImportJobView,
  ImportRowView,
  ListImportRowsQuery,
  ListImportsQuery,
  MAX_IMPORT_BODY_BYTES,
} from '@aksu/core/imports/imports.schema';
import { MAX_ROWS } from '@aksu/core/imports/read-file';
import { router } from '../env.ts';
import { contentDisposition, sendSpreadsheet } from '../http/download.ts';
import { problem } from '../http/problem.ts';
import {
  bearerRoutes,
  errors,
  jsonBody,
  jsonResponse,
  pageOf,
  PageQuery,
  spreadsheetResponse,
  writeErrors,
} from '../http/schemas.ts';
import { idempotent, IdempotencyHeaders } from '../middleware/idempotency.ts';

const route = bearerRoutes('Imports');

const Job = ImportJobView.openapi('ImportJob');
const Row = ImportRowView.openapi('ImportRow');
const CohortParams = z.object({ cohortId: cohortIdSchema.openapi({ param: { name: 'cohortId', in: 'path' } }) });
const Params = z.object({ importJobId: importJobIdSchema.openapi({ param: { name: 'importJobId', in: 'path' } }) });

const uploadLimit = bodyLimit({
  maxSize: MAX_IMPORT_BODY_BYTES,
  onError: (c) =>
    problem(c, 'payload_too_large', `The upload is larger than ${Math.floor(MAX_IMPORT_BODY_BYTES / 1024)} KB`),
});

/**
 * Bulk registration from a spreadsheet (organisers; coordinators for their own university).
 * Registered call by call (see partnerships.ts).
 */
export const importRoutes = router();

importRoutes.openapi(
  route({
    operationId: 'getImportTemplate',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/imports/template.xlsx',
    summary: 'The registration template with Chinese headers, drop-down lists and an instructions sheet',
    request: { params: CohortParams },
    responses: { 200: spreadsheetResponse('The template (.xlsx)'), ...errors(404) },
  }),
  async (c) => sendSpreadsheet(c, await Imports.template(c.get('actor'), c.req.valid('param').cohortId, 'xlsx')),
);

importRoutes.openapi(
  route({
    operationId: 'getImportTemplateCsv',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/imports/template.csv',
    summary: 'The template’s header row as CSV (UTF-8 with BOM)',
    request: { params: CohortParams },
    responses: {
      200: {
        description: 'The header row (.csv)',
        content: { 'text/csv': { schema: z.string().openapi({ format: 'binary' }) } },
      },
      ...errors(404),
    },
  }),
  async (c) => {
    const file = (await Imports.template(c.get('actor'), c.req.valid('param').cohortId, 'csv')) as {
      filename: string;
      asciiFilename: string;
      body: Uint8Array;
    };
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition(file),
      'cache-control': 'no-store',
    });
  },
);

importRoutes.openapi(
  route({
    operationId: 'createImport',
    method: 'post',
    path: '/v1/cohorts/{cohortId}/imports',
    summary: 'Upload a filled template (.xlsx or CSV) as an import job',
    description:
      `The file travels base64-encoded in \`content\`; this route alone accepts a body ` +
      `up to ${Math.floor(MAX_IMPORT_BODY_BYTES / 1024)} KB ` +
      `(a file up to 1 MB, at most ${MAX_ROWS} rows). CSV may be UTF-8 (with or without BOM), GBK or UTF-16. ` +
      'Every row is checked at once: rows with problems are rejected with a reason right away; the server then ' +
      'registers the rest by itself (the page may be closed), and the uploader is told by email and in the ' +
      'notification centre when the job is finished. Poll `GET /v1/imports/{importJobId}` for progress. Columns are ' +
      'matched by header (order, spaces and full-width characters do not matter); a file whose required columns are ' +
      'missing is 400 with `missingColumns`. Uploading the same file again makes a new job whose already registered ' +
      'rows end `duplicate_person`: never a second registration. An `Idempotency-Key` retry returns the first job.',
    middleware: [uploadLimit, idempotent()] as const,
    'x-body-limit-bytes': MAX_IMPORT_BODY_BYTES,
    request: {
      params: CohortParams,
      headers: IdempotencyHeaders,
      body: jsonBody(CreateImportInput.openapi('CreateImportInput')),
    },
    responses: { 201: jsonResponse(Job, 'The job, with the rows already rejected counted'), ...writeErrors(404, 422) },
  }),
  async (c) => c.json(await Imports.create(c.get('actor'), c.req.valid('param').cohortId, c.req.valid('json')), 201),
);

importRoutes.openapi(
  route({
    operationId: 'listImports',
    method: 'get',
    path: '/v1/cohorts/{cohortId}/imports',
    summary: 'The cohort’s import jobs, newest first (a coordinator’s own university’s)',
    request: { params: CohortParams, query: PageQuery.extend(ListImportsQuery.shape) },
    responses: { 200: jsonResponse(pageOf(Job), 'A page of import jobs'), ...errors(404) },
  }),
  async (c) => {
    const { limit, cursor, ...query } = c.req.valid('query');
    return c.json(
      await Imports.listForCohort(c.get('actor'), c.req.valid('param').cohortId, query, { limit, cursor }),
      200,
    );
  },
);

importRoutes.openapi(
  route({
    operationId: 'runImport',
    method: 'post',
    path: '/v1/imports/{importJobId}/run',
    summary: 'Optional: register the job’s waiting rows within this request instead of waiting for the server',
    description:
      'Not needed: every uploaded job is run by the server on its own, and a stalled one is taken up again within ' +
      'minutes. Kept for clients that drive a job themselves: it registers the rows in batches of 98 through the ' +
      'same write path as a single registration (quota, duplicate and eligibility rules hold), up to 49 rows per ' +
      'transaction, and moves the job’s counters after each batch. A run stops after about 7 seconds and answers ' +
      'the job still `processing`. Only one run works on a job at a time (the server’s worker included); another ' +
      'call meanwhile answers the job as it stands.',
    request: { params: Params },
    responses: { 200: jsonResponse(Job, 'The job where the run left it'), ...errors(404) },
  }),
  async (c) => c.json(await Imports.run(c.get('actor'), c.req.valid('param').importJobId), 200),
);

importRoutes.openapi(
  route({
    operationId: 'getImport',
    method: 'get',
    path: '/v1/imports/{importJobId}',
    summary: 'An import job and its progress (rows done, accepted, rejected)',
    request: { params: Params },
    responses: { 200: jsonResponse(Job, 'The job'), ...errors(404) },
  }),
  async (c) => c.json(await Imports.get(c.get('actor'), c.req.valid('param').importJobId), 200),
);

importRoutes.openapi(
  route({
    operationId: 'listImportRows',
    method: 'get',
    path: '/v1/imports/{importJobId}/rows',
    summary: 'Each row’s outcome with its reason, in file order or by status',
    request: { params: Params, query: PageQuery.extend(ListImportRowsQuery.shape) },
    responses: { 200: jsonResponse(pageOf(Row), 'A page of rows'), ...errors(404) },
  }),
  async (c) => {
    const { limit, cursor, ...query } = c.req.valid('query');
    return c.json(
      await Imports.listRows(c.get('actor'), c.req.valid('param').importJobId, query, { limit, cursor }),
      200,
    );
  },
);

importRoutes.openapi(
  route({
    operationId: 'getImportResultXlsx',
    method: 'get',
    path: '/v1/imports/{importJobId}/result.xlsx',
    summary: 'The uploaded rows with 状态 (已接受/已拒绝) and 原因 columns',
    description:
      'National IDs are masked for every role, phones for everyone but organisers; 行号 is the row number in the ' +
      'uploaded file.',
    request: { params: Params },
    responses: { 200: spreadsheetResponse('The result (.xlsx)'), ...errors(404) },
  }),
  async (c) => sendSpreadsheet(c, await Imports.resultSpreadsheet(c.get('actor'), c.req.valid('param').importJobId)),
);
