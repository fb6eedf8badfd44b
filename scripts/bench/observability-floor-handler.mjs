/**
 * Not a handler of the app: the library floor's handler (./library-floor-handler.mjs) with
 * Powertools' logger, metrics and tracer loaded beside it, which every class function carries for
 * its request-id logging, EMF metrics and DynamoDB tracing. Its init against the minimal handler's
 * is the least any class function can take while it has both the stack's libraries and that
 * observability, before any of the app's own code. Never deployed. Plain JavaScript, as the
 * library floor is, for the same reason.
 */
export * from './library-floor-handler.mjs';
export { Logger } from '@aws-lambda-powertools/logger';
export { Metrics } from '@aws-lambda-powertools/metrics';
export { Tracer } from '@aws-lambda-powertools/tracer';
