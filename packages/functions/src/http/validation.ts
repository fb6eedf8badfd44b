import type { Hook } from '@hono/zod-openapi';
import { fieldErrorOf } from '@aksu/core/field-errors';
import type { AppEnv } from '../env.ts';
import { problem } from './problem.ts';

type Issue = { path: PropertyKey[]; message: string; code: string; keys?: string[] };

/** The value sent at an issue's path, so a field left out reads as `required` rather than a wrong type. */
function sentAt(data: unknown, path: PropertyKey[]): { value: unknown } {
  let value = data;
  for (const key of path) {
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return { value };
}

/** One entry per field; unknown keys are named, so an over-posted `role` says exactly that. */
export function fieldErrors(issues: readonly Issue[], target?: string, data?: unknown) {
  return issues.flatMap((issue) => {
    const base = [target === 'json' ? undefined : target, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      return issue.keys.map((key) => ({
        path: base ? `${base}.${key}` : key,
        message: 'Unknown field',
        code: 'unknown_field',
      }));
    }
    return [fieldErrorOf(issue, base || '(body)', data === undefined ? undefined : sentAt(data, issue.path))];
  });
}

export const validationHook: Hook<unknown, AppEnv, string, Response | undefined> = (result, c) => {
  if (!result.success) {
    const issues: readonly Issue[] = result.error.issues;
    return problem(c, 'validation_failed', 'Some fields are missing or not valid', {
      errors: fieldErrors(issues, result.target, (result as { data?: unknown }).data),
    });
  }
};
