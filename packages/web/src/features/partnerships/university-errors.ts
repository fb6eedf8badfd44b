import { ApiError } from '../../api/errors';

/**
 * Whether a failed university load means "no such university for you". A coordinator asking for
 * another university gets 404; a hand-typed id that is not even an id shape gets 400 on the path.
 */
export function isMissingUniversity(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.code === 'not_found') return true;
  return error.code === 'validation_failed' && error.fieldErrors.some((e) => e.path.startsWith('param'));
}

export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'version_conflict';
}
