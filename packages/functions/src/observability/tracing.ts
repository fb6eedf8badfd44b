import { Tracer } from '@aws-lambda-powertools/tracer';
// The deep path, not core's index: this file must not pull the whole domain into a small bundle.
import { db } from '@aksu/core/db/service';

/**
 * X-Ray for one Lambda process: a subsegment per invocation around the handler, and one per
 * DynamoDB call. Only ./lambda.ts imports this file, and only with `import()` once tracing is on:
 * the Tracer brings the X-Ray SDK (about 125 KB minified), which is parsed with the bundle but not
 * evaluated at init unless traced.
 */
export interface HandlerTracing {
  around<R>(work: () => Promise<R>): Promise<R>;
}

/** `undefined` outside Lambda or with `POWERTOOLS_TRACE_ENABLED=false`: nothing to trace into. */
export function startTracing(serviceName: string): HandlerTracing | undefined {
  const tracer = new Tracer({ serviceName });
  if (!tracer.isTracingEnabled()) return undefined;
  // Core creates the one DynamoDB client; the document client shares the base client's middleware
  // stack, so capturing it puts every call core makes (ElectroDB's included) in a subsegment.
  // Core stays free of Powertools. The table comes from TABLE_NAME, as on any first use of db().
  if (process.env.TABLE_NAME) tracer.captureAWSv3Client(db().client);
  return {
    async around(work) {
      const parent = tracer.getSegment();
      const segment = parent?.addNewSubsegment(`## ${process.env._HANDLER ?? 'handler'}`);
      if (segment) tracer.setSegment(segment);
      tracer.annotateColdStart();
      tracer.addServiceNameAnnotation();
      try {
        return await work();
      } catch (error) {
        tracer.addErrorAsMetadata(error as Error);
        throw error;
      } finally {
        segment?.close();
        if (parent) tracer.setSegment(parent);
      }
    },
  };
}
