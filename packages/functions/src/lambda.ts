import { handle } from 'hono/aws-lambda';
import { Config } from 'sst/node/config';
import { createApp } from './app.ts';

// SST v2 generates these types during `sst dev/deploy`; declared here so typecheck works offline.
declare module 'sst/node/config' {
  export interface SecretResources {
    JWT_SECRET: { value: string };
  }
}

/** The only file a stack names. The secret comes from SST `Config.Secret`, loaded at cold start. */
export const handler = handle(createApp({ jwtSecret: Config.JWT_SECRET }));
