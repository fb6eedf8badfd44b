import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Config, Function as SstFunction, use, type StackContext } from 'sst/constructs';
import { Alarms } from './Alarms.ts';
import { Api } from './Api.ts';
import { Database } from './Database.ts';
import { tableAccess } from './lib/table-access.ts';
import { Web } from './Web.ts';

export const STREAM_WORKER_HANDLER = 'packages/functions/src/workers/stream.handler';

/**
 * The value ElectroDB writes in `__edb_e__` on outbox items (core's `OUTBOX_ENTITY`). Written out
 * here because the stacks import no entity code; the stack test checks the two agree.
 */
export const OUTBOX_ENTITY_MARKER = 'outboxEvent';

/** The worker's service name in logs and metrics (the delivery-failure alarm reads its metrics). */
export const STREAM_SERVICE = 'aksu-stream';

/** How often a failing batch is tried again before it goes to the failure queue. */
export const STREAM_RETRY_ATTEMPTS = 5;

/**
 * The stream worker: DynamoDB Streams → the outbox handlers (notifications, waitlist promotion,
 * imports). Only outbox INSERTs reach it; every other change of the table is dropped by the
 * mapping's filter before Lambda is invoked, so it costs nothing.
 */
export function Workers({ stack }: StackContext) {
  const { table } = use(Database);
  const { topic } = use(Alarms);
  const { piiKey } = use(Api);
  const { site } = use(Web);

  // Set with `sst secrets set`; a deploy never writes them. Only the worker and the jobs send mail,
  // so only they are bound to them (the API function cannot read them).
  const smtpUrl = new Config.Secret(stack, 'SMTP_URL');
  const mailFrom = new Config.Secret(stack, 'MAIL_FROM');

  const environment = {
    TABLE_NAME: table.tableName,
    // Links in mails. The site's CloudFront URL unless a custom domain is given at deploy time.
    PUBLIC_URL: process.env.PUBLIC_URL?.trim() || site.url || '',
  };

  // Where the mapping parks a batch that still fails after its retries. The message holds the
  // shard and sequence numbers of the batch, not its items; the stream keeps the records for
  // 24 hours, so they can be read again from there.
  const failures = new Queue(stack, 'StreamFailures', {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });

  const worker = new SstFunction(stack, 'StreamWorker', {
    handler: STREAM_WORKER_HANDLER,
    description: 'Runs the outbox handlers for new outbox events from the table stream',
    memorySize: 512,
    // A batch is at most 10 events. The longest handler, an import's run, stops after a budget of
    // seconds and continues through a new event, so ten of them and their mails fit with room left;
    // a timeout would retry the whole batch.
    timeout: 180,
    bind: [smtpUrl, mailFrom, piiKey],
    // The table statement and nothing broader; the stream grants come from the event source below.
    permissions: [tableAccess(table)],
    environment: { ...environment, POWERTOOLS_SERVICE_NAME: STREAM_SERVICE },
  });

  worker.addEventSource(
    new DynamoEventSource(table.cdk.table, {
      // A new mapping starts with whatever the stream still holds, so events written while the
      // worker was being (re)created are not skipped.
      startingPosition: StartingPosition.TRIM_HORIZON,
      // Small: the records of one shard wait for the batch before them.
      batchSize: 10,
      // The handler reports the first record that failed; Lambda retries from there only.
      reportBatchItemFailures: true,
      bisectBatchOnError: true,
      retryAttempts: STREAM_RETRY_ATTEMPTS,
      // Half the stream's retention: a batch parked after this is still readable for a replay.
      maxRecordAge: Duration.hours(12),
      onFailure: new SqsDlq(failures),
      filters: [
        FilterCriteria.filter({
          eventName: FilterRule.isEqual('INSERT'),
          dynamodb: { NewImage: { __edb_e__: { S: FilterRule.isEqual(OUTBOX_ENTITY_MARKER) } } },
        }),
      ],
    }),
  );

  // One parked batch is already an event that did not reach its recipients.
  const failureAlarm = new Alarm(stack, 'StreamFailuresAlarm', {
    alarmDescription:
      'An outbox batch failed after all retries and was parked in the stream failure queue; ' +
      'its events did not run. Read the queue message for the shard and sequence numbers.',
    metric: failures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  failureAlarm.addAlarmAction(new SnsAction(topic));

  // Before anything is parked: the oldest record has waited long enough that mails are late, e.g.
  // while a batch is being retried or the worker cannot start (a secret not set).
  const lagAlarm = new Alarm(stack, 'StreamLagAlarm', {
    alarmDescription:
      'The stream worker has not handled an outbox event for over 30 minutes; mails and promotions are late. ' +
      "Look at the worker's logs.",
    metric: worker.metric('IteratorAge', { period: Duration.minutes(5), statistic: 'Maximum' }),
    threshold: Duration.minutes(30).toMilliseconds(),
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  lagAlarm.addAlarmAction(new SnsAction(topic));

  return { worker, failures, environment, mailSecrets: [smtpUrl, mailFrom] as const };
}
