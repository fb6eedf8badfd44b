import { LogFormatter, LogItem, Logger, LogLevelThreshold } from '@aws-lambda-powertools/logger';
import type {
  LogAttributes,
  LogItemExtraInput,
  LogItemMessage,
  LogLevel,
  UnformattedAttributes,
} from '@aws-lambda-powertools/logger/types';

/**
 * The one logger of the functions package: Powertools' Logger, so that inside Lambda every line
 * carries the invocation's request id and X-Ray trace id (the wrapper in ./lambda.ts hands it the
 * context). Routes, middleware, workers and jobs all log through it; nothing else writes log lines.
 */

/**
 * One JSON object per line. `msg` stays the message key the app has always written (dev output and
 * the log tests read it); the Lambda fields use Powertools' names, so CloudWatch Logs Insights
 * queries written for Powertools work unchanged.
 */
class LineFormatter extends LogFormatter {
  formatAttributes(attributes: UnformattedAttributes, additional: LogAttributes): LogItem {
    const context = attributes.lambdaContext;
    return new LogItem({
      attributes: {
        level: attributes.logLevel.toLowerCase(),
        msg: attributes.message,
        timestamp: this.formatTimestamp(attributes.timestamp),
        service: attributes.serviceName,
        ...(context ? { function_request_id: context.awsRequestId, cold_start: context.coldStart } : {}),
        ...(attributes.xRayTraceId ? { xray_trace_id: attributes.xRayTraceId } : {}),
      },
    }).addAttributes(additional);
  }
}

const inLambda = () => Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME);

/**
 * `LOG_LEVEL` (local runs; `silent` in the tests switches logging off), else the stack's
 * `POWERTOOLS_LOG_LEVEL`, as Powertools spells it.
 */
function levelFromEnv(): Uppercase<LogLevel> {
  const wanted = (process.env.LOG_LEVEL || process.env.POWERTOOLS_LOG_LEVEL || 'info').toUpperCase();
  return (wanted in LogLevelThreshold ? wanted : 'INFO') as Uppercase<LogLevel>;
}

class AppLogger extends Logger {
  protected override processLogItem(level: number, input: LogItemMessage, extra: LogItemExtraInput): void {
    // Outside Lambda the level follows LOG_LEVEL as it is now, not as it was at import: a test turns
    // logging on around the requests it inspects. In Lambda the environment never changes.
    if (!inLambda()) {
      const wanted = levelFromEnv();
      if (this.getLevelName() !== wanted) this.setLogLevel(wanted);
    }
    super.processLogItem(level, input, extra);
  }

  protected override printLog(level: number, log: LogItem): void {
    // In Lambda, Powertools' own stdout console: the runtime's global console would prefix each
    // line with its own fields and break the JSON. Locally the global console, one line per entry,
    // so `pnpm dev` stays readable and tests can capture it.
    if (inLambda()) {
      super.printLog(level, log);
      return;
    }
    log.prepareForPrint();
    const line = JSON.stringify(log.getAttributes());
    if (level >= LogLevelThreshold.ERROR) console.error(line);
    else console.log(line);
  }
}

let instance: AppLogger | undefined;

/**
 * Created on first use, after the Lambda entry has named its service (see `instrumented`), so the
 * service name is the traffic class's.
 */
export function logger(): Logger {
  instance ??= new AppLogger({
    serviceName: process.env.POWERTOOLS_SERVICE_NAME || 'aksu',
    logLevel: levelFromEnv(),
    logFormatter: new LineFormatter(),
  });
  return instance;
}

/** Shorthands for the common calls; `fields` must never hold personal data (see request-log.ts). */
export const log = {
  info: (msg: string, fields: Record<string, unknown> = {}) => logger().info(msg, fields),
  warn: (msg: string, fields: Record<string, unknown> = {}) => logger().warn(msg, fields),
  error: (msg: string, fields: Record<string, unknown> = {}) => logger().error(msg, fields),
};
