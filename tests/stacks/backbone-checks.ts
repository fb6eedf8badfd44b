import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createTableInput } from '../../packages/core/src/db/table.ts';
import { OUTBOX_ENTITY, OutboxEvent } from '../../packages/core/src/outbox/outbox-event.entity.ts';
import { tableDataActions } from '../../stacks/lib/table-access.ts';
import { OUTBOX_ENTITY_MARKER, STREAM_WORKER_HANDLER } from '../../stacks/Workers.ts';
import {
  expectBundledEntry,
  expectOnlyAllowed,
  MAIL_SECRETS,
  secretVariable,
  tableGrants,
} from './backbone-helpers.ts';
import { asList, functionByHandler, grants, imported, only, roleStatements, type Json } from './template-helpers.ts';

/**
 * The asynchronous backbone's AWS shape: the table's stream, the stream worker's event-source
 * mapping with its failure queue and alarm (jobs-checks.ts has the schedules). Called from stacks.test.ts on its
 * synthesized app (one synthesis per stage).
 */

interface Templates {
  stage: string;
  /** The cloud assembly's folder, where the bundled Lambda artifacts are staged. */
  outdir: string;
  database: Template;
  alarms: Template;
  api: Template;
  workers: Template;
  jobs: Template;
}

const STREAM_READ_ACTIONS = ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'];

/** DynamoDB's JSON for a plain item, as a stream record's NewImage carries it. */
function marshalled(item: Json): Json {
  const value = (v: unknown): Json => {
    if (typeof v === 'string') return { S: v };
    if (typeof v === 'number') return { N: String(v) };
    if (typeof v === 'boolean') return { BOOL: v };
    if (Array.isArray(v)) return { L: v.map(value) };
    return { M: marshalled(v as Json) };
  };
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, value(v)]));
}

/**
 * Lambda's event filtering for the pattern forms the mapping uses: a list of allowed values, or
 * an object whose every key must match in the event.
 */
function matches(pattern: Json, event: unknown): boolean {
  return Object.entries(pattern).every(([key, rule]) => {
    const value = (event as Json | undefined)?.[key];
    if (Array.isArray(rule)) return rule.includes(value);
    return typeof value === 'object' && value !== null && matches(rule, value);
  });
}

