import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { log } from '../observability/logger.ts';
import { countMetric, METRIC, recordingMetrics, type MetricName } from '../observability/metrics.ts';

/**
 * What a successful answer of a route counts in the EMF metrics, by method and route pattern.
 * Counted here, in the transport layer, so core stays free of any metrics code.
 */
const COUNTED: Record<string, MetricName> = {
  'POST /v1/check-ins': METRIC.checkIns,
  'POST /v1/public/events/:eventId/registrations': METRIC.publicRegistrations,
  'POST /v1/cohorts/:cohortId/registrations': METRIC.cohortRegistrations,
  'POST /v1/cohorts/:cohortId/imports': METRIC.importBatches,
};

/**
 * One log line per request, through the app's logger (which adds the Lambda request id and trace id
 * in AWS). Only the route pattern is logged, never the URL, query or body: ids in paths are opaque,
 * but queries and bodies can carry names, phones and national ids.
 */
export const requestLog: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = performance.now();
  await next();
  const status = c.res.status;
  const route = c.req.routePath;
  if (recordingMetrics()) await countRequest(c.req.method, route, status, c.res);
  const actor = c.get('actor');
  const fields = {
    requestId: c.get('requestId'),
    method: c.req.method,
    route,
    status,
    ms: Math.round(performance.now() - started),
    ...(actor ? { userId: actor.userId, role: actor.role } : {}),
  };
  if (status >= 500) log.error('request', fields);
  else log.info('request', fields);
};

async function countRequest(method: string, route: string, status: number, res: Response): Promise<void> {
  if (status >= 500) return countMetric(METRIC.serverErrors);
  if (status >= 300) return;
  const name = COUNTED[`${method} ${route}`];
  if (!name) return;
  countMetric(name);
  // An upload's rows: the created job's `totalRows` (its body is small; the file is not in it).
  if (name === METRIC.importBatches) {
    const job = (await res
      .clone()
      .json()
      .catch(() => undefined)) as { totalRows?: number } | undefined;
    if (typeof job?.totalRows === 'number') countMetric(METRIC.importRows, job.totalRows);
  }
}
