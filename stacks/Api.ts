import type { CfnStage } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Api as HttpApi,
  Config,
  Function as SstFunction,
  use,
  type FunctionProps,
  type StackContext,
} from 'sst/constructs';
import { Database } from './Database.ts';
import { apiCors } from './lib/cors.ts';
import { FILE_CLASSES, filesAccess } from './lib/files-bucket.ts';
import { logRetention } from './lib/stage.ts';
import { tableAccess } from './lib/table-access.ts';
import { functionDefaults } from './lib/function-defaults.ts';
import {
  CLASS_LIMITS,
  CLASS_ROUTES,
  classEnvironment,
  classFunctionId,
  classNodejs,
  reservesConcurrency,
  TRAFFIC_CLASSES,
  type TrafficClass,
} from './lib/traffic-classes.ts';

const DESCRIPTIONS: Record<TrafficClass, string> = {
  public: 'Public class: the no-login event pages and registration',
  phone: "Phone class: interns' check-ins, activity logs and leave",
  api: 'API class: the office, coordinators and mentors; sign-in, health and docs',
  exports: 'Exports class: workbook downloads and spreadsheet imports',
};

/** What only the api class serves from files: Swagger UI's two files and the stored OpenAPI document. */
const apiFiles: Pick<FunctionProps, 'environment' | 'copyFiles'> = {
  environment: {
    // Relative to LAMBDA_TASK_ROOT.
    DOCS_ASSETS_DIR: 'swagger-ui',
    OPENAPI_DOCUMENT: 'openapi.json',
  },
  // Paths are from the project root; `to` is a file path inside the artifact, not a folder.
  copyFiles: [
    ...['swagger-ui-bundle.js', 'swagger-ui.css'].map((file) => ({
      from: `packages/functions/node_modules/swagger-ui-dist/${file}`,
      to: `swagger-ui/${file}`,
    })),
    { from: 'packages/web/src/api/openapi.json', to: 'openapi.json' },
  ],
};

/**
 * The HTTP API: one Lambda per traffic class behind one API Gateway HTTP API. Each class's routes
 * (derived from its route files, see stacks/lib/class-routes.json) go to its function; the api
 * class takes everything else through `$default`. Each function has its own reserved concurrency
 * and each route its own throttle, so a flood of public registrations is turned away at its own
 * limits while interns keep checking in.
 */
export function Api({ stack }: StackContext) {
  const { table, files } = use(Database);
  const jwtSecret = new Config.Secret(stack, 'JWT_SECRET');
  // Derives the keys that encrypt national ID numbers and hash them for duplicate detection.
  const piiKey = new Config.Secret(stack, 'PII_KEY');
  const reserve = reservesConcurrency();

  const functions = Object.fromEntries(
    TRAFFIC_CLASSES.map((trafficClass) => {
      const limits = CLASS_LIMITS[trafficClass];
      const copied = trafficClass === 'api' ? apiFiles : {};
      // Only the classes that hand out file links know the bucket and may touch it (files-bucket.ts).
      const handsOutFiles = FILE_CLASSES.includes(trafficClass);
      const fn = new SstFunction(stack, classFunctionId(trafficClass), {
        handler: limits.handler,
        nodejs: classNodejs(trafficClass, functionDefaults(stack.stage).nodejs),
        description: DESCRIPTIONS[trafficClass],
        memorySize: limits.memorySize,
        timeout: limits.timeout,
        ...(reserve ? { reservedConcurrentExecutions: limits.reservedConcurrency } : {}),
        bind: [jwtSecret, piiKey],
        // Explicit statement instead of binding the table, which would grant dynamodb:* and
        // with it DeleteTable and Scan (no request path scans: every list is a Query on a key made for it).
        permissions: [tableAccess(table), ...(handsOutFiles ? [filesAccess(files)] : [])],
        environment: {
          TABLE_NAME: table.tableName,
          ...(handsOutFiles ? { FILES_BUCKET: files.bucketName } : {}),
          ...classEnvironment(trafficClass),
          ...copied.environment,
        },
        copyFiles: copied.copyFiles,
      });
      return [trafficClass, fn];
    }),
  ) as Record<TrafficClass, SstFunction>;

  const routes: Record<string, { function: SstFunction }> = { $default: { function: functions.api } };
  for (const [trafficClass, keys] of Object.entries(CLASS_ROUTES) as [Exclude<TrafficClass, 'api'>, string[]][]) {
    for (const key of keys) routes[key] = { function: functions[trafficClass] };
  }

  const api = new HttpApi(stack, 'Api', {
    cors: apiCors(),
    accessLog: { retention: logRetention(stack.stage) },
    defaults: {
      // The api class's limit, on `$default`; every other class's route has its own below.
      throttle: { burst: CLASS_LIMITS.api.throttle.burst, rate: CLASS_LIMITS.api.throttle.rate },
    },
    routes,
  });

  // HTTP API throttles per route live on the stage (SST sets only the default). The property is
  // untyped JSON that CDK passes through as written, hence CloudFormation's own capitalised keys.
  const stage = api.cdk.httpApi.defaultStage!.node.defaultChild as CfnStage;
  stage.routeSettings = Object.fromEntries(
    Object.entries(CLASS_ROUTES).flatMap(([trafficClass, keys]) =>
      keys.map((key) => {
        const { rate, burst } = CLASS_LIMITS[trafficClass as TrafficClass].throttle;
        return [key, { ThrottlingRateLimit: rate, ThrottlingBurstLimit: burst }];
      }),
    ),
  );

  stack.addOutputs({ ApiUrl: api.url });

  // The stream worker and the jobs decrypt what outbox payloads carry encrypted with the same key.
  return { api, url: api.url, piiKey, functions };
}
