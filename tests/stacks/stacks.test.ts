import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Aspects } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTableInput, tableDefinition } from '../../packages/core/src/db/table.ts';
import { apiChecks } from './api-checks.ts';
import { backboneChecks } from './backbone-checks.ts';
import { jobsChecks } from './jobs-checks.ts';
import { nagChecks, nagFindings, SuppressionRecorder, type NagResult } from './nag-checks.ts';
import { observabilityChecks } from './observability-checks.ts';
import { storageChecks, storageRetainedChecks } from './storage-checks.ts';
import { trafficClassChecks } from './traffic-class-checks.ts';
import { accessLogBucket, ACCOUNT, only, ROOT, type Json } from './template-helpers.ts';
import { webChecks } from './web-checks.ts';

/*
 * Synthesizes the real app (sst.config.ts's `stacks`) the way `sst deploy` does up to
 * CloudFormation, then reads the templates and the staged Lambda artifact. Offline: the account is
 * a fixed made-up id (`sst deploy` asks STS for it) and nothing is looked up or uploaded.
 * `app.finish()` is what bundles the Lambda and builds the web app; without it the template holds
 * SST's placeholder code.
 */

// `sst deploy` runs from the project root: SST resolves handler, site and copyFiles paths against
// the working directory, and the esbuild it bundles with fixes its own working directory when first
// loaded. So move there before anything loads SST, whatever directory vitest was started from.
if (process.cwd() !== ROOT) process.chdir(ROOT);
const { App, getStack } = await import('sst/constructs');
const { initProject, useProject } = await import('sst/project.js');
const { default: sstConfig } = await import('../../sst.config.ts');
const { Alarms } = await import('../../stacks/Alarms.ts');
const { Api } = await import('../../stacks/Api.ts');
const { Database } = await import('../../stacks/Database.ts');
const { Jobs } = await import('../../stacks/Jobs.ts');
const { Monitoring } = await import('../../stacks/Monitoring.ts');
const { Web } = await import('../../stacks/Web.ts');
const { Workers } = await import('../../stacks/Workers.ts');

// Bounds a hung synthesis only: it bundles one function per traffic class and builds the web app,
// which takes minutes on two busy cores.
const SYNTH_TIMEOUT_MS = 300_000;

interface Synthesized {
  stage: string;
  region: string;
  outdir: string;
  database: Template;
  alarms: Template;
  api: Template;
  web: Template;
  workers: Template;
  jobs: Template;
  monitoring: Template;
  nag: NagResult;
}

async function synthesize(stage: string, outdir: string, env: Record<string, string>): Promise<Synthesized> {
  await initProject({ stage, root: ROOT });
  // After initProject, which loads the root .env files over process.env.
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  const { name, region } = useProject().config;
  const app = new App({ mode: 'deploy', name, stage, region, account: ACCOUNT }, { outdir });
  await sstConfig.stacks(app);
  await app.finish();
  // Aspects run during synthesis, so the pack sees the finished app including what finish() added.
  // Reports off: the findings are read from the annotations, and CSV files would land in outdir.
  const recorder = new SuppressionRecorder();
  Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true, reports: false, additionalLoggers: [recorder] }));
  const stacks = [Database, Alarms, Api, Web, Workers, Jobs, Monitoring].map((fn) => getStack(fn));
  // The one synthesis; Template.fromStack below reuses its assembly.
  const assembly = app.synth();
  return {
    stage,
    region: app.region,
    outdir,
    database: Template.fromStack(getStack(Database)),
    alarms: Template.fromStack(getStack(Alarms)),
    api: Template.fromStack(getStack(Api)),
    web: Template.fromStack(getStack(Web)),
    workers: Template.fromStack(getStack(Workers)),
    jobs: Template.fromStack(getStack(Jobs)),
    monitoring: Template.fromStack(getStack(Monitoring)),
    nag: {
      ...nagFindings(
        assembly,
        stacks.map((stack) => stack.artifactId),
      ),
      suppressed: recorder.suppressed,
    },
  };
}

function sorted<T>(items: T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => key(a).localeCompare(key(b)));
}

