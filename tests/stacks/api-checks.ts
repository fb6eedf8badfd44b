import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  apiFunction,
  apiFunctionStatements,
  asList,
  exportName,
  grants,
  only,
  ROOT,
  type Json,
} from './template-helpers.ts';

/** The Api stack of one synthesized stage: the api function, its grants and artifact. Called from stacks.test.ts. */
interface Templates {
  stage: string;
  region: string;
  outdir: string;
  api: Template;
  database: Template;
}

export function apiChecks(synthesized: () => Templates): void {
  describe('Api', () => {
    let s: Templates;
    beforeAll(() => {
      s = synthesized();
    });

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
      const route = Object.values(s.api.findResources('AWS::ApiGatewayV2::Route')).find(
        (r) => r.Properties.RouteKey === '$default',
      );
      expect(route).toBeDefined();
      const integration = s.api.findResources('AWS::ApiGatewayV2::Integration')[
        route!.Properties.Target['Fn::Join'][1][1].Ref
      ]!;
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
}
