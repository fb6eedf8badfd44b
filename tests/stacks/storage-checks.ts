import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { FILE_PURPOSES } from '../../packages/core/src/storage/purposes.ts';
import { FILE_CLASSES } from '../../stacks/lib/files-bucket.ts';
import { CLASS_LIMITS, TRAFFIC_CLASSES } from '../../stacks/lib/traffic-classes.ts';
import { asList, functionByHandler, grants, imported, roleStatements, type Json } from './template-helpers.ts';

/**
 * The files bucket (CVs) in the Database stack and what the API's functions may do with it. Called
 * from stacks.test.ts for both stages; `origins` is the stage's WEB_ORIGINS as the test set it.
 */
interface Templates {
  database: Template;
  api: Template;
}

function bucketNamed(template: Template, id: string): { id: string; resource: Json } {
  const found = Object.entries(template.findResources('AWS::S3::Bucket')).filter(([logicalId]) =>
    new RegExp(`^${id}[0-9A-F]{8}$`).test(logicalId),
  );
  expect(found, `one bucket ${id}`).toHaveLength(1);
  const [logicalId, resource] = found[0]!;
  return { id: logicalId, resource };
}

const filesBucket = (database: Template) => bucketNamed(database, 'FileStorageFiles');

/** Statements of the files bucket's policy. */
function bucketPolicy(database: Template, bucketId: string): Json[] {
  const policies = Object.values(database.findResources('AWS::S3::BucketPolicy')).filter(
    (policy) => policy.Properties.Bucket.Ref === bucketId,
  );
  expect(policies).toHaveLength(1);
  return policies[0]!.Properties.PolicyDocument.Statement;
}

const DAY_LIMIT = { cv: FILE_PURPOSES.cv.retentionDays };

