import type { Context } from 'aws-lambda';
import { runJob, UnknownJobError } from '@aksu/core/schedules/run';
import { configureDeployedWorker } from '../deployed.ts';
import { instrumented } from '../observability/lambda.ts';
import { log } from '../observability/logger.ts';
import { METRIC } from '../observability/metrics.ts';

// Set up on the first invocation (the secrets are there by then), not at import.
let configured = false;

/** Time one bounded piece of a job may take at most, with room to spare. */
const PIECE_MS = 90_000;

export interface JobEvent {
  /** A name from core's schedule list; the Jobs stack's rule for it sends exactly this. */
  job: string;
  /** ISO time to run for; now when absent (a schedule's own invocation). */
  at?: string;
}

/**
 * The one Lambda entry of every scheduled job: `{ job, at? }` from the schedule's rule (or a manual
 * invoke) runs that job's code, the same code `pnpm dev` and `pnpm job` run. A job works in
 * bounded pieces (`done: false` until finished), so no invocation outgrows the function's timeout.
 */
export async function runScheduledJob(
  event: JobEvent,
  context?: Pick<Context, 'getRemainingTimeInMillis'>,
): Promise<Record<string, unknown>> {
  if (!configured) configureDeployedWorker();
  configured = true;
  const at = event.at ? new Date(event.at) : new Date();
  if (Number.isNaN(at.getTime())) throw new Error(`"at" is not a time: ${event.at}`);
  try {
    let summary = await runJob(event.job, at);
    // A job that stopped at its budget continues at once while this invocation has time for a whole
    // piece; what is left then waits for the next scheduled invocation.
    while (summary.done === false && (context?.getRemainingTimeInMillis() ?? 0) > PIECE_MS)
      summary = await runJob(event.job, at);
    log.info('job ran', { job: event.job, at: at.toISOString(), summary });
    return summary;
  } catch (error) {
    log.error(error instanceof UnknownJobError ? error.message : 'job failed', {
      job: event.job,
      error: error instanceof Error ? error.message : String(error),
    });
    throw error;
  }
}

/** The Lambda entry: a job that throws counts one `JobFailures`, which the job-failure alarm watches. */
export const handler = instrumented(runScheduledJob, { trafficClass: 'jobs', failureMetric: METRIC.jobFailures });
