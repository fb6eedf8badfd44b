import { useState } from 'react';
import { useI18n, type Translate } from '../i18n/i18n';
import { fieldErrorsOf, problemText, type FieldErrors } from './problem-text';

interface Options {
  /** An area's own problem codes read first (`logsProblemText`). */
  problem?: (error: unknown, t: Translate) => string;
  /** An area's own field paths mapped onto its inputs (`partnershipFieldErrors`). */
  fieldErrors?: (error: unknown, t: Translate) => FieldErrors;
}

/**
 * The send of a form: the button waits while it runs, and a refusal shows its sentence above the
 * fields and its field errors beside them. Empty required fields are shown the same way without sending.
 */
export function useFormSubmit({ problem = problemText, fieldErrors = fieldErrorsOf }: Options = {}) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  /** Required fields found empty (paths, or messages by path): nothing is sent. */
  const reject = (missing: readonly string[] | FieldErrors) => {
    setErrors(
      Array.isArray(missing)
        ? Object.fromEntries(missing.map((path) => [path, t('field.required')]))
        : (missing as FieldErrors),
    );
    setFailure(t('error.validation_failed'));
  };

  /** Runs the call; resolves to its result, or to undefined once its refusal is on screen. */
  const send = async <T>(call: () => Promise<T>): Promise<T | undefined> => {
    setErrors({});
    setFailure(undefined);
    setBusy(true);
    try {
      return await call();
    } catch (error) {
      setErrors(fieldErrors(error, t));
      setFailure(problem(error, t));
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  return { errors, failure, busy, reject, send };
}
