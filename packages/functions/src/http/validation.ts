import type { Hook } from '@hono/zod-openapi';
import { problem } from './problem.ts';

type Issue = { path: PropertyKey[]; message: string; code: string; keys?: string[] };

/** One entry per field; unknown keys are named, so an over-posted `role` says exactly that. */
export function fieldErrors(issues: readonly Issue[], target?: string) {
  return issues.flatMap((issue) => {
    const base = [target === 'json' ? undefined : target, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key, message: 'Unknown field', code: 'unknown_field' }));
    }
    return [{ path: base || '(body)', message: issue.message, code: issue.code }];
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const validationHook: Hook<any, any, any, any> = (result, c) => {
  if (!result.success) {
    const issues = (result.error as { issues: Issue[] }).issues;
    return problem(c, 'validation_failed', 'Some fields are missing or not valid', {
      errors: fieldErrors(issues, result.target),
    });
  }
};
