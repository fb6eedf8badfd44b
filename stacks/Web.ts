import { StaticSite, use, type StackContext } from 'sst/constructs';
import { Api } from './Api.ts';

/**
 * A deploy build never writes `packages/web/dist`: that folder is what `pnpm test` builds and the
 * browser tests serve, and a synth in the same run would swap it for a bundle whose API URL is a
 * placeholder. `.sst/` is SST's own git-ignored working folder.
 */
const DEPLOY_BUILD_DIR = '../../.sst/web-dist';

/** The React app on S3 + CloudFront, built during synth with the API URL baked in. */
export function Web({ stack }: StackContext) {
  const { url: apiUrl } = use(Api);

  const site = new StaticSite(stack, 'Web', {
    path: 'packages/web',
    buildCommand: `pnpm run build --outDir ${DEPLOY_BUILD_DIR} --emptyOutDir`,
    buildOutput: DEPLOY_BUILD_DIR,
    errorPage: 'redirect_to_index_page',
    environment: {
      // Unknown until the Api stack deploys: the build sees `{{ VITE_API_URL }}` and SST replaces
      // it in the uploaded files with the real value.
      VITE_API_URL: apiUrl,
      // Vitest sets NODE_ENV=test, which would otherwise reach vite and produce React's dev bundle.
      NODE_ENV: 'production',
    },
    vite: {
      // SST rewrites an `import.meta.env` typing file for vite apps on every synth; keep it in the
      // git-ignored .sst folder so a synth never changes the web package's sources.
      types: '../../.sst/web-env.d.ts',
    },
  });

  stack.addOutputs({ SiteUrl: site.url });

  return { site };
}
