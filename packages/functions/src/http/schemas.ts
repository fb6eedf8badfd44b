import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import { MAX_PAGE_SIZE } from '@aksu/core/db/pagination';
import { XLSX_CONTENT_TYPE } from '@aksu/core/exports/workbook';
import { FIELD_ERROR_CODES } from '@aksu/core/field-errors';
import { PROBLEM_CODES } from './problem.ts';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(PROBLEM_CODES).openapi({ description: 'What went wrong; stable, for clients to branch on' }),
    detail: z.string(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string().openapi({ description: 'In English; clients translate `code` instead' }),
          code: z.enum(FIELD_ERROR_CODES).openapi({ description: 'The rule the field breaks; stable' }),
          params: z
            .record(z.string(), z.union([z.string(), z.number()]))
            .optional()
            .openapi({ description: 'What the sentence for `code` needs, e.g. `maximum` for `too_big`' }),
        }),
      )
      .optional(),
  })
  .openapi('Problem');

const problemContent = { 'application/problem+json': { schema: ProblemSchema } };

const DESCRIPTIONS = {
  400: 'Invalid input, with one entry per field in `errors`',
  401: 'Missing, invalid or expired bearer token',
  403: 'The caller may not do this',
  404: 'Not found (or not visible to the caller)',
  409: 'Conflict: duplicate, stale version or invalid state',
  413: 'Body larger than the limit',
  415: 'Body is not JSON',
  422:
    'Well-formed but refused by a rule, named by `code` (e.g. a date after today, an Idempotency-Key reused with a ' +
    'different request)',
  429: 'Too many requests',
} as const;

type ErrorStatus = keyof typeof DESCRIPTIONS;

/** The problem responses a route may answer, declared so the document says what the API does. */
export function errors(...statuses: ErrorStatus[]) {
  const all: ErrorStatus[] = [...new Set<ErrorStatus>([400, 401, 403, ...statuses])];
  return Object.fromEntries(
    all.map((status) => [status, { description: DESCRIPTIONS[status], content: problemContent }]),
  ) as Record<ErrorStatus, { description: string; content: typeof problemContent }>;
}

/** Write routes also answer 413 and 415. */
export const writeErrors = (...statuses: ErrorStatus[]) => errors(413, 415, ...statuses);

export function jsonBody<T extends z.ZodType>(schema: T, description?: string) {
  return { required: true, description, content: { 'application/json': { schema } } };
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** An .xlsx download; declared as binary so clients and the docs treat it as a file, not text. */
export function spreadsheetResponse(description: string) {
  return { description, content: { [XLSX_CONTENT_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } } };
}

export const PageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .optional()
    .openapi({ description: `Page size, at most ${MAX_PAGE_SIZE}` }),
  cursor: z.string().min(1).max(2048).optional().openapi({ description: 'The `nextCursor` of the previous page' }),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const bearer = [{ bearerAuth: [] }];

/**
 * `createRoute` with an operationId (the generated web client and the docs name operations by it)
 * and the summary as description unless one is given.
 */
export function route<R extends RouteConfig & { operationId: string; summary: string }>(config: R) {
  return createRoute({ description: config.summary, ...config });
}

/**
 * `route` for a file of signed-in routes under one tag: the tag and the bearer scheme are given once,
 * so a staff route cannot go out without its security requirement.
 */
export function bearerRoutes(tag: string) {
  // The keys go in the order every route used to spell them out, which is the order the document lists them in.
  return <R extends Omit<RouteConfig, 'tags' | 'security'> & { operationId: string; summary: string }>({
    operationId,
    method,
    path,
    summary,
    ...rest
  }: R) => route({ operationId, method, path, tags: [tag], summary, security: bearer, ...rest });
}
