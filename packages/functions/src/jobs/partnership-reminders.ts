import { JOBS } from '@aksu/core/schedules/jobs';

/** Kept for callers that name this entry: the same job code as `run.ts` with `{ job: 'partnership-reminders' }`. */
export async function handler() {
  return JOBS['partnership-reminders'](new Date());
}
