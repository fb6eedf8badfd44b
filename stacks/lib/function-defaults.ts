import type { FunctionProps } from 'sst/constructs';
import { electrodbWithoutModelSchema, zodWithoutLocales } from './bundle-plugins.ts';
import { logRetention } from './stage.ts';

/**
 * Where the functions' EMF metrics go: one namespace per stage, so the alarms of one stage never
 * read another stage's counts. The functions read it from POWERTOOLS_METRICS_NAMESPACE.
 */
export const metricsNamespace = (stage: string) => `Aksu/${stage}`;

/**
 * Props every Lambda in the app starts from; a function's own props override them.
 *
 * The AWS SDK v3 stays out of the bundle because the Node.js runtimes ship it (CDK's own
 * NodejsFunction leaves out the same two scopes): bundling it would roughly double the artifact
 * (`pnpm bench lambda-bundle` measures it) and lengthen cold starts for no gain.
 */
export function functionDefaults(stage: string): FunctionProps {
  return {
    // The newest Node.js runtime CDK knows: the longest time until AWS deprecates it, and cdk-nag's
    // AwsSolutions-L1 flags anything older.
    runtime: 'nodejs24.x',
    // Graviton: cheaper per GB-second, and the bundle is plain JavaScript with no native modules.
    architecture: 'arm_64',
    nodejs: {
      format: 'esm',
      minify: true,
      // `true` ships the map inside the artifact (SST's default uploads it to its console bucket
      // instead); with --enable-source-maps a minified stack trace in CloudWatch points at the
      // TypeScript line.
      sourcemap: true,
      esbuild: {
        external: ['@aws-sdk/*', '@smithy/*'],
        plugins: [zodWithoutLocales, electrodbWithoutModelSchema],
      },
    },
    // X-Ray: Lambda records each invocation, and the functions' Powertools tracer adds the handler
    // and every DynamoDB call as subsegments (see packages/functions/src/observability/).
    tracing: 'active',
    environment: {
      NODE_OPTIONS: '--enable-source-maps',
      // Powertools: the metrics namespace, and INFO logs. The service name is the traffic class's,
      // set by each entry's instrumented() wrapper unless a function's stack sets its own.
      POWERTOOLS_METRICS_NAMESPACE: metricsNamespace(stage),
      POWERTOOLS_LOG_LEVEL: 'INFO',
    },
    logRetention: logRetention(stage),
  };
}
