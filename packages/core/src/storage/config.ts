import type { S3Client } from '@aws-sdk/client-s3';

/**
 * The S3 SDK is loaded on first use, not with core: most functions never touch a file (the phone
 * class, the stream worker, the jobs), and loading the S3 client on each of their cold starts
 * would cost them time for nothing.
 */
let sdk: Promise<typeof import('@aws-sdk/client-s3')> | undefined;
export const s3Sdk = () => {
  sdk ??= import('@aws-sdk/client-s3');
  return sdk;
};

/**
 * Where uploaded files live. In AWS only `FILES_BUCKET` is set (the stack puts it in the functions'
 * environment) and the SDK finds S3 and the role's credentials itself; locally `S3_ENDPOINT` points
 * at the S3-compatible server the dev runner and the tests start.
 */
export interface StorageConfig {
  bucket: string;
  /** A local S3-compatible server; addressed path-style, as it has no per-bucket host names. */
  endpoint?: string;
  region: string;
}

/**
 * The local server's well-known key pair. Like DynamoDB Local's, it guards nothing: the server only
 * listens on the loopback. It is a real pair all the same, so signatures are made and checked as in AWS.
 */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export function storageConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  const bucket = env.FILES_BUCKET;
  if (!bucket) throw new Error('FILES_BUCKET is not set');
  return {
    bucket,
    endpoint: env.S3_ENDPOINT || undefined,
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'ap-northeast-1',
  };
}

export async function createStorageClient(config: StorageConfig): Promise<S3Client> {
  const local = Boolean(config.endpoint);
  const { S3Client } = await s3Sdk();
  return new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: local,
    ...(local ? { credentials: LOCAL_S3_CREDENTIALS } : {}),
    // Newer SDKs add a CRC32 of the request body to every PutObject by default. In a presigned URL
    // that is the checksum of the empty body the URL was signed with (`x-amz-checksum-crc32=AAAAAA==`),
    // so S3 would refuse every real file a browser PUTs there. Checksums only where an operation
    // demands one; the upload is verified by its size and first bytes instead (uploads.ts).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    // A ranged GET returns part of the object, which a whole-object checksum cannot validate.
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
}

let current: { config: StorageConfig; client: Promise<S3Client> } | undefined;

/** Points storage at a bucket (the dev runner, tests); otherwise it is read from the environment on first use. */
export function configureStorage(config: StorageConfig): void {
  void current?.client.then((client) => client.destroy());
  current = { config, client: createStorageClient(config) };
}

export async function storage(): Promise<{ config: StorageConfig; client: S3Client }> {
  if (!current) configureStorage(storageConfigFromEnv());
  const { config, client } = current!;
  return { config, client: await client };
}