export function backboneChecks(synthesized: () => Templates): void {
  const s = () => synthesized();
  const { tableId, expectTableStatement, expectSecretReads } = tableGrants(s);
  const worker = () => functionByHandler(s().workers, STREAM_WORKER_HANDLER);

  describe('Database stream', () => {
    it('streams new images, as the local table does', () => {
      const { resource } = only(s().database, 'AWS::DynamoDB::Table');
      expect(resource.Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_IMAGE' });
      expect(createTableInput('unused').StreamSpecification?.StreamViewType).toBe('NEW_IMAGE');
    });
  });

  describe('Workers', () => {
    const mapping = () => only(s().workers, 'AWS::Lambda::EventSourceMapping').resource.Properties;
    const failureQueue = () => only(s().workers, 'AWS::SQS::Queue');
    const alarmOn = (namespace: string, metric: string): Json => {
      const found = Object.values(
        s().workers.findResources('AWS::CloudWatch::Alarm', {
          Properties: { Namespace: namespace, MetricName: metric },
        }),
      );
      expect(found, `one alarm on ${namespace} ${metric}`).toHaveLength(1);
      return found[0]!.Properties;
    };
    const topicRef = () => imported(s().alarms, { Ref: only(s().alarms, 'AWS::SNS::Topic').id });

    it(
      'feeds the table stream to the worker from the oldest record, ' +
        'reporting the failed item, bisecting, a bounded number of times',
      () => {
        const props = mapping();
        expect(props.FunctionName).toEqual({ Ref: worker().id });
        expect(props.EventSourceArn).toEqual(imported(s().database, { 'Fn::GetAtt': [tableId(), 'StreamArn'] }));
        expect(props.StartingPosition).toBe('TRIM_HORIZON');
        expect(props.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
        expect(props.BisectBatchOnFunctionError).toBe(true);
        expect(props.MaximumRetryAttempts).toBe(5);
        // Older than the stream's 24-hour retention would mean never parking a stuck batch in time.
        expect(props.MaximumRecordAgeInSeconds).toBeGreaterThan(0);
        expect(props.MaximumRecordAgeInSeconds).toBeLessThan(24 * 3600);
        expect(props.DestinationConfig.OnFailure.Destination).toEqual({ 'Fn::GetAtt': [failureQueue().id, 'Arn'] });
      },
    );

    it('invokes the worker only for outbox inserts, exactly the records the handlers act on', () => {
      expect(OUTBOX_ENTITY_MARKER).toBe(OUTBOX_ENTITY);
      const filters: Json[] = mapping().FilterCriteria.Filters;
      expect(filters).toHaveLength(1);
      const pattern = JSON.parse(filters[0]!.Pattern);

      const event = {
        eventId: 'ev-stack-test',
        type: 'registration.cancelled',
        occurredAt: '2026-07-01T00:00:00.000Z',
        payload: { registrationId: 'r1' },
      };
      const outbox = marshalled(OutboxEvent.put(event).params<{ Item: Json }>({ table: 'stack-test' }).Item);
      const other = { ...outbox, __edb_e__: { S: 'registration' } };
      const record = (eventName: string, image: Json) => ({
        eventName,
        eventSource: 'aws:dynamodb',
        dynamodb: { NewImage: image },
      });

      expect(matches(pattern, record('INSERT', outbox))).toBe(true);
      expect(matches(pattern, record('MODIFY', outbox))).toBe(false);
      expect(matches(pattern, record('REMOVE', outbox))).toBe(false);
      expect(matches(pattern, record('INSERT', other))).toBe(false);
    });

    it('parks failed batches in an encrypted, TLS-only queue that raises the one alarm topic', () => {
      const { id, resource } = failureQueue();
      expect(resource.Properties.SqsManagedSseEnabled).toBe(true);
      const policy = only(s().workers, 'AWS::SQS::QueuePolicy').resource.Properties;
      expect(policy.Queues).toEqual([{ Ref: id }]);
      expect(policy.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );

      const alarm = alarmOn('AWS/SQS', 'ApproximateNumberOfMessagesVisible');
      expect(alarm.Dimensions).toEqual([{ Name: 'QueueName', Value: { 'Fn::GetAtt': [id, 'QueueName'] } }]);
      expect(alarm.ComparisonOperator).toBe('GreaterThanThreshold');
      expect(alarm.Threshold).toBe(0);
      expect(alarm.TreatMissingData).toBe('notBreaching');

      expect(alarm.AlarmActions).toEqual([topicRef()]);
      const topicPolicy = only(s().alarms, 'AWS::SNS::TopicPolicy').resource.Properties;
      expect(topicPolicy.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
      for (const other of [s().database, s().api, s().workers, s().jobs]) {
        expect(Object.keys(other.findResources('AWS::SNS::Topic'))).toEqual([]);
      }
    });

    it('raises the same topic when the oldest outbox record has waited over 30 minutes', () => {
      const alarm = alarmOn('AWS/Lambda', 'IteratorAge');
      expect(alarm.Dimensions).toEqual([{ Name: 'FunctionName', Value: { Ref: worker().id } }]);
      expect(alarm.Statistic).toBe('Maximum');
      expect(alarm.Threshold).toBe(30 * 60 * 1000);
      expect(alarm.ComparisonOperator).toBe('GreaterThanThreshold');
      expect(alarm.AlarmActions).toEqual([topicRef()]);
    });

    it('gives the worker least privilege: the stream, the table, the failure queue and its secrets', () => {
      const statements = roleStatements(s().workers, worker());
      expectOnlyAllowed(
        statements,
        (a) =>
          /^xray:Put(TraceSegments|TelemetryRecords)$/.test(a) ||
          (tableDataActions as readonly string[]).includes(a) ||
          [...STREAM_READ_ACTIONS, 'dynamodb:ListStreams'].includes(a) ||
          ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'].includes(a) ||
          a === 'ssm:GetParameters',
      );
      expectTableStatement(statements);

      const streamArn = imported(s().database, { 'Fn::GetAtt': [tableId(), 'StreamArn'] });
      const read = statements.filter((st) => asList(st.Action).includes('dynamodb:GetRecords'));
      expect(read).toHaveLength(1);
      expect(read[0]!.Resource).toEqual(streamArn);
      expect([...asList(read[0]!.Action)].sort()).toEqual(STREAM_READ_ACTIONS);

      const sqs = statements.filter((st) => grants(st, 'sqs:'));
      expect(sqs.flatMap((st) => asList(st.Resource))).toEqual([{ 'Fn::GetAtt': [failureQueue().id, 'Arn'] }]);

      // "*" only where IAM has no resource-level permission: X-Ray and ListStreams.
      for (const st of statements.filter((st) => asList(st.Resource).includes('*'))) {
        for (const action of asList(st.Action)) expect(String(action)).toMatch(/^(xray:|dynamodb:ListStreams$)/);
      }
      expectSecretReads(statements, [...MAIL_SECRETS, 'PII_KEY']);
    });

    it('runs the bundled stream handler with the table, the site URL and the mail secrets from SSM', () => {
      const { props } = worker();
      expect(props.Code.S3Key).toMatch(/^[0-9a-f]{64}\.zip$/);
      expectBundledEntry(s().outdir, worker(), 'packages/functions/src/workers/stream.mjs');
      const env = props.Environment.Variables;
      expect(env.TABLE_NAME).toEqual(imported(s().database, { Ref: tableId() }));
      for (const name of [...MAIL_SECRETS, 'PII_KEY']) expect(env[secretVariable(name)]).toBe('__FETCH_FROM_SSM__');
      expect(env[secretVariable('JWT_SECRET')]).toBeUndefined();
      // Without PUBLIC_URL at deploy time, links point at the site's CloudFront address.
      const publicUrl = JSON.stringify(env.PUBLIC_URL);
      expect(publicUrl).toContain('"https://"');
      expect(publicUrl).toContain(`{"Fn::ImportValue":"${s().stage}-aksu-talent-Web:`);
    });
  });
}
