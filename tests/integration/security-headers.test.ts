import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer } from '@aksu/functions/local';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { openCohort, studentBody } from '../support/cohorts.ts';
import { call } from '../support/http.ts';

let organiser: Account;
let coordinator: Account;
let universityId: string;

beforeAll(async () => {
  universityId = (await newUniversity()).universityId;
  [organiser, coordinator] = await Promise.all([newAccount('organiser'), newAccount('coordinator', { universityId })]);
});

/** The policy's directives by name, e.g. `script-src` → ["'self'"]. */
function directives(header: string | null): Map<string, string[]> {
  expect(header, 'no Content-Security-Policy').toBeTruthy();
  return new Map(
    header!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** Scripts from the page's own origin only: nothing inline (unless hashed), nothing evaluated, no other host. */
function expectScriptsFromSelfOnly(header: string | null) {
  const policy = directives(header);
  const scripts = policy.get('script-src') ?? policy.get('default-src')!;
  expect(scripts).toContain("'self'");
  for (const source of scripts) expect(source === "'self'" || source.startsWith("'sha256-")).toBe(true);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
}

describe('personal data', () => {
  it('is never stored by a browser or a cache, not even the answer with a full national ID', async () => {
    const cohort = await openCohort([{ universityId, quota: 5 }]);
    const body = studentBody();
    const created = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations`, {
      token: coordinator.token,
      body,
    });
    expect(created.status).toBe(201);
    const one = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations/${created.body.registrationId}`, {
      token: organiser.token,
    });
    expect(one.body.nationalId).toBe(body.nationalId);
    const list = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations`, { token: organiser.token });
    const me = await call('GET', '/v1/me', { token: coordinator.token });
    const refused = await call('GET', `/v1/cohorts/${cohort.cohortId}/registrations`);
    for (const res of [created, one, list, me, refused]) {
      expect(res.headers.get('cache-control')).toBe('no-store');
      // JSON is never run as a page.
      expect(directives(res.headers.get('content-security-policy')).get('default-src')).toEqual(["'none'"]);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

describe('the API reference', () => {
  it('runs no inline script and loads nothing from elsewhere', async () => {
    const docs = await call('GET', '/docs');
    expect(docs.status).toBe(200);
    expectScriptsFromSelfOnly(docs.headers.get('content-security-policy'));
    const html = String(docs.body);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, content] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/docs\/[\w.-]+"/);
      expect(content!.trim()).toBe('');
    }
    for (const [, src] of html.matchAll(/\bsrc="([^"]+)"/g)) {
      const asset = await call('GET', src!);
      expect(asset.status, src).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    }
  });
});

describe('the web app served with the API', () => {
  let dist: string;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html><head><script type="module" ' +
        'src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
    );
    writeFileSync(join(dist, 'assets', 'app.js'), 'document.getElementById("root").textContent = "ok";');
    server = await startLocalServer({ port: 0, jwtSecret: process.env.JWT_SECRET!, webDist: dist });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends its page with a policy that allows scripts from its own origin only', async () => {
    for (const path of ['/', '/index.html', '/cohorts/some-page']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const header = res.headers.get('content-security-policy');
      expectScriptsFromSelfOnly(header);
      const policy = directives(header);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
      expect(res.headers.get('x-frame-options')).toBeTruthy();
      await res.text();
    }
    const docs = await fetch(`${server.url}/docs`);
    expectScriptsFromSelfOnly(docs.headers.get('content-security-policy'));
    expect(directives(docs.headers.get('content-security-policy')).get('connect-src')).toEqual(["'self'"]);
    await docs.text();
  });
});
