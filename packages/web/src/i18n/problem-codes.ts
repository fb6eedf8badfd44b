import type { ClientProblemCode } from '../api/errors';
import type { components } from '../api/schema';

type Problem = components['schemas']['Problem'];

/** Every `code` a problem document can carry (as the API's OpenAPI document lists them), and the client's own. */
export type ProblemCode = Problem['code'] | ClientProblemCode;
/** Every `code` an entry of a problem's `errors` can carry. */
export type FieldErrorCode = NonNullable<Problem['errors']>[number]['code'];

/**
 * Sentences that depend on what was checked as well as on the code: a length, a count or an amount
 * (`origin`), an email address or a link (`format`). The code's own entry covers every other case.
 */
export const FIELD_VARIANTS = [
  'too_small.array',
  'too_small.number',
  'too_big.array',
  'too_big.number',
  'invalid_format.email',
  'invalid_format.url',
  'invalid_format.datetime',
  'invalid_format.date',
] as const;
export type FieldVariant = (typeof FIELD_VARIANTS)[number];

/**
 * One language's sentences for the API's codes. `{name}` placeholders take the field error's params
 * (`minimum`, `maximum`, `values`, `from`, `to`, …) and `{message}` the API's English message.
 */
export interface CodeTexts {
  problems: Record<ProblemCode, string>;
  fields: Record<FieldErrorCode | FieldVariant, string>;
  /** For a code this build does not know: a newer API may add one before the web is redeployed. */
  unknownProblem: string;
  unknownField: string;
}

type Prefixed<P extends string, T> = { [K in keyof T as `${P}${K & string}`]: string };

/** The tables as dictionary entries (`code.<problem>`, `field_code.<code>`), so `t` can say them. */
export function codeMessages<T extends CodeTexts>(texts: T) {
  const prefix = <P extends string, R extends Record<string, string>>(p: P, table: R) =>
    Object.fromEntries(Object.entries(table).map(([key, text]) => [`${p}${key}`, text])) as Prefixed<P, R>;
  return {
    ...prefix('code.', texts.problems),
    ...prefix('field_code.', texts.fields),
    'code.unknown': texts.unknownProblem,
    'field_code.unknown': texts.unknownField,
  };
}
