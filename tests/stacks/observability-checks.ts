import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { serviceNameOf } from '../../packages/functions/src/observability/lambda.ts';
import { DEFAULT_NAMESPACE, METRIC } from '../../packages/functions/src/observability/metrics.ts';
import { JOB_RETRY_ATTEMPTS, JOB_RUNNER_HANDLER, JOBS_SERVICE } from '../../stacks/Jobs.ts';
import { metricsNamespace } from '../../stacks/lib/function-defaults.ts';
import { API_5XX_MIN_REQUESTS, API_5XX_PERCENT } from '../../stacks/Monitoring.ts';
import { STREAM_SERVICE, STREAM_WORKER_HANDLER } from '../../stacks/Workers.ts';
import { functionByHandler, imported, only, roleStatements, type Json } from './template-helpers.ts';

/**
 * What an on-call person relies on: Powertools' configuration and X-Ray on every function, one
 * SNS topic that every alarm notifies, an alarm per risk (API 5xx rate, each function's throttles,
 * the table's throttles and system errors, job failures, dead-letter queues) and the jobs' dead-
 * letter queue. Called from stacks.test.ts on its synthesized app (one synthesis per stage).
 */

interface Templates {
  stage: string;
  database: Template;
  alarms: Template;
  api: Template;
  workers: Template;
  jobs: Template;
  monitoring: Template;
}

const functionsOf = (template: Template): Array<[string, Json]> =>
  Object.entries(template.findResources('AWS::Lambda::Function')).filter(
    // The app's functions; CDK's and SST's helpers have no TABLE_NAME.
    ([, fn]) => fn.Properties.Environment?.Variables?.TABLE_NAME !== undefined,
  );

const alarmsOf = (template: Template): Array<[string, Json]> =>
  Object.entries(template.findResources('AWS::CloudWatch::Alarm'));

function alarm(template: Template, idPrefix: string): Json {
  const found = alarmsOf(template).filter(([id]) => id.startsWith(idPrefix));
  expect(
    found.map(([id]) => id),
    `one alarm ${idPrefix}*`,
  ).toHaveLength(1);
  return found[0]![1].Properties;
}

/** The metrics an alarm reads: its own, or those inside its metric math. */
const metricsIn = (props: Json): Json[] =>
  props.Metrics
    ? props.Metrics.filter((m: Json) => m.MetricStat).map((m: Json) => ({
        ...m.MetricStat.Metric,
        Stat: m.MetricStat.Stat,
      }))
    : [props];

const dimension = (metric: Json, name: string) => metric.Dimensions.find((d: Json) => d.Name === name)?.Value;

