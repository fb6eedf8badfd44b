import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessLogBucket, only, ROOT, type Json } from './template-helpers.ts';

/** The Web stack of one synthesized stage: the uploaded site, CloudFront and its logs. Called from stacks.test.ts. */
interface Templates {
  stage: string;
  web: Template;
}

export function webChecks(synthesized: () => Templates): void {
  describe('Web', () => {
    let s: Templates;
    beforeAll(() => {
      s = synthesized();
    });

    it('uploads the built site with the API URL substituted into it', () => {
      const { resource } = only(s.web, 'Custom::S3Uploader');
      const replacements: Json[] = resource.Properties.replaceValues;
      const apiUrl = replacements.filter((r) => r.search === '{{ VITE_API_URL }}');
      expect(apiUrl.map((r) => r.files).sort()).toEqual(['**/*.html', '**/*.js']);
      for (const r of apiUrl) {
        // The Api stack's URL, imported across stacks.
        expect(r.replace).toEqual({ 'Fn::ImportValue': expect.stringContaining(`${s.stage}-aksu-talent-Api:`) });
      }
      only(s.web, 'AWS::CloudFront::Distribution');
      expect(Object.keys(s.web.findOutputs('SiteUrl'))).toEqual(['SiteUrl']);
    });

    it('serves sw.js and index.html with no-cache, the hashed scripts and styles immutable for a year', () => {
      const { resource } = only(s.web, 'Custom::S3Uploader');
      const options: { files: string | string[]; cacheControl: string }[] = resource.Properties.fileOptions;
      // The uploader applies the last entry that matches a file.
      const cacheControl = (file: string) =>
        options.findLast((o) => [o.files].flat().some((glob) => matchesGlob(file, glob)))?.cacheControl;
      expect(cacheControl('sw.js')).toBe('no-cache');
      expect(cacheControl('index.html')).toBe('no-cache');
      expect(cacheControl('assets/index-a1b2c3.js')).toBe('max-age=31536000,public,immutable');
      expect(cacheControl('assets/index-a1b2c3.css')).toBe('max-age=31536000,public,immutable');
    });

    it('sends a Content-Security-Policy, HSTS, nosniff, frame and referrer policy with every page and file', () => {
      const { id, resource: policy } = only(s.web, 'AWS::CloudFront::ResponseHeadersPolicy');
      const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
      expect(headers.StrictTransportSecurity).toEqual({
        AccessControlMaxAgeSec: 31_536_000,
        IncludeSubdomains: true,
        Override: true,
      });
      expect(headers.ContentTypeOptions).toEqual({ Override: true });
      expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
      expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true });
      expect(headers.ContentSecurityPolicy.Override).toBe(true);
      // The policy names the API's URL (imported from the Api stack) and the files bucket's regional
      // host name (from the Database stack), so it is joined at deploy time.
      const parts: unknown[] = headers.ContentSecurityPolicy.ContentSecurityPolicy['Fn::Join'][1];
      const imported = (part: unknown) => JSON.stringify(part);
      const name = (part: unknown) =>
        typeof part === 'string'
          ? part
          : imported(part).includes(`${s.stage}-aksu-talent-Api:`)
            ? '<api>'
            : imported(part).includes(`${s.stage}-aksu-talent-Database:`) &&
                imported(part).includes('RegionalDomainName')
              ? '<files-bucket>'
              : '<unknown>';
      const text = parts.map(name).join('');
      const directives = new Map(text.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
      expect(directives.get('script-src')).toEqual(["'self'"]);
      // Phones PUT their CVs straight to the files bucket; nothing else outside the site is reachable.
      expect(directives.get('connect-src')).toEqual(["'self'", '<api>', 'https://<files-bucket>']);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);

      const { resource: distribution } = only(s.web, 'AWS::CloudFront::Distribution');
      expect(distribution.Properties.DistributionConfig.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({
        Ref: id,
      });
    });

    it('logs CloudFront and site-bucket access for a week, in a bucket removed with the stage', () => {
      const logs = accessLogBucket(s.web);
      expect(logs.Properties.LifecycleConfiguration.Rules).toEqual([{ ExpirationInDays: 7, Status: 'Enabled' }]);
      expect(logs.DeletionPolicy).toBe('Delete');
    });

    it('built a production bundle that reads the API URL', () => {
      const dist = join(ROOT, '.sst/web-dist');
      expect(existsSync(join(dist, 'index.html'))).toBe(true);
      const scripts = readdirSync(dist, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.js'))
        .map((file) => readFileSync(join(dist, file), 'utf8'));
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.some((code) => code.includes('{{ VITE_API_URL }}'))).toBe(true);
      // React's development build carries this marker; the production build does not.
      expect(scripts.some((code) => code.includes('jsxDEV'))).toBe(false);
    });
  });
}
