import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import S3rver from '@20minutes/s3rver';
import { LocalDatabaseError, portIsFree } from './java-runtime.ts';

/**
 * A real S3-compatible HTTP server on the loopback, for `pnpm dev` and the tests: the same
 * `@aws-sdk/client-s3` code and the same presigned URLs as in AWS, with files kept on disk. It is a
 * maintained fork of s3rver that checks signature V4 (the original accepts any signature), so a
 * link for another key or a tampered link is refused here as S3 refuses it, and an expired one too.
 * It runs in this process: nothing to download, nothing left running when the process ends.
 */
export interface LocalS3 {
  endpoint: string;
  port: number;
  bucket: string;
  stop(): Promise<void>;
}

export interface LocalS3Options {
  bucket: string;
  /** Keep the files here across restarts; a temporary directory, removed on stop, when absent. */
  dataDir?: string;
  /** Fixed port; a free one when absent. */
  port?: number;
  /** Origins whose pages may PUT to an upload link (the bucket's CORS rule, as the stack sets it in AWS). */
  corsOrigins?: string[];
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same rule as the bucket's in AWS (stacks/lib/files-bucket.ts): PUT from the site's origins. */
export function corsConfiguration(origins: string[]): string {
  const allowed = origins.map((origin) => `<AllowedOrigin>${xmlText(origin)}</AllowedOrigin>`).join('');
  return (
    '<CORSConfiguration><CORSRule>' +
    `${allowed}<AllowedMethod>PUT</AllowedMethod><AllowedHeader>content-type</AllowedHeader>` +
    '<MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>'
  );
}

/** The part of the server's file store replaced below. */
interface FileStore {
  getResourcePath(bucket: string, key: string, kind: string): string;
  deleteObject(bucket: string, key: string): Promise<void>;
}

export async function startLocalS3(options: LocalS3Options): Promise<LocalS3> {
  if (options.port && !(await portIsFree(options.port))) {
    throw new LocalDatabaseError(`S3 port ${options.port} is already in use. Set S3_PORT to another port.`);
  }
  const temporary = !options.dataDir;
  const directory = options.dataDir ? resolve(options.dataDir) : mkdtempSync(join(tmpdir(), 'aksu-s3-'));
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? 0,
    silent: true,
    directory,
    // Buckets are addressed by path (http://127.0.0.1:<port>/<bucket>/<key>), as core's client does locally.
    vhostBuckets: false,
    configureBuckets: [
      {
        name: options.bucket,
        configs: options.corsOrigins?.length ? [corsConfiguration(options.corsOrigins)] : [],
      },
    ],
  });
  // After a delete the file store removes the key's emptied directories with a recursive rm, which
  // also takes a file another request wrote there in between: an upload landing while the one before
  // it is moved out of incoming/ vanished, and its check answered "upload not found". S3 has no
  // directories; here an emptied one simply stays.
  const store = (server as unknown as { store: FileStore }).store;
  store.deleteObject = async (bucket, key) => {
    const files = ['object', 'object.md5', 'metadata.json'].map((kind) => store.getResourcePath(bucket, key, kind));
    await Promise.all(
      files.map((file) =>
        unlink(file).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        }),
      ),
    );
  };
  // The server has no bucket policies: it would serve any request that carries no signature at all.
  // The bucket in AWS is private, so here too a request is refused unless it is signed (in a header
  // or as a presigned URL); browsers' CORS preflights carry no signature, as in S3.
  server.middleware.unshift(async (ctx, next) => {
    const signed = Boolean(ctx.get('authorization')) || ctx.query['X-Amz-Signature'] !== undefined;
    if (signed || ctx.method === 'OPTIONS') return next();
    ctx.status = 403;
    ctx.type = 'application/xml';
    ctx.body =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>';
  });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  let stopped = false;
  return {
    endpoint,
    port: address.port,
    bucket: options.bucket,
    async stop() {
      if (stopped) return;
      stopped = true;
      // Clients keep connections alive; without this, close waits for them to time out.
      server.httpServer?.closeAllConnections();
      await server.close();
      if (temporary) rmSync(directory, { recursive: true, force: true });
    },
  };
}
