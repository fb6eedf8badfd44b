import { Duration } from 'aws-cdk-lib';
import { RuleTargetInput } from 'aws-cdk-lib/aws-events';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Cron, Function as SstFunction, use, type StackContext } from 'sst/constructs';
import { SCHEDULES } from '../packages/core/src/schedules/schedules.ts';
import { Api } from './Api.ts';
import { Database } from './Database.ts';
import { tableAccess } from './lib/table-access.ts';
import { Workers } from './Workers.ts';

export const JOB_RUNNER_HANDLER = 'packages/functions/src/jobs/run.handler';

/** The runner's service name in logs and metrics; the job-failure alarm reads its `JobFailures`. */
export const JOBS_SERVICE = 'aksu-jobs';

/** Tries of one scheduled invocation: EventBridge's delivery to Lambda, and Lambda's of a failed run. */
export const JOB_RETRY_ATTEMPTS = 2;

/** `mark-absentees` → `MarkAbsentees`, the construct id of its schedule. */
export function scheduleId(name: string): string {
  return name.replace(/(^|[^a-zA-Z0-9]+)([a-zA-Z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

/**
 * Scheduled work: one EventBridge rule per entry of core's schedule list, all invoking one function
 * with `{ job: <name> }`. `pnpm dev` runs the same list with the same job code, so a schedule added
 * in core runs in both places without touching this file.
 */
export function Jobs({ stack }: StackContext) {
  const { table } = use(Database);
  const { piiKey } = use(Api);
  const { environment, mailSecrets } = use(Workers);

  // Where a scheduled invocation ends up when it did not run: EventBridge could not invoke the
  // function, or the function failed on every try. The message is the event (`{ job }`), so a job
  // can be run again by hand (`pnpm job <name> --at <time>` or a console invoke with that event);
  // its visible messages raise an alarm.
  const deadLetters = new Queue(stack, 'JobDeadLetters', {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });

  // One function for every job: one role and one log group to review, and a job that moves to
  // another time costs no new function.
  const runner = new SstFunction(stack, 'JobRunner', {
    handler: JOB_RUNNER_HANDLER,
    description: 'Runs the scheduled job named in the event ({ job })',
    memorySize: 1024,
    // The longest job (absentee marking) pages with a checkpoint and stops well inside this,
    // continuing in its next invocation.
    timeout: 300,
    // Jobs send reminders and digests and retry failed deliveries, so they read the mail secrets
    // like the stream worker.
    bind: [...mailSecrets, piiKey],
    permissions: [tableAccess(table)],
    environment: { ...environment, POWERTOOLS_SERVICE_NAME: JOBS_SERVICE },
  });

  // EventBridge invokes asynchronously: Lambda retries a failed run, then parks the event. Jobs are
  // checkpointed and idempotent, so a retry continues where the failed try stopped. After an hour a
  // retry is pointless: later firings of the same job have taken up its checkpoint since.
  runner.configureAsyncInvoke({
    retryAttempts: JOB_RETRY_ATTEMPTS,
    maxEventAge: Duration.hours(1),
    onFailure: new SqsDestination(deadLetters),
  });

  const schedules = Object.fromEntries(
    SCHEDULES.map(({ name, cron, description }) => [
      name,
      new Cron(stack, scheduleId(name), {
        // AWS cron, UTC, exactly as the list states it.
        schedule: cron as `cron(${string})`,
        job: {
          function: runner,
          cdk: {
            target: {
              event: RuleTargetInput.fromObject({ job: name }),
              // When EventBridge cannot invoke the function at all (throttled, not found).
              deadLetterQueue: deadLetters,
              retryAttempts: JOB_RETRY_ATTEMPTS,
              maxEventAge: Duration.hours(1),
            },
          },
        },
        cdk: { rule: { description: `${name}: ${description}`.slice(0, 512) } },
      }),
    ]),
  );

  return { runner, schedules, deadLetters };
}
