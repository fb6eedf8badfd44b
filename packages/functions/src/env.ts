import { OpenAPIHono } from '@hono/zod-openapi';
import type { Actor } from '@aksu/core';
import type { RequestIdVariables } from 'hono/request-id';
import { validationHook } from './http/validation.ts';

export interface AppConfig {
  jwtSecret: string;
  /** Largest JSON body accepted, in bytes. */
  bodyLimitBytes?: number;
}

export type AppEnv = {
  Variables: RequestIdVariables & { actor: Actor; config: AppConfig };
};

/** A router for one resource; `app.ts` gives them all the same validation hook and mounts them. */
export function router() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
