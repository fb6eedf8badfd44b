import { fileURLToPath } from 'node:url';
import type { Template } from 'aws-cdk-lib/assertions';
import { expect } from 'vitest';

/** Reading synthesized CloudFormation templates, shared by the stack test files. */

export type Json = Record<string, any>;

export function only(template: Template, type: string): { id: string; resource: Json } {
  const found = Object.entries(template.findResources(type));
  expect(found, `exactly one ${type}`).toHaveLength(1);
  const [id, resource] = found[0]!;
  return { id, resource };
}

/** The one function of a template with this handler, by logical id and properties. */
export function functionByHandler(template: Template, handler: string): { id: string; props: Json } {
  const found = Object.entries(template.findResources('AWS::Lambda::Function', { Properties: { Handler: handler } }));
  expect(found, `one function with handler ${handler}`).toHaveLength(1);
  const [id, resource] = found[0]!;
  return { id, props: resource.Properties };
}

/** Statements of every policy attached to a function's role. */
export function roleStatements(template: Template, fn: { props: Json }): Json[] {
  const role = fn.props.Role['Fn::GetAtt'][0];
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => policy.Properties.Roles.some((r: Json) => r.Ref === role))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** Whether an IAM statement allows any action of a service, given as its prefix (`dynamodb:`). */
export const grants = (statement: Json, prefix: string): boolean =>
  asList(statement.Action).some((action) => String(action).startsWith(prefix));

/** The name under which a stack exports `value`, as another stack imports it. */
export function exportName(exporter: Template, value: Json): string {
  const match = Object.values(exporter.findOutputs('*')).find(
    (output) => output.Export && JSON.stringify(output.Value) === JSON.stringify(value),
  );
  expect(match, `the stack exports ${JSON.stringify(value)}`).toBeDefined();
  return match!.Export.Name;
}

/** `{ 'Fn::ImportValue': … }` of what `exporter` exports as `value`. */
export const imported = (exporter: Template, value: Json): Json => ({ 'Fn::ImportValue': exportName(exporter, value) });

/** The repository root, where `sst deploy` runs and resolves handler, site and copyFiles paths. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The made-up account id the app is synthesized for (`sst deploy` would ask STS). */
export const ACCOUNT = '123456789012';

const API_HANDLER = 'packages/functions/src/lambda-api.handler';

/** The api traffic class's function, by logical id and properties. */
export function apiFunction(api: Template): { id: string; props: Json } {
  return functionByHandler(api, API_HANDLER);
}

/** Statements of every policy attached to the API function's role. */
export function apiFunctionStatements(api: Template): Json[] {
  return roleStatements(api, apiFunction(api));
}

/** The bucket CloudFront writes its access logs to, and the site bucket its server access logs. */
export function accessLogBucket(web: Template): Json {
  const config = only(web, 'AWS::CloudFront::Distribution').resource.Properties.DistributionConfig;
  const [id, attribute] = config.Logging.Bucket['Fn::GetAtt'];
  expect(attribute).toBe('RegionalDomainName');
  const origin = config.Origins[0].DomainName['Fn::GetAtt'][0];
  const site = web.findResources('AWS::S3::Bucket')[origin]!;
  expect(site.Properties.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: id });
  return web.findResources('AWS::S3::Bucket')[id]!;
}
