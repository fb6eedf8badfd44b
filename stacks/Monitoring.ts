import { Duration, Stack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  MathExpression,
  Metric,
  TreatMissingData,
  type AlarmProps,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation } from 'aws-cdk-lib/aws-dynamodb';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IConstruct } from 'constructs';
import { Function as SstFunction, use, type StackContext } from 'sst/constructs';
import { Alarms } from './Alarms.ts';
import { Api } from './Api.ts';
import { Database } from './Database.ts';
import { JOBS_SERVICE, Jobs } from './Jobs.ts';
import { metricsNamespace } from './lib/function-defaults.ts';
import { STREAM_SERVICE, Workers } from './Workers.ts';

const FIVE_MINUTES = Duration.minutes(5);

/** Percent of API answers that are 5xx, over five minutes, above which someone is called. */
export const API_5XX_PERCENT = 5;
/** Fewer requests than this in five minutes are too few for a rate (two errors of three requests). */
export const API_5XX_MIN_REQUESTS = 20;
/** Delivery failures (retried or parked) in fifteen minutes that mean the mail provider is in trouble. */
export const DELIVERY_FAILURES = 10;

/** The table operations the functions use (stacks/lib/table-access.ts); an alarm takes at most 10 metrics. */
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
  Operation.TRANSACT_GET_ITEMS,
];

/**
 * The alarms an on-call person answers, all notifying the one topic of the Alarms stack. The last
 * stack, so it sees every function of the app: a function added in any stack gets its throttle
 * alarm without an edit here. The README's runbook says what each alarm means and what to do.
 * (The stream worker's failure-queue and lag alarms live beside it in Workers.)
 */
export function Monitoring({ stack }: StackContext) {
  const { topic } = use(Alarms);
  const { table } = use(Database);
  const { api } = use(Api);
  const { runner, deadLetters } = use(Jobs);
  use(Workers);
  const namespace = metricsNamespace(stack.stage);
  const emf = (name: string, service: string, period = FIVE_MINUTES) =>
    new Metric({ namespace, metricName: name, dimensionsMap: { service }, statistic: 'Sum', period });
  const alarm = (id: string, props: AlarmProps) => notify(topic, new Alarm(stack, id, props));

  // API: the share of answers that are server errors, once there are enough requests to judge.
  const httpApi: HttpApi = api.cdk.httpApi;
  const api5xx = `More than ${API_5XX_PERCENT}% of API answers were 5xx`;
  alarm('Api5xxRateAlarm', {
    alarmDescription: `${api5xx} in two of the last three 5-minute periods.`,
    metric: new MathExpression({
      expression: `IF(requests >= ${API_5XX_MIN_REQUESTS}, 100 * errors / requests, 0)`,
      usingMetrics: {
        errors: httpApi.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }),
        requests: httpApi.metricCount({ period: FIVE_MINUTES, statistic: 'Sum' }),
      },
      label: 'API 5xx %',
      period: FIVE_MINUTES,
    }),
    threshold: API_5XX_PERCENT,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 3,
    datapointsToAlarm: 2,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });

  // Every function of the app: a throttle is a request or event turned away at its class's
  // reserved concurrency (or the account's limit).
  for (const fn of appFunctions(stack)) {
    alarm(`${constructName(fn)}ThrottlesAlarm`, {
      alarmDescription: `Lambda throttled invocations of ${fn.node.path}: its concurrency limit was reached.`,
      metric: fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }

  // The table: throttled reads and writes (a hot key, or a GSI that cannot keep up) and DynamoDB's
  // own errors, sustained for two of three periods so a single blip does not wake anyone.
  const dynamo = table.cdk.table;
  const sustained = {
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 3,
    datapointsToAlarm: 2,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  };
  alarm('TableReadThrottlesAlarm', {
    alarmDescription: 'DynamoDB throttled reads of the table in two of the last three 5-minute periods.',
    metric: dynamo.metric('ReadThrottleEvents', { period: FIVE_MINUTES, statistic: 'Sum' }),
    ...sustained,
  });
  alarm('TableWriteThrottlesAlarm', {
    alarmDescription: 'DynamoDB throttled writes to the table in two of the last three 5-minute periods.',
    metric: dynamo.metric('WriteThrottleEvents', { period: FIVE_MINUTES, statistic: 'Sum' }),
    ...sustained,
  });
  alarm('TableSystemErrorsAlarm', {
    alarmDescription:
      'DynamoDB answered the table’s requests with 500 errors in two of the last three 5-minute periods.',
    metric: dynamo.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, period: FIVE_MINUTES }),
    ...sustained,
  });

  // Jobs: a run that threw (the runner's JobFailures) or failed outside the handler (timeout,
  // crash at start: Lambda's Errors), and the scheduled invocations that were given up.
  alarm('JobFailuresAlarm', {
    alarmDescription: 'A scheduled job failed (threw, timed out or could not start) in the last 5 minutes.',
    metric: new MathExpression({
      expression: 'MAX([FILL(failures, 0), FILL(errors, 0)])',
      usingMetrics: {
        failures: emf('JobFailures', JOBS_SERVICE),
        errors: runner.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
      },
      label: 'Failed job runs',
      period: FIVE_MINUTES,
    }),
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  alarm('JobDeadLettersAlarm', {
    alarmDescription:
      'A scheduled job invocation was given up after its retries and parked in the job dead-letter queue.',
    metric: deadLetters.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });

  // Mail: deliveries that failed (to be retried) or were refused for good, from the stream worker
  // and the jobs together; many at once means the SMTP provider or its credentials.
  const quarter = Duration.minutes(15);
  alarm('DeliveryFailuresAlarm', {
    alarmDescription: `More than ${DELIVERY_FAILURES} mail deliveries failed or were parked in 15 minutes.`,
    metric: new MathExpression({
      expression: 'FILL(sf, 0) + FILL(sp, 0) + FILL(jf, 0) + FILL(jp, 0)',
      usingMetrics: {
        sf: emf('DeliveriesFailed', STREAM_SERVICE, quarter),
        sp: emf('DeliveriesParked', STREAM_SERVICE, quarter),
        jf: emf('DeliveriesFailed', JOBS_SERVICE, quarter),
        jp: emf('DeliveriesParked', JOBS_SERVICE, quarter),
      },
      label: 'Failed deliveries',
      period: quarter,
    }),
    threshold: DELIVERY_FAILURES,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });

  return {};
}

function notify(topic: ITopic, alarm: Alarm): Alarm {
  alarm.addAlarmAction(new SnsAction(topic));
  return alarm;
}

/** The app's own functions in every other stack (not CDK's or SST's helper functions). */
function appFunctions(stack: Stack): SstFunction[] {
  return stack.node.root.node
    .findAll()
    .filter((c): c is SstFunction => c instanceof SstFunction && Stack.of(c) !== stack);
}

/** `Api` + `Lambda_public` → `ApiLambdapublic`: a construct id unique across the stacks. */
function constructName(fn: IConstruct): string {
  const stackName = Stack.of(fn).node.id.split('-').pop() ?? '';
  return `${stackName}${fn.node.id}`.replace(/[^A-Za-z0-9]/g, '');
}
