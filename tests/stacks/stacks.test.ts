import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Aspects } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks, type INagLogger, type NagLoggerSuppressedData } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTableInput, tableDefinition } from '../../packages/core/src/db/table.ts';
import { backboneChecks } from './backbone-checks.ts';
import { observabilityChecks } from './observability-checks.ts';
import { trafficClassChecks } from './traffic-class-checks.ts';
import { asList, exportName, functionByHandler, grants, only, roleStatements, type Json } from './template-helpers.ts';

/*
 * Synthesizes the real app (sst.config.ts's `stacks`) the way `sst deploy` does up to
 * CloudFormation, then reads the templates and the staged Lambda artifact. Offline: the account is
 * a fixed made-up id (`sst deploy` asks STS for it) and nothing is looked up or uploaded.
 * `app.finish()` is what bundles the Lambda and builds the web app; without it the template holds
 * SST's placeholder code.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

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
const { entryKey, nagSuppressionEntries, resourceKey } = await import('../../stacks/lib/nag-suppressions.ts');

const ACCOUNT = '123456789012';
const HANDLER = 'packages/functions/src/lambda-api.handler';
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

/** One cdk-nag annotation, as `Annotations.findError`/`findWarning` would return it. */
interface NagFinding {
  path: string;
  /** Rule id with the finding in brackets, e.g. `AwsSolutions-IAM5[Resource::*]`. */
  rule: string;
  message: string;
}

/** A finding that a suppression in stacks/lib/nag-suppressions.ts silenced. */
interface SuppressedFinding {
  /** `<stack name>/<path in stack>`, the form the suppression entries use. */
  resource: string;
  ruleId: string;
  findingId: string;
}

interface NagResult {
  errors: NagFinding[];
  warnings: NagFinding[];
  suppressed: SuppressedFinding[];
}

/** Records what the suppressions silenced, to find entries that no longer match anything. */
class SuppressionRecorder implements INagLogger {
  readonly suppressed: SuppressedFinding[] = [];
  onSuppressed(data: NagLoggerSuppressedData): void {
    this.suppressed.push({ resource: resourceKey(data.resource), ruleId: data.ruleId, findingId: data.findingId });
  }
  onCompliance(): void {}
  onNonCompliance(): void {}
  onError(): void {}
  onSuppressedError(): void {}
  onNotApplicable(): void {}
}

/**
 * The cdk-nag messages of every stack, read from the assembly of the app's one synthesis: the same
 * messages `Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'))`
 * filters. `Annotations.fromStack` itself cannot be used here because it synthesizes the app again,
 * and SST's app-wide check for repeated construct ids throws on a second pass.
 * A rule that throws on a resource reports `CdkNagValidationFailure` as a warning; it counts as an
 * error here, since that resource was never checked.
 */
function nagFindings(assembly: CloudAssembly, artifactIds: string[]): Pick<NagResult, 'errors' | 'warnings'> {
  const errors: NagFinding[] = [];
  const warnings: NagFinding[] = [];
  for (const id of artifactIds) {
    for (const { level, id: path, entry } of assembly.getStackArtifact(id).messages) {
      const text = String(entry.data).trim();
      const pack = /^(AwsSolutions-|CdkNagValidationFailure)/.exec(text)?.[1];
      if (!pack) continue;
      // `Rule[finding]: message`, where the finding may itself hold colons (`Resource::arn:…`).
      const parts = /^([^[:\s]+(?:\[[\s\S]*?\])?): ([\s\S]*)$/.exec(text);
      const finding = { path, rule: parts?.[1] ?? text, message: parts?.[2] ?? '' };
      if (level === 'error' || pack === 'CdkNagValidationFailure') errors.push(finding);
      else if (level === 'warning') warnings.push(finding);
    }
  }
  return { errors, warnings };
}

const describeFinding = ({ rule, path, message }: NagFinding): string => `${rule} at ${path}: ${message}`;

async function synthesize(
  stage: string,
  outdir: string,
  env: Record<string, string>,
): Promise<Synthesized> {
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
    nag: { ...nagFindings(assembly, stacks.map((stack) => stack.artifactId)), suppressed: recorder.suppressed },
  };
}

function apiFunction(api: Template): { id: string; props: Json } {
  return functionByHandler(api, HANDLER);
}

/** Statements of every policy attached to the API function's role. */
function apiFunctionStatements(api: Template): Json[] {
  return roleStatements(api, apiFunction(api));
}

