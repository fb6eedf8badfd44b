import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/**
 * The app's CloudWatch metrics, written as EMF lines to stdout, which CloudWatch turns into metrics
 * without an API call. Names are fixed here because the alarms in stacks/Alarms.ts name them too.
 */
export const METRIC = {
  /** A check-in recorded (POST /v1/check-ins answered 2xx). */
  checkIns: 'CheckIns',
  /** A public event registration made (registered or waitlisted). */
  publicRegistrations: 'PublicRegistrations',
  /** A coordinator's registration of a student into a cohort. */
  cohortRegistrations: 'CohortRegistrations',
  /** An uploaded import file, i.e. one batch of rows the server registers by itself. */
  importBatches: 'ImportBatches',
  /** Rows in the uploaded import files. */
  importRows: 'ImportRows',
  /** One budgeted run of an import by the stream worker (upload or continuation event handled). */
  importRuns: 'ImportRuns',
  deliveriesSent: 'DeliveriesSent',
  /** A delivery that failed and will be tried again. */
  deliveriesFailed: 'DeliveriesFailed',
  /** A delivery refused for good (address or message rejected): parked as failed, never retried. */
  deliveriesParked: 'DeliveriesParked',
  /** API responses with a 5xx status. */
  serverErrors: 'ServerErrors',
  /** A scheduled job invocation that threw. */
  jobFailures: 'JobFailures',
  /** An outbox handler that threw (its batch is retried from that record). */
  handlerFailures: 'HandlerFailures',
} as const;

export type MetricName = (typeof METRIC)[keyof typeof METRIC];

/** The namespace every metric of the app goes to, unless the stack names another. */
export const DEFAULT_NAMESPACE = 'Aksu';

let metrics: Metrics | undefined;
let recording = false;
let stored = 0;

/**
 * Counts `value` of `name` in the current Lambda invocation. Outside an instrumented invocation
 * (`pnpm dev`, tests calling the app directly) it does nothing: there is no CloudWatch to read it.
 */
export function countMetric(name: MetricName, value = 1): void {
  if (!recording || !metrics || value <= 0) return;
  metrics.addMetric(name, MetricUnit.Count, value);
  stored++;
}

/** Whether an instrumented invocation is recording; lets a caller skip work only metrics need. */
export const recordingMetrics = (): boolean => recording;

/** Starts recording for one invocation of `service` (the traffic class's service name). */
export function beginInvocationMetrics(service: string): void {
  metrics ??= new Metrics({
    namespace: process.env.POWERTOOLS_METRICS_NAMESPACE || DEFAULT_NAMESPACE,
    serviceName: service,
  });
  recording = true;
}

/** Writes what the invocation counted as one EMF line (none when it counted nothing) and stops recording. */
export function flushInvocationMetrics(): void {
  recording = false;
  if (!metrics || stored === 0) return;
  stored = 0;
  metrics.publishStoredMetrics();
}