export function storageChecks(synthesized: () => Templates, { origins }: { origins: string[] }): void {
  describe('Files bucket', () => {
    it('is private: every public access blocked, no statement that allows anyone', () => {
      const { database } = synthesized();
      const { id, resource } = filesBucket(database);
      expect(resource.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(resource.Properties.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
      expect(resource.Properties.WebsiteConfiguration).toBeUndefined();
      for (const statement of bucketPolicy(database, id).filter((st) => st.Effect === 'Allow')) {
        expect(JSON.stringify(statement.Principal), 'an Allow names its principal').not.toMatch(/"\*"/);
      }
    });

    it('is encrypted at rest and reachable over TLS 1.2+ only', () => {
      const { database } = synthesized();
      const { id, resource } = filesBucket(database);
      expect(resource.Properties.BucketEncryption).toEqual({
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      });
      const denies = bucketPolicy(database, id).filter((st) => st.Effect === 'Deny');
      expect(denies).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ Condition: { Bool: { 'aws:SecureTransport': 'false' } }, Action: 's3:*' }),
          expect.objectContaining({ Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } }, Action: 's3:*' }),
        ]),
      );
    });

    it('keeps no versions, so a deleted CV is gone', () => {
      const { resource } = filesBucket(synthesized().database);
      expect(resource.Properties.VersioningConfiguration?.Status).not.toBe('Enabled');
    });

    it('aborts unfinished multipart uploads, expires unchecked uploads in a day and CVs after their retention', () => {
      const { resource } = filesBucket(synthesized().database);
      const rules = resource.Properties.LifecycleConfiguration.Rules as Json[];
      expect(rules).toEqual(
        expect.arrayContaining([
          {
            Id: 'abort-incomplete-multipart',
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
            Status: 'Enabled',
          },
          { Id: 'expire-incoming', Prefix: 'incoming/', ExpirationInDays: 1, Status: 'Enabled' },
          { Id: 'expire-cv', Prefix: 'cv/', ExpirationInDays: DAY_LIMIT.cv, Status: 'Enabled' },
        ]),
      );
      expect(rules).toHaveLength(2 + Object.keys(FILE_PURPOSES).length);
      // Two years: a recruitment round and the year after it, not indefinitely.
      expect(DAY_LIMIT.cv).toBeGreaterThanOrEqual(365);
      expect(DAY_LIMIT.cv).toBeLessThanOrEqual(3 * 365);
    });

    it('logs every access to a bucket of its own that expires its logs', () => {
      const { database } = synthesized();
      const { resource } = filesBucket(database);
      const logs = bucketNamed(database, 'FileStorageAccessLogs');
      expect(resource.Properties.LoggingConfiguration).toEqual({
        DestinationBucketName: { Ref: logs.id },
        LogFilePrefix: 'files/',
      });
      expect(logs.resource.Properties.PublicAccessBlockConfiguration.RestrictPublicBuckets).toBe(true);
      expect(logs.resource.Properties.LifecycleConfiguration.Rules).toEqual([
        expect.objectContaining({ Status: 'Enabled', ExpirationInDays: expect.any(Number) }),
      ]);
    });

    it(
      origins.length > 0
        ? "lets browsers PUT to upload links from the site's origins only"
        : 'has no CORS rule until the stage names its site, so no page can upload',
      () => {
        const { resource } = filesBucket(synthesized().database);
        if (origins.length === 0) {
          expect(resource.Properties.CorsConfiguration).toBeUndefined();
          return;
        }
        expect(resource.Properties.CorsConfiguration).toEqual({
          CorsRules: [
            { AllowedOrigins: origins, AllowedMethods: ['PUT'], AllowedHeaders: ['content-type'], MaxAge: 3000 },
          ],
        });
      },
    );
  });

  describe('Functions and the files bucket', () => {
    const fn = (api: Template, trafficClass: (typeof TRAFFIC_CLASSES)[number]) =>
      functionByHandler(api, CLASS_LIMITS[trafficClass].handler);

    it('tell the bucket name to the classes that hand out file links, and to no other', () => {
      const { database, api } = synthesized();
      const bucket = imported(database, { Ref: filesBucket(database).id });
      for (const trafficClass of TRAFFIC_CLASSES) {
        const env = fn(api, trafficClass).props.Environment.Variables;
        if (FILE_CLASSES.includes(trafficClass)) expect(env.FILES_BUCKET, trafficClass).toEqual(bucket);
        else expect(env.FILES_BUCKET, trafficClass).toBeUndefined();
      }
      expect([...FILE_CLASSES].sort()).toEqual(['api', 'phone', 'public']);
    });

    it('grant put, get and delete on the purposes’ prefixes only: no listing, no bucket actions, no "*"', () => {
      const { database, api } = synthesized();
      const arn = imported(database, { 'Fn::GetAtt': [filesBucket(database).id, 'Arn'] });
      const under = (prefix: string) => ({ 'Fn::Join': ['', [arn, `/${prefix}*`]] });
      for (const trafficClass of TRAFFIC_CLASSES) {
        const s3 = roleStatements(api, fn(api, trafficClass)).filter((st) => grants(st, 's3:'));
        if (!FILE_CLASSES.includes(trafficClass)) {
          expect(s3, trafficClass).toEqual([]);
          continue;
        }
        expect(s3, trafficClass).toHaveLength(1);
        expect(s3[0]).toMatchObject({ Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'] });
        expect(asList(s3[0]!.Resource)).toEqual(
          Object.keys(FILE_PURPOSES).flatMap((purpose) => [under(`incoming/${purpose}/`), under(`${purpose}/`)]),
        );
      }
      // Nothing in the Api stack may act on S3 everywhere.
      for (const policy of Object.values(api.findResources('AWS::IAM::Policy'))) {
        for (const st of policy.Properties.PolicyDocument.Statement as Json[]) {
          if (grants(st, 's3:')) expect(asList(st.Action)).not.toContain('s3:*');
        }
      }
    });
  });
}

/** Production only: the files outlive the stack. */
export function storageRetainedChecks(synthesized: () => Templates): void {
  it('keeps the files bucket and its access logs when the stack goes away', () => {
    const { database } = synthesized();
    for (const id of ['FileStorageFiles', 'FileStorageAccessLogs']) {
      const { resource } = bucketNamed(database, id);
      expect(resource.DeletionPolicy, id).toBe('Retain');
    }
    // Nothing empties them on removal either.
    expect(Object.keys(database.findResources('Custom::S3AutoDeleteObjects'))).toEqual([]);
  });
}
