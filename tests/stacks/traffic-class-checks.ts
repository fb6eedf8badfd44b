import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { nagSuppressionEntries } from '../../stacks/lib/nag-suppressions.ts';
import { CLASS_LIMITS, CLASS_ROUTES, TRAFFIC_CLASSES, type TrafficClass } from '../../stacks/lib/traffic-classes.ts';
import { functionByHandler, only, type Json } from './template-helpers.ts';

/**
 * The HTTP API's traffic classes in AWS: a function per class with its own reserved concurrency,
 * every route sent to its class's function, a throttle on every route, and none of it bought with
 * an unexplained cdk-nag suppression. Called from stacks.test.ts on its synthesized app (one
 * synthesis per stage).
 */

interface Templates {
  outdir: string;
  api: Template;
}

const classFunction = (api: Template, trafficClass: TrafficClass) =>
  functionByHandler(api, CLASS_LIMITS[trafficClass].handler);

/** The logical id of the function an HTTP API integration invokes. */
function integrationTarget(integration: Json): string {
  const uri = JSON.stringify(integration.Properties.IntegrationUri);
  return /"Fn::GetAtt":\["([^"]+)","Arn"\]/.exec(uri)?.[1] ?? uri;
}

export function trafficClassChecks(synthesized: () => Templates): void {
  describe('Api traffic classes', () => {
    it('runs one function per class, each with its own reserved concurrency, memory and timeout', () => {
      const { api } = synthesized();
      for (const trafficClass of TRAFFIC_CLASSES) {
        const { props } = classFunction(api, trafficClass);
        const limits = CLASS_LIMITS[trafficClass];
        expect(props.ReservedConcurrentExecutions, trafficClass).toBe(limits.reservedConcurrency);
        expect(props.MemorySize, trafficClass).toBe(limits.memorySize);
        expect(props.Timeout, trafficClass).toBe(limits.timeout);
        expect(props.Architectures).toEqual(['arm64']);
        // Source-mapped traces cost every cold start the map's parse: the crowd-facing classes go without.
        expect(props.Environment.Variables.NODE_OPTIONS, trafficClass).toBe(
          limits.sourceMaps ? '--enable-source-maps' : '',
        );
      }
      expect(TRAFFIC_CLASSES.filter((c) => !CLASS_LIMITS[c].sourceMaps)).toEqual(['public', 'phone']);
      // No other function in the stack serves requests (SST's and CDK's helpers have their own handlers).
      const handlers = Object.values(api.findResources('AWS::Lambda::Function')).map((f) =>
        String(f.Properties.Handler),
      );
      expect(handlers.filter((h) => h.startsWith('packages/functions/')).sort()).toEqual(
        TRAFFIC_CLASSES.map((c) => CLASS_LIMITS[c].handler).sort(),
      );
    });

    it('sends each class route to its function and everything else ($default) to the api class', () => {
      const { api } = synthesized();
      const integrations = api.findResources('AWS::ApiGatewayV2::Integration');
      const routes = Object.values(api.findResources('AWS::ApiGatewayV2::Route'));
      const targetOf = (key: string) => {
        const route = routes.find((r) => r.Properties.RouteKey === key);
        expect(route, `route ${key}`).toBeDefined();
        const integrationId = String(route!.Properties.Target['Fn::Join'][1][1].Ref);
        return integrationTarget(integrations[integrationId]!);
      };
      expect(targetOf('$default')).toBe(classFunction(api, 'api').id);
      const expected = Object.entries(CLASS_ROUTES).flatMap(([trafficClass, keys]) =>
        keys.map((key) => [key, trafficClass as TrafficClass] as const),
      );
      expect(expected.length).toBeGreaterThan(20);
      for (const [key, trafficClass] of expected) expect(targetOf(key), key).toBe(classFunction(api, trafficClass).id);
      expect(routes).toHaveLength(expected.length + 1);
    });

    it('throttles every route: each class route with its class limit, the rest with the api class limit', () => {
      const { resource: stage } = only(synthesized().api, 'AWS::ApiGatewayV2::Stage');
      const { rate, burst } = CLASS_LIMITS.api.throttle;
      expect(stage.Properties.DefaultRouteSettings).toEqual({ ThrottlingBurstLimit: burst, ThrottlingRateLimit: rate });
      const settings = stage.Properties.RouteSettings as Record<string, Json>;
      const expected = Object.entries(CLASS_ROUTES).flatMap(([trafficClass, keys]) =>
        keys.map((key) => [key, CLASS_LIMITS[trafficClass as TrafficClass].throttle] as const),
      );
      expect(Object.keys(settings).sort()).toEqual(expected.map(([key]) => key).sort());
      for (const [key, limit] of expected) {
        expect(settings[key], key).toEqual({ ThrottlingRateLimit: limit.rate, ThrottlingBurstLimit: limit.burst });
      }
      // A flood of public registrations is capped below what the phone class may take.
      expect(
        CLASS_LIMITS.public.reservedConcurrency +
          CLASS_LIMITS.phone.reservedConcurrency +
          CLASS_LIMITS.api.reservedConcurrency +
          CLASS_LIMITS.exports.reservedConcurrency,
      ).toBeLessThanOrEqual(900);
    });

    it('ships the stored OpenAPI document with the api class only', () => {
      const { api, outdir } = synthesized();
      for (const trafficClass of TRAFFIC_CLASSES) {
        const { props } = classFunction(api, trafficClass);
        const artifact = join(outdir, `asset.${String(props.Code.S3Key).replace(/\.zip$/, '')}`);
        const document = join(artifact, 'openapi.json');
        expect(existsSync(document), `${trafficClass} ${document}`).toBe(trafficClass === 'api');
        if (trafficClass === 'api') {
          expect(props.Environment.Variables.OPENAPI_DOCUMENT).toBe('openapi.json');
          expect(readFileSync(document, 'utf8')).toBe(readFileSync('packages/web/src/api/openapi.json', 'utf8'));
        }
      }
    });

    it('bundles the spreadsheet library into the exports function only, and keeps names where traces are source-mapped', () => {
      const { api, outdir } = synthesized();
      for (const trafficClass of TRAFFIC_CLASSES) {
        const { props } = classFunction(api, trafficClass);
        const entry = CLASS_LIMITS[trafficClass].handler.replace(/\.handler$/, '.mjs');
        const code = readFileSync(
          join(outdir, `asset.${String(props.Code.S3Key).replace(/\.zip$/, '')}`, entry),
          'utf8',
        );
        // A part name every .xlsx has, written by exceljs's workbook writer and reader.
        expect(code.includes('xl/sharedStrings.xml'), trafficClass).toBe(trafficClass === 'exports');
        // Kept names are a call per function at import; the classes without source maps go without.
        // Only name-keeping puts the entries' shared wrapper's name in the code as a string.
        expect(code.includes('"classHandler"'), trafficClass).toBe(CLASS_LIMITS[trafficClass].sourceMaps);
      }
    });

    it('explains the gateway-authorizer finding once per route and nothing else about the routes', () => {
      const routeEntries = nagSuppressionEntries.filter((e) => e.stack === 'Api' && e.path.startsWith('Api/Route_'));
      expect(routeEntries).toHaveLength(Object.values(CLASS_ROUTES).flat().length + 1);
      for (const entry of routeEntries) expect(entry.suppressions.map((s) => s.id)).toEqual(['AwsSolutions-APIG4']);
    });
  });
}
