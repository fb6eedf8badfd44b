import type { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import type { INagLogger, NagLoggerSuppressedData } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { entryKey, nagSuppressionEntries, resourceKey } from '../../stacks/lib/nag-suppressions.ts';
import { apiFunctionStatements, asList } from './template-helpers.ts';

/**
 * Reading cdk-nag's AwsSolutions findings out of one synthesis, and the checks every stage runs on
 * them. Called from stacks.test.ts.
 */

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

export interface NagResult {
  errors: NagFinding[];
  warnings: NagFinding[];
  suppressed: SuppressedFinding[];
}

/** Records what the suppressions silenced, to find entries that no longer match anything. */
export class SuppressionRecorder implements INagLogger {
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
export function nagFindings(assembly: CloudAssembly, artifactIds: string[]): Pick<NagResult, 'errors' | 'warnings'> {
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

/** cdk-nag's `{ regex: '/…/flags' }` form of `appliesTo`. */
function appliesToMatches(appliesTo: string | { regex: string }, findingId: string): boolean {
  if (typeof appliesTo === 'string') return appliesTo === findingId;
  const [, pattern, flags] = /^\/(.*)\/([a-z]*)$/.exec(appliesTo.regex)!;
  return new RegExp(pattern!, flags).test(findingId);
}

/** The AwsSolutions pack over every stack of a stage, with stacks/lib/nag-suppressions.ts. */
export function nagChecks(synthesized: () => { api: Template; nag: NagResult }): void {
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
            : hits.length > 0
              ? []
              : [id];
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
