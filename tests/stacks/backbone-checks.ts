import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createTableInput } from '../../packages/core/src/db/table.ts';
import { OUTBOX_ENTITY, OutboxEvent } from '../../packages/core/src/outbox/outbox-event.entity.ts';
import { SCHEDULES } from '../../packages/core/src/schedules/schedules.ts';
import { JOB_RUNNER_HANDLER } from '../../stacks/Jobs.ts';
import { tableDataActions } from '../../stacks/lib/table-access.ts';
import { OUTBOX_ENTITY_MARKER, STREAM_WORKER_HANDLER } from '../../stacks/Workers.ts';
import { asList, functionByHandler, grants, imported, only, roleStatements, type Json } from './template-helpers.ts';

/**
 * The asynchronous backbone's AWS shape: the table's stream, the stream worker's event-source
 * mapping with its failure queue and alarm, one schedule per job of core's list, and who may read
 * the mail secrets. Called from stacks.test.ts on its synthesized app (one synthesis per stage).
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

const MAIL_SECRETS = ['SMTP_URL', 'MAIL_FROM'];
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

/** The env var SST sets for a bound secret: the function reads the value from SSM at cold start. */
const secretVariable = (name: string) => `SST_Secret_value_${name}`;

/**
 * The bundled entry of a function, read from its staged artifact: it exports the handler, and it
 * carries SST's config loader, which fetches the bound secrets from SSM before the handler runs.
 */
function expectBundledEntry(outdir: string, fn: { props: Json }, entry: string): void {
  const bundle = join(outdir, `asset.${String(fn.props.Code.S3Key).replace(/\.zip$/, '')}`, entry);
  expect(existsSync(bundle), `${bundle} exists`).toBe(true);
  const code = readFileSync(bundle, 'utf8');
  expect(code).toMatch(/export\s*\{[^}]*\bhandler\b[^}]*\}/);
  expect(code).toContain('__FETCH_FROM_SSM__');
}

/** What a backbone function's role may do, all of it: anything else in its policies fails the test. */
function expectOnlyAllowed(statements: Json[], allowed: (action: string) => boolean): void {
  expect(statements.length).toBeGreaterThan(0);
  for (const st of statements) {
    expect(st.Effect).toBe('Allow');
    for (const action of asList(st.Action).map(String)) {
      expect(action, 'no service-wide or global action').not.toMatch(/(^\*$|:\*$)/);
      expect(allowed(action), `${action} is allowed`).toBe(true);
    }
  }
}

