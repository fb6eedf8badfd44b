import { JOBS, type Job, type JobSummary } from './index.ts';

/** A job name that is in no schedule; carries the names that are. */
export class UnknownJobError extends Error {
  override readonly name = 'UnknownJobError';
  constructor(
    readonly job: string,
    readonly known: string[],
  ) {
    super(`Unknown job "${job}". Jobs: ${known.join(', ')}`);
  }
}

export const jobNames = () => Object.keys(JOBS).sort();

/** How many invocations a local run makes at most before reporting the job as unfinished. */
const MAX_INVOCATIONS = 10_000;

/**
 * Runs a job for the moment `at`, the way every caller does (the Lambda entry, the dev runner,
 * `pnpm job`, tests). A job that does its work in bounded pieces answers `done: false` until it is
 * finished: in AWS the next invocation continues; locally (`untilDone`) it is invoked again at once,
 * so a run ends with the work done.
 */
export async function runJob(
  name: string,
  at: Date = new Date(),
  options: { untilDone?: boolean } = {},
): Promise<JobSummary & { invocations: number }> {
  const job = (JOBS as Record<string, Job>)[name];
  if (!job) throw new UnknownJobError(name, jobNames());
  let invocations = 0;
  let summary: JobSummary;
  do {
    summary = await job(at);
    invocations++;
  } while (options.untilDone && summary.done === false && invocations < MAX_INVOCATIONS);
  return { ...summary, invocations };
}
