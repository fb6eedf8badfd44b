import type { Context } from 'aws-lambda';
import { log, logger } from './logger.ts';
import { beginInvocationMetrics, countMetric, flushInvocationMetrics, type MetricName } from './metrics.ts';
import type { HandlerTracing } from './tracing.ts';

/**
 * The classes of traffic that each get their own function (and so their own limits), and the
 * background entries. The class names the function's service in logs, metrics and traces.
 */
export type TrafficClass = 'public' | 'phone' | 'api' | 'exports' | 'imports' | 'stream' | 'jobs';

export interface InstrumentOptions {
  trafficClass: TrafficClass;
  /** Counted once when the handler throws (the job runner's `JobFailures`); nothing by default. */
  failureMetric?: MetricName;
}

/** `aksu-<class>` unless the stack names the service (`POWERTOOLS_SERVICE_NAME`). */
export const serviceNameOf = (trafficClass: TrafficClass) => `aksu-${trafficClass}`;

// A Lambda handler in its plain async form, which is what hono/aws-lambda's `handle`, the stream
// worker and the job runner are. `never` parameters let a handler name whichever event type it takes.
type AsyncHandler = (event: never, context: Context, ...rest: never[]) => Promise<unknown>;
// The wrapper does not read the event: it hands on whatever Lambda delivered, as Lambda would have.
type Forwarded = (event: unknown, context: Context, ...rest: unknown[]) => Promise<unknown>;

/**
 * Wraps a Lambda entry's handler once, at module top level:
 *
 *   export const handler = instrumented(handle(app), { trafficClass: 'phone' });
 *
 * Per invocation it gives the logger the Lambda context (so every line carries
 * `function_request_id` and `xray_trace_id`), records the EMF metrics counted during the
 * invocation and flushes them in one line at its end, and, when X-Ray tracing is on, runs the
 * handler in a `## <handler>` subsegment with DynamoDB calls as subsegments of their own.
 *
 * Cold start cost: the logger and metrics add about 40 KB minified and are evaluated at init. The
 * tracer (X-Ray SDK, about 125 KB minified) is imported only when tracing is enabled, i.e. inside
 * Lambda and unless POWERTOOLS_TRACE_ENABLED=false; its loading starts at init without blocking it
 * and the first invocation waits for it. A function that must start faster can set
 * POWERTOOLS_TRACE_ENABLED=false and keep only Lambda's own invocation segment.
 */
export function instrumented<H extends AsyncHandler>(handler: H, options: InstrumentOptions): H {
  // Before the logger is first used, so its lines name this class.
  process.env.POWERTOOLS_SERVICE_NAME ||= serviceNameOf(options.trafficClass);
  const service = process.env.POWERTOOLS_SERVICE_NAME;
  logger().appendPersistentKeys({ traffic_class: options.trafficClass });

  let tracing: Promise<HandlerTracing | undefined> | undefined;
  if (tracingWanted()) {
    tracing = import('./tracing.ts').then((m) => m.startTracing(service));
    // A tracer that cannot start must not take the function down with it; the logs say why.
    tracing = tracing.catch((error: unknown) => {
      log.error('tracing unavailable', { error: error instanceof Error ? error.message : String(error) });
      return undefined;
    });
  }

  const wrapped = async (event: unknown, context: Context, ...rest: unknown[]) => {
    if (context?.awsRequestId) logger().addContext(context);
    beginInvocationMetrics(service);
    const tracer = await tracing;
    try {
      const run = () => (handler as unknown as Forwarded)(event, context, ...rest);
      return await (tracer ? tracer.around(run) : run());
    } catch (error) {
      if (options.failureMetric) countMetric(options.failureMetric);
      throw error;
    } finally {
      flushInvocationMetrics();
    }
  };
  return wrapped as unknown as H;
}

/** Tracing only means something inside Lambda with active tracing; Powertools' switch can turn it off. */
function tracingWanted(): boolean {
  if (!process.env.AWS_LAMBDA_FUNCTION_NAME) return false;
  return !['false', '0', 'no'].includes((process.env.POWERTOOLS_TRACE_ENABLED ?? '').toLowerCase());
}