/** The bucket CloudFront writes its access logs to, and the site bucket its server access logs. */
function accessLogBucket(web: Template): Json {
  const config = only(web, 'AWS::CloudFront::Distribution').resource.Properties.DistributionConfig;
  const [id, attribute] = config.Logging.Bucket['Fn::GetAtt'];
  expect(attribute).toBe('RegionalDomainName');
  const origin = config.Origins[0].DomainName['Fn::GetAtt'][0];
  const site = web.findResources('AWS::S3::Bucket')[origin]!;
  expect(site.Properties.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: id });
  return web.findResources('AWS::S3::Bucket')[id]!;
}

function sorted<T>(items: T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => key(a).localeCompare(key(b)));
}

/** cdk-nag's `{ regex: '/…/flags' }` form of `appliesTo`. */
function appliesToMatches(appliesTo: string | { regex: string }, findingId: string): boolean {
  if (typeof appliesTo === 'string') return appliesTo === findingId;
  const [, pattern, flags] = /^\/(.*)\/([a-z]*)$/.exec(appliesTo.regex)!;
  return new RegExp(pattern!, flags).test(findingId);
}

/** The AwsSolutions pack over every stack of a stage, with stacks/lib/nag-suppressions.ts. */
function nagChecks(synthesized: () => Synthesized): void {
  describe('cdk-nag AwsSolutions', () => {
    it('reports no finding that is neither fixed nor suppressed with a reason', () => {
      const { errors, warnings } = synthesized().nag;
      // Warnings do not fail the build; listing them keeps them in front of whoever runs the test.
      if (warnings.length > 0) console.warn(`cdk-nag warnings:\n${warnings.map(describeFinding).join('\n')}`);
      expect(
        errors.map(describeFinding),
        'fix these in stacks/, or suppress them with a reason in stacks/lib/nag-suppressions.ts',
      ).toEqual([]);
    });

    it('still needs every suppression: each one silences a finding on its resource', () => {
      const { suppressed } = synthesized().nag;
      const unused: string[] = [];
      for (const entry of nagSuppressionEntries) {
        const onResource = suppressed.filter((found) => found.resource === entryKey(entry));
        for (const { id, appliesTo } of entry.suppressions) {
          const hits = onResource.filter((found) => found.ruleId === id);
          const missing = appliesTo
            ? appliesTo.filter((target) => !hits.some((hit) => appliesToMatches(target, hit.findingId)))
            : hits.length > 0 ? [] : [id];
          for (const target of missing) unused.push(`${id} ${JSON.stringify(target)} on ${entryKey(entry)}`);
        }
      }
      expect(unused, 'suppressions that match no finding (remove them, or fix their path)').toEqual([]);
      // Also the evidence that the pack ran at all.
      expect(suppressed.length).toBeGreaterThan(0);
    });

    it('lets the API function use "*" as a resource for X-Ray only, as its suppression says', () => {
      const wildcard = apiFunctionStatements(synthesized().api).filter((st) => asList(st.Resource).includes('*'));
      expect(wildcard.flatMap((st) => asList(st.Action))).toEqual(
        expect.arrayContaining(['xray:PutTraceSegments', 'xray:PutTelemetryRecords']),
      );
      for (const st of wildcard) {
        for (const action of asList(st.Action)) expect(String(action)).toMatch(/^xray:/);
      }
    });
  });
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

  describe('Api', () => {
    it('runs the bundled Hono handler on Node 22+ arm64 with 1024 MB and 10 s', () => {
      const { props } = apiFunction(s.api);
      const major = Number(/^nodejs(\d+)\.x$/.exec(props.Runtime)?.[1]);
      expect(major).toBeGreaterThanOrEqual(22);
      expect(props.Architectures).toEqual(['arm64']);
      expect(props.MemorySize).toBe(1024);
      expect(props.Timeout).toBe(10);
      // SST's placeholder is inline code (ZipFile) with handler index.placeholder.
      expect(props.Code.ZipFile).toBeUndefined();
      expect(props.Code.S3Key).toMatch(/^[0-9a-f]{64}\.zip$/);
    });

    it('ships the bundle, its source map and the Swagger UI files in the artifact', () => {
      const { props } = apiFunction(s.api);
      const artifact = join(s.outdir, `asset.${props.Code.S3Key.replace(/\.zip$/, '')}`);
      const bundle = join(artifact, 'packages/functions/src/lambda-api.mjs');
      expect(existsSync(bundle), `${bundle} exists`).toBe(true);
      expect(existsSync(`${bundle}.map`)).toBe(true);

      const code = readFileSync(bundle, 'utf8');
      expect(code).toMatch(/export\s*\{[^}]*\bhandler\b[^}]*\}/);
      expect(code).not.toContain('placeholder()');
      // The runtime provides the SDK: it is imported, not inlined.
      expect(code).toMatch(/from\s*"@aws-sdk\/client-dynamodb"/);

      const swaggerSource = join(ROOT, 'packages/functions/node_modules/swagger-ui-dist');
      for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css']) {
        const shipped = join(artifact, props.Environment.Variables.DOCS_ASSETS_DIR, file);
        expect(existsSync(shipped), `${shipped} exists`).toBe(true);
        expect(readFileSync(shipped).equals(readFileSync(join(swaggerSource, file)))).toBe(true);
      }
    });

    it('tells the function its table, its docs folder and where its secrets live', () => {
      const env = apiFunction(s.api).props.Environment.Variables;
      const table = only(s.database, 'AWS::DynamoDB::Table').id;
      expect(env.TABLE_NAME).toEqual({ 'Fn::ImportValue': exportName(s.database, { Ref: table }) });
      expect(env.DOCS_ASSETS_DIR).toBe('swagger-ui');
      expect(env.NODE_OPTIONS).toContain('--enable-source-maps');
      // SST Config: the value is read from SSM at cold start, never stored in the template.
      expect(env.SST_Secret_value_JWT_SECRET).toBe('__FETCH_FROM_SSM__');
      expect(env.SST_Secret_value_PII_KEY).toBe('__FETCH_FROM_SSM__');
      expect(env.SST_APP).toBe('aksu-talent');
      expect(env.SST_STAGE).toBe(s.stage);
      // `sst secrets set` writes the parameter; a deploy must not create or overwrite it.
      const parameters = JSON.stringify(s.api.findResources('AWS::SSM::Parameter'));
      expect(parameters).not.toContain('JWT_SECRET');
      expect(parameters).not.toContain('PII_KEY');
    });

    it('may read the JWT and PII secret parameters and nothing else in SSM', () => {
      const ssm = apiFunctionStatements(s.api).filter((st) => grants(st, 'ssm:'));
      expect(ssm.length).toBeGreaterThanOrEqual(1);
      const resources = ssm.flatMap((st) => asList(st.Resource));
      for (const st of ssm) expect(asList(st.Action)).toEqual(['ssm:GetParameters']);
      for (const secret of ['JWT_SECRET', 'PII_KEY']) {
        const parameter = `parameter/sst/aksu-talent/${s.stage}/Secret/${secret}/value`;
        expect(JSON.stringify(resources)).toContain(`:ssm:${s.region}:${ACCOUNT}:${parameter}`);
      }
      // The other resources are SST's cross-stage fallbacks for the same secrets.
      for (const resource of resources) {
        expect(JSON.stringify(resource)).toMatch(/\/Secret\/(JWT_SECRET|PII_KEY)\/value/);
      }
    });

    it('grants DynamoDB data actions on the table and its indexes only', () => {
      const table = only(s.database, 'AWS::DynamoDB::Table').id;
      const tableArn = { 'Fn::ImportValue': exportName(s.database, { 'Fn::GetAtt': [table, 'Arn'] }) };
      const dynamo = apiFunctionStatements(s.api).filter((st) => grants(st, 'dynamodb:'));
      expect(dynamo).toHaveLength(1);
      const [statement] = dynamo;
      expect(statement!.Effect).toBe('Allow');
      expect(statement!.Resource).toEqual([tableArn, { 'Fn::Join': ['', [tableArn, '/index/*']] }]);
      expect(asList(statement!.Action)).toEqual(
        expect.arrayContaining([
          'dynamodb:GetItem',
          'dynamodb:Query',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
          'dynamodb:ConditionCheckItem',
        ]),
      );
      for (const denied of ['dynamodb:*', 'dynamodb:Scan', 'dynamodb:DeleteTable']) {
        expect(asList(statement!.Action)).not.toContain(denied);
      }

      // No policy anywhere in the stack hands out DynamoDB on every resource.
      const everyStatement = Object.values(s.api.findResources('AWS::IAM::Policy')).flatMap(
        (policy) => policy.Properties.PolicyDocument.Statement as Json[],
      );
      for (const st of everyStatement) {
        if (grants(st, 'dynamodb:')) {
          expect(asList(st.Resource)).not.toContain('*');
        }
      }
    });

    it('sends $default to the api function, throttled and with access logs that expire', () => {
      const route = Object.values(s.api.findResources('AWS::ApiGatewayV2::Route')).find((r) => r.Properties.RouteKey === '$default');
      expect(route).toBeDefined();
      const integration = s.api.findResources('AWS::ApiGatewayV2::Integration')[route!.Properties.Target['Fn::Join'][1][1].Ref]!;
      expect(JSON.stringify(integration.Properties.IntegrationUri)).toContain(apiFunction(s.api).id);

      const { resource: stage } = only(s.api, 'AWS::ApiGatewayV2::Stage');
      expect(stage.Properties.DefaultRouteSettings).toEqual({ ThrottlingBurstLimit: 200, ThrottlingRateLimit: 100 });
      s.api.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 7 });
      s.api.hasResourceProperties('Custom::LogRetention', {
        LogGroupName: { 'Fn::Join': ['', ['/aws/lambda/', { Ref: apiFunction(s.api).id }]] },
        RetentionInDays: 7,
      });
    });

    it('answers browsers from any origin when no web origin is configured, without credentials', () => {
      const cors = only(s.api, 'AWS::ApiGatewayV2::Api').resource.Properties.CorsConfiguration;
      expect(cors.AllowOrigins).toEqual(['*']);
      expect(cors.AllowCredentials).toBe(false);
      expect(cors.AllowHeaders).toEqual(expect.arrayContaining(['authorization', 'content-type', 'idempotency-key']));
      expect(cors.AllowMethods).toEqual(expect.arrayContaining(['GET', 'POST', 'PATCH', 'DELETE']));
    });

    it('outputs the API URL', () => {
      const api = only(s.api, 'AWS::ApiGatewayV2::Api').id;
      s.api.hasOutput('ApiUrl', { Value: { 'Fn::GetAtt': [api, 'ApiEndpoint'] } });
    });
  });

  describe('Web', () => {
    it('uploads the built site with the API URL substituted into it', () => {
      const { resource } = only(s.web, 'Custom::S3Uploader');
      const replacements: Json[] = resource.Properties.replaceValues;
      const apiUrl = replacements.filter((r) => r.search === '{{ VITE_API_URL }}');
      expect(apiUrl.map((r) => r.files).sort()).toEqual(['**/*.html', '**/*.js']);
      for (const r of apiUrl) {
        // The Api stack's URL, imported across stacks.
        expect(r.replace).toEqual({ 'Fn::ImportValue': expect.stringContaining(`${s.stage}-aksu-talent-Api:`) });
      }
      only(s.web, 'AWS::CloudFront::Distribution');
      expect(Object.keys(s.web.findOutputs('SiteUrl'))).toEqual(['SiteUrl']);
    });

    it('sends a Content-Security-Policy, HSTS, nosniff, frame and referrer policy with every page and file', () => {
      const { id, resource: policy } = only(s.web, 'AWS::CloudFront::ResponseHeadersPolicy');
      const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
      expect(headers.StrictTransportSecurity).toEqual({ AccessControlMaxAgeSec: 31_536_000, IncludeSubdomains: true, Override: true });
      expect(headers.ContentTypeOptions).toEqual({ Override: true });
      expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
      expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true });
      expect(headers.ContentSecurityPolicy.Override).toBe(true);
      // The policy names the API's URL (imported from the Api stack), so it is joined at deploy time.
      const parts: unknown[] = headers.ContentSecurityPolicy.ContentSecurityPolicy['Fn::Join'][1];
      const text = parts.map((part) => (typeof part === 'string' ? part : '<api>')).join('');
      const directives = new Map(text.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('connect-src')).toEqual(["'self'", '<api>']);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(parts.find((part) => typeof part !== 'string')).toEqual({ 'Fn::ImportValue': expect.stringContaining(`${s.stage}-aksu-talent-Api:`) });

      const { resource: distribution } = only(s.web, 'AWS::CloudFront::Distribution');
      expect(distribution.Properties.DistributionConfig.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: id });
    });

    it('logs CloudFront and site-bucket access for a week, in a bucket removed with the stage', () => {
      const logs = accessLogBucket(s.web);
      expect(logs.Properties.LifecycleConfiguration.Rules).toEqual([{ ExpirationInDays: 7, Status: 'Enabled' }]);
      expect(logs.DeletionPolicy).toBe('Delete');
    });

    it('built a production bundle that reads the API URL', () => {
      const dist = join(ROOT, '.sst/web-dist');
      expect(existsSync(join(dist, 'index.html'))).toBe(true);
      const scripts = readdirSync(dist, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.js'))
        .map((file) => readFileSync(join(dist, file), 'utf8'));
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.some((code) => code.includes('{{ VITE_API_URL }}'))).toBe(true);
      // React's development build carries this marker; the production build does not.
      expect(scripts.some((code) => code.includes('jsxDEV'))).toBe(false);
    });
  });
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
      const functions = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Environment: { Variables: { TABLE_NAME: Match.anyValue() } } } }));
      expect(functions.length).toBeGreaterThan(0);
      for (const fn of functions) expect(fn.Properties.Environment.Variables.PUBLIC_URL).toBe('https://talent.example.org');
    }
  });

  it('answers browsers only from the configured web origins', () => {
    const cors = only(s.api, 'AWS::ApiGatewayV2::Api').resource.Properties.CorsConfiguration;
    expect(cors.AllowOrigins).toEqual(['https://talent.example.org', 'https://admin.example.org']);
  });
});