export function backboneChecks(synthesized: () => Templates): void {
  const s = () => synthesized();
  const tableId = () => only(s().database, 'AWS::DynamoDB::Table').id;
  const tableArn = () => imported(s().database, { 'Fn::GetAtt': [tableId(), 'Arn'] });
  const worker = () => functionByHandler(s().workers, STREAM_WORKER_HANDLER);
  const runner = () => functionByHandler(s().jobs, JOB_RUNNER_HANDLER);

  /** The table statement every backbone function gets: data actions on the table and its indexes. */
  function expectTableStatement(statements: Json[]): void {
    const dynamo = statements.filter((st) => grants(st, 'dynamodb:') && asList(st.Action).includes('dynamodb:PutItem'));
    expect(dynamo).toHaveLength(1);
    expect(dynamo[0]!.Resource).toEqual([tableArn(), { 'Fn::Join': ['', [tableArn(), '/index/*']] }]);
    expect([...asList(dynamo[0]!.Action)].sort()).toEqual([...tableDataActions].sort());
  }

  /** ssm:GetParameters on exactly these secrets (and SST's cross-stage fallbacks of them). */
  function expectSecretReads(statements: Json[], names: string[]): void {
    const ssm = statements.filter((st) => grants(st, 'ssm:'));
    for (const st of ssm) expect(asList(st.Action)).toEqual(['ssm:GetParameters']);
    const resources = ssm.flatMap((st) => asList(st.Resource)).map((r) => JSON.stringify(r));
    for (const name of names) {
      expect(resources.some((r) => r.includes(`/sst/aksu-talent/${s().stage}/Secret/${name}/value`)), name).toBe(true);
    }
    for (const r of resources) expect(r).toMatch(new RegExp(`/Secret/(${names.join('|')})/value`));
  }

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
      const found = Object.values(s().workers.findResources('AWS::CloudWatch::Alarm', { Properties: { Namespace: namespace, MetricName: metric } }));
      expect(found, `one alarm on ${namespace} ${metric}`).toHaveLength(1);
      return found[0]!.Properties;
    };
    const topicRef = () => imported(s().alarms, { Ref: only(s().alarms, 'AWS::SNS::Topic').id });

    it('feeds the table stream to the worker from the oldest record, reporting the failed item, bisecting, a bounded number of times', () => {
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
    });

    it('invokes the worker only for outbox inserts, exactly the records the handlers act on', () => {
      expect(OUTBOX_ENTITY_MARKER).toBe(OUTBOX_ENTITY);
      const filters: Json[] = mapping().FilterCriteria.Filters;
      expect(filters).toHaveLength(1);
      const pattern = JSON.parse(filters[0]!.Pattern);

      const event = { eventId: 'ev-stack-test', type: 'registration.cancelled', occurredAt: '2026-07-01T00:00:00.000Z', payload: { registrationId: 'r1' } };
      const outbox = marshalled(OutboxEvent.put(event).params<{ Item: Json }>({ table: 'stack-test' }).Item);
      const other = { ...outbox, __edb_e__: { S: 'registration' } };
      const record = (eventName: string, image: Json) => ({ eventName, eventSource: 'aws:dynamodb', dynamodb: { NewImage: image } });

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

  describe('Jobs', () => {
    const rules = () => Object.values(s().jobs.findResources('AWS::Events::Rule'));

    it('schedules every job of the list once, with its cron, invoking the one runner with its name', () => {
      expect(SCHEDULES.length).toBeGreaterThan(0);
      expect(rules()).toHaveLength(SCHEDULES.length);
      const runnerArn = { 'Fn::GetAtt': [runner().id, 'Arn'] };
      for (const { name, cron } of SCHEDULES) {
        const found = rules().filter((rule) => rule.Properties.ScheduleExpression === cron && rule.Properties.Targets.some((t: Json) => t.Input === JSON.stringify({ job: name })));
        expect(found, `one rule for ${name}`).toHaveLength(1);
        const [rule] = found;
        expect(rule!.Properties.State).toBe('ENABLED');
        expect(rule!.Properties.Targets).toEqual([expect.objectContaining({ Arn: runnerArn, Input: JSON.stringify({ job: name }) })]);
      }
      // EventBridge may invoke the runner once per rule, and nothing else may.
      const permissions = Object.values(s().jobs.findResources('AWS::Lambda::Permission'));
      expect(permissions).toHaveLength(SCHEDULES.length);
      for (const p of permissions) expect(p.Properties.Principal).toBe('events.amazonaws.com');
    });

    it('gives the runner the table, the mail secrets and nothing else, on Node 22+', () => {
      expect(runner().props.Runtime).toMatch(/^nodejs(2[2-9]|[3-9]\d)\.x$/);
      expectBundledEntry(s().outdir, runner(), 'packages/functions/src/jobs/run.mjs');
      const statements = roleStatements(s().jobs, runner());
      expectOnlyAllowed(
        statements,
        (a) =>
          /^xray:Put(TraceSegments|TelemetryRecords)$/.test(a) ||
          (tableDataActions as readonly string[]).includes(a) ||
          a === 'ssm:GetParameters' ||
          // Parking a failed run in the jobs' dead-letter queue (observability-checks.ts checks which queue).
          /^sqs:(SendMessage|GetQueueAttributes|GetQueueUrl)$/.test(a),
      );
      expectTableStatement(statements);
      for (const st of statements.filter((st) => asList(st.Resource).includes('*'))) {
        for (const action of asList(st.Action)) expect(String(action)).toMatch(/^xray:/);
      }
      expectSecretReads(statements, [...MAIL_SECRETS, 'PII_KEY']);
      const env = runner().props.Environment.Variables;
      for (const name of MAIL_SECRETS) expect(env[secretVariable(name)]).toBe('__FETCH_FROM_SSM__');
      expect(env.TABLE_NAME).toEqual(imported(s().database, { Ref: tableId() }));
    });
  });

  describe('Mail secrets', () => {
    it('are read by the worker and the jobs only, never by the API, and never written by a deploy', () => {
      for (const fn of Object.values(s().api.findResources('AWS::Lambda::Function'))) {
        const env = fn.Properties.Environment?.Variables ?? {};
        for (const name of MAIL_SECRETS) expect(env[secretVariable(name)]).toBeUndefined();
      }
      const apiPolicies = JSON.stringify(s().api.findResources('AWS::IAM::Policy'));
      for (const name of MAIL_SECRETS) expect(apiPolicies).not.toContain(`/Secret/${name}/`);
      for (const template of [s().database, s().alarms, s().api, s().workers, s().jobs]) {
        const parameters = JSON.stringify(template.findResources('AWS::SSM::Parameter'));
        for (const name of MAIL_SECRETS) expect(parameters).not.toContain(name);
      }
    });
  });
}
