import { handle } from 'hono/aws-lambda';
import { Config } from 'sst/node/config';
import { configureVault } from '@aksu/core';
import { createApp } from './app.ts';

// SST v2 generates these types during `sst dev/deploy`; declared here so typecheck works offline.
declare module 'sst/node/config' {
  export interface SecretResources {
    JWT_SECRET: { value: string };
    PII_KEY: { value: string };
  }
}

configureVault(Config.PII_KEY);

/** The only file a stack names. The secrets come from SST `Config.Secret`, loaded at cold start. */
export const handler = handle(
  createApp({
    jwtSecret: Config.JWT_SECRET,
    // API Gateway's view of the caller, which no request header can change.
    peerAddress: (c) => (c.env as { requestContext?: { http?: { sourceIp?: string } } }).requestContext?.http?.sourceIp,
  }),
);
