import { OpenAPIHono } from '@hono/zod-openapi';
import type { Actor } from '@aksu/core/auth/actor';
import type { RequestIdVariables } from 'hono/request-id';
import type { PeerAddressReader } from './http/client-address.ts';
import { validationHook } from './http/validation.ts';

export interface AppConfig {
  jwtSecret: string;
  /** Largest JSON body accepted, in bytes. */
  bodyLimitBytes?: number;
  /** Reads the transport's own peer address (socket or API Gateway source IP); see `clientAddress`. */
  peerAddress?: PeerAddressReader;
  /** Peers whose `X-Forwarded-For` is believed: our own proxies in front of the server. */
  trustedProxies?: readonly string[];
}

export type AppEnv = {
  Variables: RequestIdVariables & { actor: Actor; config: AppConfig };
};

/** A router for one resource; `app.ts` gives them all the same validation hook and mounts them. */
export function router() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
