import type { FunctionProps } from 'sst/constructs';
import { logRetention } from './stage.ts';

/**
 * Props every Lambda in the app starts from; a function's own props override them.
 *
 * The AWS SDK v3 stays out of the bundle because the nodejs22.x runtime ships it (CDK's own
 * NodejsFunction leaves out the same two scopes): bundling it would roughly double the artifact
 * (see TOOLCHAIN.md) and lengthen cold starts for no gain.
 */
export function functionDefaults(stage: string): FunctionProps {
  return {
    runtime: 'nodejs22.x',
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
