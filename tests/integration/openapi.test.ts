import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderOpenApi } from '../../scripts/openapi-export.ts';
import { call } from '../support/http.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const rendered = await renderOpenApi();

describe('the OpenAPI document', () => {
  it('is served at /openapi.json as OpenAPI 3.1 with every /v1 route', async () => {
    const res = await call('GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/v1/auth/login', '/v1/universities', '/v1/users', '/v1/audit', '/health']),
    );
  });

  it('passes Spectral spectral:oas with no errors or warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spectral-'));
    const { json } = rendered;
    writeFileSync(join(dir, 'openapi.json'), json);
    writeFileSync(join(dir, '.spectral.yaml'), 'extends: ["spectral:oas"]\n');
    const run = spawnSync(
      join(root, 'node_modules/.bin/spectral'),
      ['lint', 'openapi.json', '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    const results = JSON.parse(run.stdout || '[]') as Array<{
      severity: number;
      code: string;
      path: string[];
      message: string;
    }>;
    const findings = results.map(
      (r) => `${['error', 'warning', 'info', 'hint'][r.severity]} ${r.code} ${r.path.join('.')}: ${r.message}`,
    );
    expect(findings.filter((f) => f.startsWith('error') || f.startsWith('warning'))).toEqual([]);
  });

  it('matches the copy the web client is generated from (run `pnpm openapi` after changing routes)', () => {
    const { json, types } = rendered;
    expect(readFileSync(join(root, 'packages/web/src/api/openapi.json'), 'utf8')).toBe(json);
    expect(readFileSync(join(root, 'packages/web/src/api/schema.d.ts'), 'utf8')).toBe(types);
  });

  it('serves the interactive reference at /docs from local assets', async () => {
    const page = await call('GET', '/docs');
    expect(page.status).toBe(200);
    expect(page.body).toContain('/openapi.json');
    expect(page.body).not.toMatch(/https?:\/\//);
    const bundle = await call('GET', '/docs/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('javascript');
    expect((await call('GET', '/docs/other.js')).status).toBe(404);
  });
});
