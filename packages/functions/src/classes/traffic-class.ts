import type { Hono, Schema } from 'hono';
import type { AppEnv } from '../env.ts';

/**
 * The traffic classes of the HTTP API. Each is its own Lambda with its own concurrency and route
 * throttles, so a flood in one (public registrations for a popular event) cannot take the capacity
 * another needs (interns checking in on their phones):
 * - public: the no-login event pages and registration, and the recruitment pages;
 * - phone: what an intern does every day on a phone (check-in, activity logs, leave);
 * - exports: everything that reads or writes a spreadsheet (workbook downloads, imports), the only
 *   class that carries the spreadsheet library;
 * - api: the rest, the office's and coordinators' desk work.
 */
export const TRAFFIC_CLASSES = ['public', 'phone', 'api', 'exports'] as const;
export type TrafficClass = (typeof TRAFFIC_CLASSES)[number];

// A router's route types vary from module to module; only mounting matters here.
export type Router = Hono<AppEnv, Schema, string>;

/**
 * The routers one class serves. A router module belongs to exactly one class file; the whole app
 * (pnpm dev, the tests, the OpenAPI document) mounts every class, a class's Lambda only its own, and
 * API Gateway's route table is derived from the same lists.
 */
export interface ClassRoutes {
  readonly trafficClass: TrafficClass;
  readonly routers: readonly Router[];
}
