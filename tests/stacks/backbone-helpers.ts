import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import { expect } from 'vitest';
import { tableDataActions } from '../../stacks/lib/table-access.ts';
import { asList, grants, imported, only, type Json } from './template-helpers.ts';

/** What the backbone's stack checks (stream worker, jobs, mail secrets) read the same way. */

export const MAIL_SECRETS = ['SMTP_URL', 'MAIL_FROM'];

/** The env var SST sets for a bound secret: the function reads the value from SSM at cold start. */
export const secretVariable = (name: string) => `SST_Secret_value_${name}`;

/**
 * The bundled entry of a function, read from its staged artifact: it exports the handler, and it
 * carries SST's config loader, which fetches the bound secrets from SSM before the handler runs.
 */
export function expectBundledEntry(outdir: string, fn: { props: Json }, entry: string): void {
  const bundle = join(outdir, `asset.${String(fn.props.Code.S3Key).replace(/\.zip$/, '')}`, entry);
  expect(existsSync(bundle), `${bundle} exists`).toBe(true);
  const code = readFileSync(bundle, 'utf8');
  expect(code).toMatch(/export\s*\{[^}]*\bhandler\b[^}]*\}/);
  expect(code).toContain('__FETCH_FROM_SSM__');
}

/** What a backbone function's role may do, all of it: anything else in its policies fails the test. */
export function expectOnlyAllowed(statements: Json[], allowed: (action: string) => boolean): void {
  expect(statements.length).toBeGreaterThan(0);
  for (const st of statements) {
    expect(st.Effect).toBe('Allow');
    for (const action of asList(st.Action).map(String)) {
      expect(action, 'no service-wide or global action').not.toMatch(/(^\*$|:\*$)/);
      expect(allowed(action), `${action} is allowed`).toBe(true);
    }
  }
}

/** The table as the backbone's functions see it, and the grants every one of them must hold on it. */
export function tableGrants(s: () => { stage: string; database: Template }) {
  const tableId = () => only(s().database, 'AWS::DynamoDB::Table').id;
  const tableArn = () => imported(s().database, { 'Fn::GetAtt': [tableId(), 'Arn'] });
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
      expect(
        resources.some((r) => r.includes(`/sst/aksu-talent/${s().stage}/Secret/${name}/value`)),
        name,
      ).toBe(true);
    }
    for (const r of resources) expect(r).toMatch(new RegExp(`/Secret/(${names.join('|')})/value`));
  }

  return { tableId, tableArn, expectTableStatement, expectSecretReads };
}
