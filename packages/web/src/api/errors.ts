import type { Problem } from './types';

/** One entry of a problem's `errors`: which field, the rule it breaks (`code`) and what the rule needs. */
export type ApiFieldError = NonNullable<Problem['errors']>[number];

/** Problem codes the client adds for failures that never reached the API. */
export type ClientProblemCode = 'network_error' | 'unexpected_response';

/**
 * A failed API call, carrying the problem document. Screens branch on `code` (stable) and show
 * `fieldErrors` beside the inputs; the API's English `detail` is never shown as-is to Chinese users.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: string;
  readonly status: number;
  readonly fieldErrors: ApiFieldError[];
  readonly retryAfterSeconds: number | undefined;

  /** `code` is a string: a client-made problem carries its own, and a newer API may send one this build lacks. */
  constructor(problem: Pick<Problem, 'status' | 'detail' | 'errors'> & { code: string }, retryAfterSeconds?: number) {
    super(problem.detail);
    this.code = problem.code;
    this.status = problem.status;
    this.fieldErrors = problem.errors ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static fromResponse(body: unknown, response: Response): ApiError {
    const retry = Number(response.headers.get('retry-after'));
    const retryAfter = Number.isFinite(retry) && retry > 0 ? retry : undefined;
    if (isProblem(body)) return new ApiError(body, retryAfter);
    return new ApiError(
      { code: 'unexpected_response', status: response.status, detail: `HTTP ${response.status}` },
      retryAfter,
    );
  }

  static network(cause: unknown): ApiError {
    const detail = cause instanceof Error ? cause.message : 'The request did not reach the server';
    return new ApiError({ code: 'network_error', status: 0, detail });
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && typeof (body as Problem).code === 'string';
}

/** Aborted requests (a screen left before its data arrived) are not errors anyone should see. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
