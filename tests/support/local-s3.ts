import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { configureStorage } from '@aksu/core';
import { startLocalS3, type LocalS3 } from '../../scripts/lib/local-s3.ts';

/** The origin the test pretends its pages come from, for the bucket's CORS rule. */
export const TEST_SITE_ORIGIN = 'http://localhost:5999';

/**
 * A local S3-compatible server for this test file, with core's file storage pointed at it. It runs in
 * the test's own process and starts in milliseconds, so each file that needs one has its own (its
 * own port, bucket and temporary directory) and no file sees another's objects; it stops, and its
 * files go, after the file's tests.
 */
export function useLocalS3(): () => LocalS3 {
  let s3: LocalS3 | undefined;
  beforeAll(async () => {
    s3 = await startLocalS3({ bucket: `test-files-${randomUUID().slice(0, 8)}`, corsOrigins: [TEST_SITE_ORIGIN] });
    process.env.FILES_BUCKET = s3.bucket;
    process.env.S3_ENDPOINT = s3.endpoint;
    configureStorage({ bucket: s3.bucket, endpoint: s3.endpoint, region: 'local' });
  });
  afterAll(async () => {
    await s3?.stop();
  });
  return () => {
    if (!s3) throw new Error('The local S3 server starts in beforeAll; use it inside a test');
    return s3;
  };
}
