import { ApiError } from '../../api/errors';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { problemText } from '../../lib/problem-text';

/** The queue kind of a check-in made on the phone. */
export const CHECK_IN_KIND = 'check-in';

const CODES: Record<string, MessageKey> = {
  already_checked_in: 'error.already_checked_in',
  outside_check_in_window: 'error.outside_check_in_window',
  sync_too_late: 'error.sync_too_late',
  not_in_session: 'error.not_in_session',
  leave_overlaps: 'error.leave_overlaps',
};

/** A problem of the attendance screens in the interface language. */
export function attendanceProblem(error: unknown, t: Translate): string {
  if (error instanceof ApiError && CODES[error.code]) return t(CODES[error.code]!);
  return problemText(error, t);
}

export function codeText(code: string | undefined, t: Translate): string {
  return code && CODES[code] ? t(CODES[code]!) : t('day.failed');
}

/** The device's position when the person has already allowed it; never prompts on a tap. */
export async function quietLocation(): Promise<{ lat: number; lng: number; accuracyM: number } | undefined> {
  try {
    if (!('geolocation' in navigator) || !navigator.permissions) return undefined;
    const permission = await navigator.permissions.query({ name: 'geolocation' });
    if (permission.state !== 'granted') return undefined;
    return await new Promise((resolve) =>
      navigator.geolocation.getCurrentPosition(
        (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude, accuracyM: Math.round(p.coords.accuracy) }),
        () => resolve(undefined),
        { timeout: 3000, maximumAge: 60_000 },
      ),
    );
  } catch {
    return undefined;
  }
}