export function observabilityChecks(synthesized: () => Templates): void {
  describe('observability', () => {
    const s = () => synthesized();
    const topicRef = () => imported(s().alarms, { Ref: only(s().alarms, 'AWS::SNS::Topic').id });

    it('runs every function with active X-Ray tracing and the Powertools metrics namespace of its stage', () => {
      const all = [s().api, s().workers, s().jobs].flatMap(functionsOf);
      expect(all.length).toBeGreaterThanOrEqual(3);
      for (const [id, fn] of all) {
        expect(fn.Properties.TracingConfig, id).toEqual({ Mode: 'Active' });
        expect(fn.Properties.Environment.Variables, id).toMatchObject({
          POWERTOOLS_METRICS_NAMESPACE: metricsNamespace(s().stage),
          POWERTOOLS_LOG_LEVEL: 'INFO',
        });
      }
      // The job-failure alarm reads the runner's metrics under the service name the wrapper uses.
      const runner = functionByHandler(s().jobs, JOB_RUNNER_HANDLER);
      expect(runner.props.Environment.Variables.POWERTOOLS_SERVICE_NAME).toBe(JOBS_SERVICE);
      const worker = functionByHandler(s().workers, STREAM_WORKER_HANDLER);
      expect(worker.props.Environment.Variables.POWERTOOLS_SERVICE_NAME).toBe(STREAM_SERVICE);
      expect(serviceNameOf('jobs')).toBe(JOBS_SERVICE);
      expect(serviceNameOf('stream')).toBe(STREAM_SERVICE);
      // Locally (no namespace set) the metrics code has its own default; deployed, the stage's wins.
      expect(metricsNamespace(s().stage)).not.toBe(DEFAULT_NAMESPACE);
    });

    it('sends every alarm of every stack to the one alarm topic, and nothing else', () => {
      only(s().alarms, 'AWS::SNS::Topic');
      const every = [s().workers, s().jobs, s().monitoring].flatMap(alarmsOf);
      expect(every.length).toBeGreaterThan(0);
      for (const [id, a] of every) {
        const actions = a.Properties.AlarmActions;
        expect(actions, id).toHaveLength(1);
        expect(JSON.stringify(actions[0]), id).toBe(JSON.stringify(topicRef()));
      }
      for (const template of [s().database, s().api]) expect(alarmsOf(template)).toHaveLength(0);
    });

    it('alarms on the API 5xx rate, once there are enough requests to judge', () => {
      const props = alarm(s().monitoring, 'Api5xxRateAlarm');
      expect(props).toMatchObject({
        Threshold: API_5XX_PERCENT,
        ComparisonOperator: 'GreaterThanThreshold',
        EvaluationPeriods: 3,
        DatapointsToAlarm: 2,
      });
      const expression = props.Metrics.find((m: Json) => m.Expression).Expression;
      expect(expression).toBe(`IF(requests >= ${API_5XX_MIN_REQUESTS}, 100 * errors / requests, 0)`);
      const names = metricsIn(props)
        .map((m) => `${m.Namespace}/${m.MetricName}`)
        .sort();
      expect(names).toEqual(['AWS/ApiGateway/5xx', 'AWS/ApiGateway/Count']);
      const apiId = imported(s().api, { Ref: only(s().api, 'AWS::ApiGatewayV2::Api').id });
      for (const m of metricsIn(props)) expect(JSON.stringify(dimension(m, 'ApiId'))).toBe(JSON.stringify(apiId));
    });

    it('alarms on throttles of each of the app’s functions', () => {
      const throttled = alarmsOf(s().monitoring)
        .map(([, a]) => a.Properties)
        .filter((a) => a.MetricName === 'Throttles' && a.Namespace === 'AWS/Lambda');
      for (const template of [s().api, s().workers, s().jobs]) {
        for (const [id] of functionsOf(template)) {
          const watching = throttled.filter(
            (a) => JSON.stringify(dimension(a, 'FunctionName')) === JSON.stringify(imported(template, { Ref: id })),
          );
          expect(watching, `a throttle alarm for ${id}`).toHaveLength(1);
          expect(watching[0]).toMatchObject({
            Threshold: 0,
            ComparisonOperator: 'GreaterThanThreshold',
            Statistic: 'Sum',
          });
        }
      }
    });

    it('alarms on the table’s read and write throttles and on DynamoDB system errors', () => {
      const tableRef = imported(s().database, { Ref: only(s().database, 'AWS::DynamoDB::Table').id });
      for (const [id, metric] of [
        ['TableReadThrottlesAlarm', 'ReadThrottleEvents'],
        ['TableWriteThrottlesAlarm', 'WriteThrottleEvents'],
      ] as const) {
        const props = alarm(s().monitoring, id);
        expect(props).toMatchObject({ Namespace: 'AWS/DynamoDB', MetricName: metric, Threshold: 0 });
        expect(JSON.stringify(dimension(props, 'TableName'))).toBe(JSON.stringify(tableRef));
      }
      const errors = metricsIn(alarm(s().monitoring, 'TableSystemErrorsAlarm'));
      expect(errors.length).toBeGreaterThanOrEqual(5);
      expect(errors.length).toBeLessThanOrEqual(10);
      for (const m of errors) {
        expect(m.MetricName).toBe('SystemErrors');
        expect(JSON.stringify(dimension(m, 'TableName'))).toBe(JSON.stringify(tableRef));
      }
      expect(errors.map((m) => dimension(m, 'Operation'))).toEqual(
        expect.arrayContaining(['TransactWriteItems', 'Query', 'GetItem']),
      );
    });

    it('alarms on failed jobs, from the runner’s JobFailures metric and its Lambda errors', () => {
      const metrics = metricsIn(alarm(s().monitoring, 'JobFailuresAlarm'));
      const emf = metrics.find((m) => m.MetricName === METRIC.jobFailures);
      expect(emf).toMatchObject({ Namespace: metricsNamespace(s().stage), Stat: 'Sum' });
      expect(dimension(emf!, 'service')).toBe(JOBS_SERVICE);
      const errors = metrics.find((m) => m.MetricName === 'Errors');
      const runner = functionByHandler(s().jobs, JOB_RUNNER_HANDLER);
      expect(JSON.stringify(dimension(errors!, 'FunctionName'))).toBe(
        JSON.stringify(imported(s().jobs, { Ref: runner.id })),
      );
    });

    it(
      'parks scheduled invocations that did not run in a ' +
        'dead-letter queue, after retries, and alarms on its depth',
      () => {
        const queues = s().jobs.findResources('AWS::SQS::Queue');
        const [queueId, queue] = Object.entries(queues).find(([id]) => id.startsWith('JobDeadLetters'))!;
        expect(queue.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
        const rules = Object.values(s().jobs.findResources('AWS::Events::Rule'));
        expect(rules.length).toBeGreaterThan(0);
        for (const rule of rules) {
          const [target] = rule.Properties.Targets;
          expect(target.DeadLetterConfig.Arn).toEqual({ 'Fn::GetAtt': [queueId, 'Arn'] });
          expect(target.RetryPolicy).toEqual({
            MaximumRetryAttempts: JOB_RETRY_ATTEMPTS,
            MaximumEventAgeInSeconds: 3600,
          });
        }
        const runner = functionByHandler(s().jobs, JOB_RUNNER_HANDLER);
        const { resource: invokeConfig } = only(s().jobs, 'AWS::Lambda::EventInvokeConfig');
        expect(invokeConfig.Properties).toMatchObject({
          FunctionName: { Ref: runner.id },
          MaximumRetryAttempts: JOB_RETRY_ATTEMPTS,
          DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
        });
        const sends = roleStatements(s().jobs, runner).filter((st) =>
          JSON.stringify(st.Action).includes('sqs:SendMessage'),
        );
        expect(sends.map((st) => st.Resource)).toEqual([{ 'Fn::GetAtt': [queueId, 'Arn'] }]);

        const depth = alarm(s().monitoring, 'JobDeadLettersAlarm');
        expect(depth).toMatchObject({
          Namespace: 'AWS/SQS',
          MetricName: 'ApproximateNumberOfMessagesVisible',
          Threshold: 0,
        });
        expect(JSON.stringify(dimension(depth, 'QueueName'))).toBe(
          JSON.stringify(imported(s().jobs, { 'Fn::GetAtt': [queueId, 'QueueName'] })),
        );
      },
    );

    it('keeps the stream worker’s failure-queue depth alarm, and alarms on failing mail deliveries', () => {
      const workerAlarms = alarmsOf(s().workers).map(([, a]) => a.Properties);
      expect(
        workerAlarms.some((a) => a.MetricName === 'ApproximateNumberOfMessagesVisible' && a.Namespace === 'AWS/SQS'),
      ).toBe(true);
      const deliveries = metricsIn(alarm(s().monitoring, 'DeliveryFailuresAlarm'));
      expect(deliveries.map((m) => `${dimension(m, 'service')}:${m.MetricName}`).sort()).toEqual(
        [
          `${JOBS_SERVICE}:${METRIC.deliveriesFailed}`,
          `${JOBS_SERVICE}:${METRIC.deliveriesParked}`,
          `${STREAM_SERVICE}:${METRIC.deliveriesFailed}`,
          `${STREAM_SERVICE}:${METRIC.deliveriesParked}`,
        ].sort(),
      );
    });
  });
}
