/** The part of the S3-compatible server's API that local-s3.ts uses (the package ships no types). */
declare module '@20minutes/s3rver' {
  import type { Server } from 'node:http';
  import type { AddressInfo } from 'node:net';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  }

  /** The few fields of Koa's context that a middleware here reads and sets. */
  interface Context {
    method: string;
    query: Record<string, string | string[] | undefined>;
    get(header: string): string;
    status: number;
    type: string;
    body: unknown;
  }
  type Middleware = (ctx: Context, next: () => Promise<void>) => Promise<void> | void;

  /** A Koa application: `middleware` is its chain, composed when the server starts listening. */
  export default class S3rver {
    constructor(options?: S3rverOptions);
    middleware: Middleware[];
    httpServer?: Server;
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
