import { DomainError } from './errors.ts';

/**
 * Records of what has happened (an outcome step, a retention confirmation, a partnership activity)
 * cannot be dated after today: a step dated ahead would move counters, liabilities and reminders
 * for something that may never happen. The first field dated after today is refused, naming the
 * latest date allowed.
 */
export function futureDateError(today: string, dates: Record<string, string | undefined>): DomainError | null {
  for (const [path, on] of Object.entries(dates)) {
    if (on && on > today) {
      return new DomainError('date_in_future', `${path} is after today (${today})`, {
        latestOn: today,
        errors: [{ path, message: `On or before ${today}`, code: 'after_today', params: { latest: today } }],
      });
    }
  }
  return null;
}
