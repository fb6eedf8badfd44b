import { Api as HttpApi, Config, use, type StackContext } from 'sst/constructs';
import { Database } from './Database.ts';
import { apiCors } from './lib/cors.ts';
import { logRetention } from './lib/stage.ts';
import { tableAccess } from './lib/table-access.ts';

/** The whole HTTP API: one Lambda running the Hono app behind an API Gateway HTTP API. */
export function Api({ stack }: StackContext) {
  const { table } = use(Database);
  const jwtSecret = new Config.Secret(stack, 'JWT_SECRET');
  // Derives the keys that encrypt national ID numbers and hash them for duplicate detection.
  const piiKey = new Config.Secret(stack, 'PII_KEY');

  const api = new HttpApi(stack, 'Api', {
    cors: apiCors(),
    accessLog: { retention: logRetention(stack.stage) },
    defaults: {
      // A cap for all callers together, so a flood costs at most this many Lambda invocations and
      // DynamoDB requests per second instead of the account's whole concurrency.
      throttle: { burst: 200, rate: 100 },
    },
    routes: {
      // Hono does the routing, so API Gateway's route table cannot drift from the OpenAPI document.
      // SST resolves the handler path from the working directory (the project root) and bundles
      // it during synth; no function code is imported into the CDK app.
      $default: {
        function: {
          handler: 'packages/functions/src/lambda.handler',
          memorySize: 1024,
          timeout: 10,
          bind: [jwtSecret, piiKey],
          // Explicit statement instead of binding the table, which would grant dynamodb:* and
          // with it DeleteTable and Scan (no request path scans: every list is a Query on a key made for it).
          permissions: [tableAccess(table)],
          environment: {
            TABLE_NAME: table.tableName,
            // Swagger UI's two files, copied into the artifact below; relative to LAMBDA_TASK_ROOT.
            DOCS_ASSETS_DIR: 'swagger-ui',
          },
          // Paths are from the project root; `to` is a file path inside the artifact, not a folder.
          copyFiles: ['swagger-ui-bundle.js', 'swagger-ui.css'].map((file) => ({
            from: `packages/functions/node_modules/swagger-ui-dist/${file}`,
            to: `swagger-ui/${file}`,
          })),
        },
      },
    },
  });

  stack.addOutputs({ ApiUrl: api.url });

  // The stream worker and the jobs decrypt what outbox payloads carry encrypted with the same key.
  return { api, url: api.url, piiKey };
}
