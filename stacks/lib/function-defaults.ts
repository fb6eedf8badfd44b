import type { FunctionProps } from 'sst/constructs';
import { logRetention } from './stage.ts';

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
      esbuild: { external: ['@aws-sdk/*', '@smithy/*'] },
    },
    environment: {
      NODE_OPTIONS: '--enable-source-maps',
    },
    logRetention: logRetention(stage),
  };
}