describe('non-production stage', () => {
  let outdir: string | undefined;
  let s: Synthesized;

  beforeAll(async () => {
    outdir = mkdtempSync(join(tmpdir(), 'aksu-stacks-'));
    s = await synthesize('ci', outdir, { WEB_ORIGINS: '', PUBLIC_URL: '' });
  }, SYNTH_TIMEOUT_MS);

  afterAll(() => {
    vi.unstubAllEnvs();
    if (outdir) rmSync(outdir, { recursive: true, force: true });
  });

  nagChecks(() => s);
  backboneChecks(() => s);
  jobsChecks(() => s);
  observabilityChecks(() => s);
  trafficClassChecks(() => s);

  describe('Database', () => {
    it('has exactly the keys and indexes of the core table definition', () => {
      const expected = createTableInput('unused');
      const { resource } = only(s.database, 'AWS::DynamoDB::Table');
      const props = resource.Properties;

      expect(props.KeySchema).toEqual(expected.KeySchema);
      expect(sorted(props.AttributeDefinitions, (a: Json) => a.AttributeName)).toEqual(
        sorted(expected.AttributeDefinitions!, (a) => a.AttributeName!),
      );
      expect(sorted(props.GlobalSecondaryIndexes, (i: Json) => i.IndexName)).toEqual(
        sorted(expected.GlobalSecondaryIndexes!, (i) => i.IndexName!),
      );
      expect(props.GlobalSecondaryIndexes.map((i: Json) => i.IndexName).sort()).toEqual(
        Object.keys(tableDefinition.globalIndexes).sort(),
      );
      expect(props.BillingMode).toBe('PAY_PER_REQUEST');
    });

    it('outputs the table name for bootstrapping the first admin', () => {
      const table = only(s.database, 'AWS::DynamoDB::Table').id;
      const outputs = Object.values(s.database.findOutputs('*')).map((o) => JSON.stringify(o.Value));
      expect(outputs).toContain(JSON.stringify({ Ref: table }));
    });

    it('keeps point-in-time recovery and expires items by expiresAt', () => {
      const { resource } = only(s.database, 'AWS::DynamoDB::Table');
      expect(resource.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
      expect(resource.Properties.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
      expect(tableDefinition.timeToLiveAttribute).toBe('expiresAt');
    });

    it('is deleted with the stage and not protected', () => {
      const { resource } = only(s.database, 'AWS::DynamoDB::Table');
      expect(resource.DeletionPolicy).toBe('Delete');
      expect(resource.UpdateReplacePolicy).toBe('Delete');
      expect(resource.Properties.DeletionProtectionEnabled).not.toBe(true);
    });
  });
  apiChecks(() => s);
  webChecks(() => s);
  storageChecks(() => s, { origins: [] });
});

describe('production stage', () => {
  let outdir: string | undefined;
  let s: Synthesized;

  beforeAll(async () => {
    outdir = mkdtempSync(join(tmpdir(), 'aksu-stacks-'));
    s = await synthesize('prod', outdir, {
      WEB_ORIGINS: 'https://talent.example.org/, https://admin.example.org',
      PUBLIC_URL: 'https://talent.example.org',
    });
  }, SYNTH_TIMEOUT_MS);

  afterAll(() => {
    vi.unstubAllEnvs();
    if (outdir) rmSync(outdir, { recursive: true, force: true });
  });

  nagChecks(() => s);
  storageChecks(() => s, { origins: ['https://talent.example.org', 'https://admin.example.org'] });
  storageRetainedChecks(() => s);

  it('keeps the table when the stack or the table goes away, and protects it from deletion', () => {
    const { resource } = only(s.database, 'AWS::DynamoDB::Table');
    expect(resource.DeletionPolicy).toBe('Retain');
    expect(resource.UpdateReplacePolicy).toBe('Retain');
    expect(resource.Properties.DeletionProtectionEnabled).toBe(true);
    expect(resource.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });

  it('keeps logs for three months', () => {
    s.api.hasResourceProperties('Custom::LogRetention', { RetentionInDays: 90 });
    s.api.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
    const accessLogs = accessLogBucket(s.web);
    expect(accessLogs.Properties.LifecycleConfiguration.Rules).toEqual([{ ExpirationInDays: 90, Status: 'Enabled' }]);
    // Production keeps CDK's default for buckets: the logs outlive the stack.
    expect(accessLogs.DeletionPolicy).toBe('Retain');
  });

  it('links mails to the public URL given at deploy time', () => {
    for (const template of [s.workers, s.jobs]) {
      const functions = Object.values(
        template.findResources('AWS::Lambda::Function', {
          Properties: { Environment: { Variables: { TABLE_NAME: Match.anyValue() } } },
        }),
      );
      expect(functions.length).toBeGreaterThan(0);
      for (const fn of functions)
        expect(fn.Properties.Environment.Variables.PUBLIC_URL).toBe('https://talent.example.org');
    }
  });

  it('answers browsers only from the configured web origins', () => {
    const cors = only(s.api, 'AWS::ApiGatewayV2::Api').resource.Properties.CorsConfiguration;
    expect(cors.AllowOrigins).toEqual(['https://talent.example.org', 'https://admin.example.org']);
  });
});
