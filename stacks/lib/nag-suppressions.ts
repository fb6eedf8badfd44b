import { AspectPriority, Aspects, CfnResource, Stack, type IAspect } from 'aws-cdk-lib';
import { NagSuppressions } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import {
  logRetentionProvider,
  type NagSuppressionEntry,
  sstCustomResourceHandler,
  tableFunctionRole,
} from './nag-suppression-entries.ts';
import { FILE_CLASSES, filesAccessSuppressions } from './files-bucket.ts';
import { CLASS_ROUTES, classFunctionId, routeConstructId, TRAFFIC_CLASSES } from './traffic-classes.ts';

/**
 * Every cdk-nag AwsSolutions finding the stacks keep on purpose, each on the one resource it is
 * about, with the reason. tests/stacks runs the pack against the synthesized app, fails on any
 * finding not listed here and on any entry here that no longer matches a finding.
 *
 * The entries are applied by an aspect rather than by `NagSuppressions.addResourceSuppressionsByPath`
 * when `sst.config.ts`'s `stacks` runs: some of the resources (the site uploader's policy) are only
 * created by SST's deferred tasks in `app.finish()`, after `stacks` returns, and a path lookup
 * before then throws. Suppressions are template metadata only; a deploy carries the same ones
 * whether or not cdk-nag's checks run.
 */

export type { NagSuppressionEntry, StackName } from './nag-suppression-entries.ts';

export const nagSuppressionEntries: readonly NagSuppressionEntry[] = [
  ...sstCustomResourceHandler('Database'),
  ...sstCustomResourceHandler('Alarms'),
  ...sstCustomResourceHandler('Api'),
  ...sstCustomResourceHandler('Web'),

  ...['$default', ...Object.values(CLASS_ROUTES).flat()].map(
    (routeKey): NagSuppressionEntry => ({
      stack: 'Api',
      path: `Api/${routeConstructId(routeKey)}/Resource`,
      suppressions: [
        {
          id: 'AwsSolutions-APIG4',
          reason:
            'The API has public operations (sign-in, activation, event registration, health, docs) next ' +
            "to protected ones; the Hono app verifies the bearer JWT and the caller's role per route, and " +
            'the generated authorization matrix tests that. A gateway authorizer would lock out the ' +
            'public operations, and on the others would verify the same token twice.',
        },
      ],
    }),
  ),
  ...TRAFFIC_CLASSES.flatMap((trafficClass) =>
    tableFunctionRole(
      'Api',
      classFunctionId(trafficClass),
      FILE_CLASSES.includes(trafficClass) ? filesAccessSuppressions : [],
    ),
  ),
  ...logRetentionProvider('Api'),
  ...sstCustomResourceHandler('Workers'),
  ...tableFunctionRole('Workers', 'StreamWorker', [
    {
      id: 'AwsSolutions-IAM5',
      reason:
        'dynamodb:ListStreams has no resource-level permissions in IAM, so the event-source ' +
        'mapping\'s stream read grants it on "*"; reading records (DescribeStream, GetShardIterator, ' +
        "GetRecords) is granted on the table's stream ARN only. The test checks that only X-Ray and " +
        'ListStreams use "*".',
      appliesTo: ['Resource::*'],
    },
  ]),
  {
    stack: 'Workers',
    path: 'StreamFailures/Resource',
    suppressions: [
      {
        id: 'AwsSolutions-SQS3',
        reason:
          "This queue is the stream mapping's on-failure destination, the dead-letter queue of the " +
          'outbox worker; its visible messages raise an alarm. A dead-letter queue for it would only ' +
          'move the same record again.',
      },
    ],
  },
  ...logRetentionProvider('Workers'),
  ...sstCustomResourceHandler('Jobs'),
  ...tableFunctionRole('Jobs', 'JobRunner'),
  {
    stack: 'Jobs',
    path: 'JobDeadLetters/Resource',
    suppressions: [
      {
        id: 'AwsSolutions-SQS3',
        reason:
          "This queue is the dead-letter queue of the scheduled jobs (the rules' targets and the runner's " +
          'failed asynchronous invocations); its visible messages raise an alarm. A dead-letter queue ' +
          'for it would only move the same event again.',
      },
    ],
  },
  ...logRetentionProvider('Jobs'),
  ...sstCustomResourceHandler('Monitoring'),

  {
    stack: 'Web',
    path: 'Web/Distribution/Resource',
    suppressions: [
      {
        id: 'AwsSolutions-CFR1',
        reason: 'A public recruitment site for applicants in any country; no geography is to be refused.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'The distribution serves only the static build from a private bucket. Sign-in and all data ' +
          'go to the API Gateway endpoint, which a web ACL here would not cover and which has its ' +
          'own throttling; a WAF would filter requests for static files only.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'Served on the default *.cloudfront.net certificate, for which CloudFront does not allow ' +
          'choosing a minimum TLS version. A custom domain with an ACM certificate is what makes a ' +
          'TLSv1.2 minimum possible; this suppression goes with it.',
      },
    ],
  },
  {
    stack: 'Web',
    path: 'Web/S3UploaderPolicy/Resource',
    suppressions: [
      {
        id: 'AwsSolutions-IAM5',
        reason:
          "SST's site uploader (attached to SST's custom-resource handler) writes and deletes every " +
          'file of the build in the site bucket, whose keys are only known at deploy time.',
        appliesTo: ['Resource::<SiteBucket397A1860.Arn>/*'],
      },
      {
        id: 'AwsSolutions-IAM5',
        reason:
          "SST's site uploader reads the zipped build from CDK's bootstrap asset bucket, where asset " +
          'keys are content hashes fixed only at deploy time.',
        appliesTo: [
          { regex: String.raw`/^Resource::arn:<AWS::Partition>:s3:::cdk-[a-z0-9]+-assets-\d{12}-[a-z0-9-]+\/\*$/` },
        ],
      },
    ],
  },
];

/** The entry's stack and path, for matching a resource and for messages. */
export function entryKey(entry: Pick<NagSuppressionEntry, 'stack' | 'path'>): string {
  return `${entry.stack}/${entry.path}`;
}

/** `Api/Api/Route_default/Resource` for a resource in `<stage>-<app>-Api`. */
export function resourceKey(resource: IConstruct): string {
  const stack = Stack.of(resource);
  const name = stack.node.id.slice(stack.node.id.lastIndexOf('-') + 1);
  return `${name}/${resource.node.path.slice(stack.node.path.length + 1)}`;
}

class ApplyNagSuppressions implements IAspect {
  private readonly byKey = new Map(nagSuppressionEntries.map((entry) => [entryKey(entry), entry]));

  visit(node: IConstruct): void {
    if (!(node instanceof CfnResource)) return;
    const entry = this.byKey.get(resourceKey(node));
    if (entry) NagSuppressions.addResourceSuppressions(node, [...entry.suppressions]);
  }
}

/**
 * Registers the suppressions on the app. Mutating priority, so they are on each resource before
 * any rule pack (default priority) looks at it.
 */
export function applyNagSuppressions(scope: IConstruct): void {
  Aspects.of(scope).add(new ApplyNagSuppressions(), { priority: AspectPriority.MUTATING });
}
