import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { SCHEDULES } from '../../packages/core/src/schedules/schedules.ts';
import { JOB_RUNNER_HANDLER } from '../../stacks/Jobs.ts';
import { tableDataActions } from '../../stacks/lib/table-access.ts';
import {
  expectBundledEntry,
  expectOnlyAllowed,
  MAIL_SECRETS,
  secretVariable,
  tableGrants,
} from './backbone-helpers.ts';
import { asList, functionByHandler, imported, roleStatements, type Json } from './template-helpers.ts';

/**
 * The scheduled jobs in AWS (one EventBridge rule per job of core's list, one runner) and who may
 * read the mail secrets. Called from stacks.test.ts on its synthesized app.
 */

interface Templates {
  stage: string;
  outdir: string;
  database: Template;
  alarms: Template;
  api: Template;
  workers: Template;
  jobs: Template;
}

export function jobsChecks(synthesized: () => Templates): void {
  const s = () => synthesized();
  const { tableId, expectTableStatement, expectSecretReads } = tableGrants(s);
  const runner = () => functionByHandler(s().jobs, JOB_RUNNER_HANDLER);

  describe('Jobs', () => {
    const rules = () => Object.values(s().jobs.findResources('AWS::Events::Rule'));

    it('schedules every job of the list once, with its cron, invoking the one runner with its name', () => {
      expect(SCHEDULES.length).toBeGreaterThan(0);
      expect(rules()).toHaveLength(SCHEDULES.length);
      const runnerArn = { 'Fn::GetAtt': [runner().id, 'Arn'] };
      for (const { name, cron } of SCHEDULES) {
        const found = rules().filter(
          (rule) =>
            rule.Properties.ScheduleExpression === cron &&
            rule.Properties.Targets.some((t: Json) => t.Input === JSON.stringify({ job: name })),
        );
        expect(found, `one rule for ${name}`).toHaveLength(1);
        const [rule] = found;
        expect(rule!.Properties.State).toBe('ENABLED');
        expect(rule!.Properties.Targets).toEqual([
          expect.objectContaining({ Arn: runnerArn, Input: JSON.stringify({ job: name }) }),
        ]);
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
