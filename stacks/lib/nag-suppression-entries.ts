import type { NagPackSuppression } from 'cdk-nag';

/**
 * The suppression entries that repeat across stacks: what SST and CDK add to every stack with
 * functions, and the role of every function that reads and writes the table. nag-suppressions.ts
 * lists them per stack beside the one-off entries.
 */

/** The stack functions in stacks/, by name; SST names the stack `<stage>-<app>-<name>`. */
export type StackName = 'Database' | 'Alarms' | 'Api' | 'Web' | 'Workers' | 'Jobs' | 'Monitoring';

export interface NagSuppressionEntry {
  readonly stack: StackName;
  /** Construct path inside the stack, down to the CloudFormation resource (`…/Resource`). */
  readonly path: string;
  readonly suppressions: readonly NagPackSuppression[];
}

export const BASIC_EXECUTION_ROLE =
  'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';

/** SST adds one custom-resource Lambda to every stack (site upload, CloudFront invalidation, …). */
export const sstCustomResourceHandler = (stack: StackName): NagSuppressionEntry[] => [
  {
    stack,
    path: 'CustomResourceHandler/Resource',
    suppressions: [
      {
        id: 'AwsSolutions-L1',
        reason:
          "SST's own custom-resource handler: SST fixes its runtime and ships code built for it, so it " +
          'moves to a newer runtime with an SST upgrade, not from this app.',
      },
    ],
  },
  {
    stack,
    path: 'CustomResourceHandler/ServiceRole/Resource',
    suppressions: [
      {
        id: 'AwsSolutions-IAM4',
        reason:
          "SST's custom-resource handler role, created by SST; the managed policy only lets it write " +
          'its own CloudWatch logs.',
        appliesTo: [BASIC_EXECUTION_ROLE],
      },
    ],
  },
];

/**
 * The role of one of our functions that use the table (the API, the stream worker, the job
 * runner): the basic execution policy, X-Ray's "*" and the table's index ARNs, plus any findings
 * of that function's own policy (one entry per resource: a second one would replace the first).
 */
export const tableFunctionRole = (
  stack: StackName,
  functionPath: string,
  ownPolicySuppressions: readonly NagPackSuppression[] = [],
): NagSuppressionEntry[] => [
  {
    stack,
    path: `${functionPath}/ServiceRole/Resource`,
    suppressions: [
      {
        id: 'AwsSolutions-IAM4',
        reason:
          'The managed policy grants only logs:CreateLogGroup/CreateLogStream/PutLogEvents. Scoping ' +
          "them to the function's own log group would need the generated function name inside its " +
          'own role, a dependency cycle.',
        appliesTo: [BASIC_EXECUTION_ROLE],
      },
    ],
  },
  {
    stack,
    path: `${functionPath}/ServiceRole/DefaultPolicy/Resource`,
    suppressions: [
      {
        id: 'AwsSolutions-IAM5',
        reason:
          'xray:PutTraceSegments and xray:PutTelemetryRecords (SST enables active tracing) have no ' +
          'resource-level permissions in IAM; the test checks that only X-Ray actions use "*".',
        appliesTo: ['Resource::*'],
      },
      {
        id: 'AwsSolutions-IAM5',
        reason:
          'Queries by the global secondary indexes of the one table; index ARNs are <table>/index/<name> ' +
          'and the indexes come from core\'s table definition, so "index/*" covers exactly this ' +
          "table's indexes.",
        appliesTo: ['Resource::<Table710B521B.Arn>/index/*'],
      },
      ...ownPolicySuppressions,
    ],
  },
];

/** CDK's log-retention provider, which SST adds to every stack with functions that set `logRetention`. */
export const logRetentionProvider = (stack: StackName): NagSuppressionEntry[] => [
  {
    stack,
    path: 'LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/ServiceRole/Resource',
    suppressions: [
      {
        id: 'AwsSolutions-IAM4',
        reason:
          "CDK's log-retention custom-resource role; the managed policy only lets it write its own " +
          'CloudWatch logs.',
        appliesTo: [BASIC_EXECUTION_ROLE],
      },
    ],
  },
  {
    stack,
    path: 'LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/ServiceRole/DefaultPolicy/Resource',
    suppressions: [
      {
        id: 'AwsSolutions-IAM5',
        reason:
          "CDK's log-retention provider is one function per stack serving every log group in it, so " +
          'CDK grants logs:PutRetentionPolicy/DeleteRetentionPolicy on "*"; it only sets retention.',
        appliesTo: ['Resource::*'],
      },
    ],
  },
];
