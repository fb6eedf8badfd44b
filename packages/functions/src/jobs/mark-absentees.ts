import { JOBS } from '@aksu/core/schedules/jobs';

/** Kept for callers that name this entry: the same job code as `run.ts` with `{ job: 'mark-absentees' }`. */
export async function handler(event?: { now?: string }) {
  return JOBS['mark-absentees'](event?.now ? new Date(event.now) : new Date());
}
