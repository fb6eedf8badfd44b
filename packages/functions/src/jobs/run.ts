import type { Context } from 'aws-lambda';
import { runJob, UnknownJobError } from '@aksu/core';
import { configureDeployedWorker } from '../deployed.ts';

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
export async function handler(event: JobEvent, context?: Pick<Context, 'getRemainingTimeInMillis'>): Promise<Record<string, unknown>> {
  if (!configured) configureDeployedWorker();
  configured = true;
  const at = event.at ? new Date(event.at) : new Date();
  if (Number.isNaN(at.getTime())) throw new Error(`"at" is not a time: ${event.at}`);
  try {
    let summary = await runJob(event.job, at);
    // A job that stopped at its budget continues at once while this invocation has time for a whole
    // piece; what is left then waits for the next scheduled invocation.
    while (summary.done === false && (context?.getRemainingTimeInMillis() ?? 0) > PIECE_MS) summary = await runJob(event.job, at);
    console.log(JSON.stringify({ level: 'info', msg: 'job ran', job: event.job, at: at.toISOString(), summary }));
    return summary;
  } catch (error) {
    if (error instanceof UnknownJobError) console.error(JSON.stringify({ level: 'error', msg: error.message }));
    throw error;
  }
}
