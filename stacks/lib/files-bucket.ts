import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
  type LifecycleRule,
} from 'aws-cdk-lib/aws-s3';
import {
  FILE_PURPOSES,
  type FilePurpose,
  INCOMING_PREFIX,
  INCOMING_RETENTION_DAYS,
  incomingPrefix,
  storedPrefix,
} from '../../packages/core/src/storage/purposes.ts';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import type { NagPackSuppression } from 'cdk-nag';
import { Construct } from 'constructs';
import type { Stack } from 'sst/constructs';
import { webOrigins } from './cors.ts';
import { isProduction, logRetention } from './stage.ts';
import type { TrafficClass } from './traffic-classes.ts';

/**
 * The traffic classes whose functions hand out file links: public (an applicant's CV upload, checked
 * right after), api (a reviewer's download link) and phone (a person's request attachments, uploaded
 * and checked from their phone). Only they get the bucket's name and its grants.
 */
export const FILE_CLASSES: readonly TrafficClass[] = ['public', 'api', 'phone'];

/**
 * The private bucket for uploaded files (CVs, request attachments), each purpose under its own
 * prefix (core's storage/purposes.ts). Nobody reaches it but through presigned URLs that the API's
 * functions sign with their own role after their own checks.
 *
 * - Encryption: S3-managed keys. A customer key would add a key policy and a KMS grant to every
 *   signer and a KMS request to every upload and download, and protect nothing more here: the bucket
 *   is private and the functions' roles are the only readers either way.
 * - No versioning: each upload gets its own key and a checked file is never overwritten (uploads land
 *   under `incoming/` and are copied out), so versions would protect nothing, while they would keep a
 *   deleted CV as a hidden noncurrent version. When an application is withdrawn or its retention
 *   ends, the personal data must really be gone.
 * - CORS: browsers PUT to upload links from the site's origins only (`WEB_ORIGINS`, the same list the
 *   API answers; the site's own domain cannot be named here, the Web stack comes after the Api). No
 *   origins given, no rule: browsers cannot upload until the stage names its site. Downloads are plain
 *   navigations and need no CORS.
 */
export function filesBucket(stack: Stack, env: NodeJS.ProcessEnv = process.env): Bucket {
  const production = isProduction(stack.stage);
  const logDays = RetentionDays[logRetention(stack.stage).toUpperCase() as keyof typeof RetentionDays];
  // S3 delivers the access logs under a bucket policy rather than a log-delivery ACL (CDK's
  // default without this flag), so the log bucket, too, keeps ACLs off.
  const scope = new Construct(stack, 'FileStorage');
  scope.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);

  // Who read or wrote which file, kept as long as the functions' own logs. Only S3's log delivery
  // writes here.
  const accessLogs = new Bucket(scope, 'AccessLogs', {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    lifecycleRules: [{ id: 'expire-logs', expiration: Duration.days(logDays) }],
    removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    autoDeleteObjects: !production,
  });

  const purposeRules = (Object.entries(FILE_PURPOSES) as [FilePurpose, (typeof FILE_PURPOSES)[FilePurpose]][]).map(
    ([purpose, spec]): LifecycleRule => ({
      id: `expire-${purpose}`,
      prefix: storedPrefix(purpose),
      // See retentionDays in core's storage/purposes.ts for why this long.
      expiration: Duration.days(spec.retentionDays),
    }),
  );
  const origins = webOrigins(env);

  return new Bucket(scope, 'Files', {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    versioned: false,
    serverAccessLogsBucket: accessLogs,
    serverAccessLogsPrefix: 'files/',
    lifecycleRules: [
      // Browsers upload with one PUT (5 MB at most), but a multipart upload someone starts with the
      // role's credentials and never finishes would otherwise be stored, and billed, forever.
      { id: 'abort-incomplete-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      // Uploads nobody finished or had checked; a checked one has already been moved out.
      { id: 'expire-incoming', prefix: INCOMING_PREFIX, expiration: Duration.days(INCOMING_RETENTION_DAYS) },
      ...purposeRules,
    ],
    cors:
      origins.length > 0
        ? [
            {
              allowedOrigins: origins,
              allowedMethods: [HttpMethods.PUT],
              allowedHeaders: ['content-type'],
              maxAge: 3000,
            },
          ]
        : undefined,
    // Applicants' files are records: production keeps the bucket when the stack goes; other stages
    // are disposable and empty it on removal.
    removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    autoDeleteObjects: !production,
  });
}

/**
 * What a function that hands out file links may do, per purpose and nothing else: write and read and
 * delete its uploads under `incoming/<purpose>/` (the PUT it presigns, the HEAD and ranged GET that
 * check it, the delete of a refused one) and its checked files under `<purpose>/` (the copy out of
 * `incoming/`, download links, deletion on withdrawal). No listing, no bucket-level actions.
 */
export function filesAccess(bucket: { bucketArn: string }): PolicyStatement {
  const purposes = Object.keys(FILE_PURPOSES) as FilePurpose[];
  return new PolicyStatement({
    actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
    resources: purposes.flatMap((purpose) => [
      `${bucket.bucketArn}/${incomingPrefix(purpose)}*`,
      `${bucket.bucketArn}/${storedPrefix(purpose)}*`,
    ]),
  });
}

/** The files bucket's logical id, as cdk-nag names its ARN in findings (`<id.Arn>`). */
const FILES_BUCKET_ARN = '<FileStorageFiles9F7BC9EE.Arn>';

/** cdk-nag's findings on `filesAccess`, each explained: the key prefixes are the narrowest grant S3 allows. */
export const filesAccessSuppressions: readonly NagPackSuppression[] = [
  {
    id: 'AwsSolutions-IAM5',
    reason:
      'Object keys are made when a file is uploaded (a new id each time), so the grant can only name ' +
      "each purpose's key prefix: incoming/<purpose>/* for uploads being checked and <purpose>/* for " +
      'checked files. No other prefix, no listing and no bucket-level action is granted; the stack test ' +
      'checks the exact resources.',
    appliesTo: (Object.keys(FILE_PURPOSES) as FilePurpose[]).flatMap((purpose) => [
      `Resource::${FILES_BUCKET_ARN}/${incomingPrefix(purpose)}*`,
      `Resource::${FILES_BUCKET_ARN}/${storedPrefix(purpose)}*`,
    ]),
  },
];
