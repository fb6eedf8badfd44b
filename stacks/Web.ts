import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { StaticSite, use, type StackContext } from 'sst/constructs';
import { webContentSecurityPolicy } from '../packages/functions/src/http/content-security.ts';
import { Api } from './Api.ts';
import { Database } from './Database.ts';
import { logRetention } from './lib/stage.ts';

/**
 * A deploy build never writes `packages/web/dist`: that folder is what `pnpm test` builds and the
 * browser tests serve, and a synth in the same run would swap it for a bundle whose API URL is a
 * placeholder. `.sst/` is SST's own git-ignored working folder.
 */
const DEPLOY_BUILD_DIR = '../../.sst/web-dist';

/** Files whose name stays the same across deploys: the browser asks again each time it loads them. */
export const NOT_KEPT = 'no-cache';

/** The React app on S3 + CloudFront, built during synth with the API URL baked in. */
export function Web({ stack }: StackContext) {
  const { url: apiUrl } = use(Api);
  const { files } = use(Database);
  const logDays = RetentionDays[logRetention(stack.stage).toUpperCase() as keyof typeof RetentionDays];

  // One bucket for the CloudFront and the site bucket's access logs, kept as long as the CloudWatch
  // logs. Both delivery services write with ACLs, hence object ownership "preferred" rather than
  // ACLs off. Removal follows the app's stage default: kept in production, deleted elsewhere.
  const accessLogs = new Bucket(stack, 'AccessLogs', {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
    lifecycleRules: [{ expiration: Duration.days(logDays) }],
  });

  // Created here instead of by StaticSite so the distribution can reach it through an origin access
  // control (SST's own bucket only gets the legacy origin access identity). Same settings SST uses:
  // the content is a build output that every deploy uploads again, so it never outlives the stack.
  const siteBucket = new Bucket(stack, 'SiteBucket', {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    serverAccessLogsBucket: accessLogs,
    serverAccessLogsPrefix: 'site-bucket/',
    removalPolicy: RemovalPolicy.DESTROY,
    autoDeleteObjects: true,
  });

  // The same policy the local server sends with the app; the API is on another origin here, and so
  // is the files bucket, where applicants' phones PUT their CVs with presigned URLs. The SDK signs
  // those for the bucket's regional host name (virtual-hosted style), so that is the origin allowed.
  // S3 sets no headers of its own, so every security header comes from this policy.
  const securityHeaders = new ResponseHeadersPolicy(stack, 'SecurityHeaders', {
    comment: 'Content-Security-Policy, HSTS, nosniff, frame and referrer policy for the web app',
    securityHeadersBehavior: {
      contentSecurityPolicy: {
        contentSecurityPolicy: webContentSecurityPolicy({
          api: apiUrl,
          storage: `https://${files.bucketRegionalDomainName}`,
        }),
        override: true,
      },
      strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
    },
  });

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
    assets: {
      // SST marks every .js file immutable for a year, meant for hashed names. sw.js and index.html keep
      // their names across deploys: a browser holding them for a year would keep the old worker and the
      // old shell, so they are revalidated on every load. Later entries win over SST's defaults.
      fileOptions: [{ files: ['sw.js', 'index.html'], cacheControl: NOT_KEPT }],
    },
    vite: {
      // SST rewrites an `import.meta.env` typing file for vite apps on every synth; keep it in the
      // git-ignored .sst folder so a synth never changes the web package's sources.
      types: '../../.sst/web-env.d.ts',
    },
    cdk: {
      bucket: siteBucket,
      distribution: {
        defaultBehavior: {
          origin: S3BucketOrigin.withOriginAccessControl(siteBucket),
          responseHeadersPolicy: securityHeaders,
        },
        logBucket: accessLogs,
        logFilePrefix: 'cloudfront/',
      },
    },
  });

  stack.addOutputs({ SiteUrl: site.url });

  return { site };
}
