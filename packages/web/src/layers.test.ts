import { describe, expect, it } from 'vitest';

/**
 * The web app knows the API only through the client generated from its OpenAPI document
 * (`pnpm openapi`): importing core or functions would compile server code into the bundle and let
 * the screens drift from what the API declares. `@aksu/core` resolves from here through the root
 * workspace, so this test is what keeps the arrow one-way.
 */
const FORBIDDEN = /^@aksu\/|(^|\/)(core|functions)\/src\//;

const sources = import.meta.glob<string>(['./**/*.ts', './**/*.tsx', '!./**/*.d.ts', '!./layers.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g;
const specifiersOf = (source: string) => [...source.matchAll(SPECIFIER)].map((m) => m[1]!);

/** `./features/trips/trip-page.tsx` importing `../../ui/field` → `ui/field`. */
function resolve(file: string, specifier: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.filter((p) => p !== '.').join('/');
}

const featureOf = (path: string) => /^\.?\/?features\/([^/]+)\//.exec(path.replace(/^\.\//, ''))?.[1];

/** Relative imports as [importing file, imported path], e.g. ['./ui/layout.tsx', 'ui/feedback']. */
const imports = Object.entries(sources).flatMap(([file, source]) =>
  specifiersOf(source)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => [file, resolve(file, specifier)] as const),
);

describe('web layer', () => {
  it('reads every source file of the app', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(100);
    expect(specifiersOf("import x from '@aksu/core';").filter((s) => FORBIDDEN.test(s))).toEqual(['@aksu/core']);
    expect(resolve('./features/trips/trip-page.tsx', '../../ui/field')).toBe('ui/field');
    expect(featureOf('features/trips/trips.css')).toBe('trips');
  });

  it('imports neither core nor functions', () => {
    const offending = Object.entries(sources).flatMap(([file, source]) =>
      specifiersOf(source)
        .filter((specifier) => FORBIDDEN.test(specifier))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  // A feature's files change together; one reaching into another's would make both move as one. What
  // two features share belongs in ui/ (primitives) or lib/ (hooks and formatting).
  it('keeps each feature to itself and the shared folders', () => {
    const offending = imports
      .filter(([file, target]) => featureOf(file) && featureOf(target) && featureOf(file) !== featureOf(target))
      .map(([file, target]) => `${file} -> ${target}`);
    expect(imports.some(([file]) => featureOf(file))).toBe(true);
    expect(offending).toEqual([]);
  });

  // Only the routes (routes.tsx and the lazy pages.ts) and the message catalogues (i18n/en.ts, zh-cn.ts)
  // gather the features.
  it('lets no shared folder depend on a feature', () => {
    const gatherers = new Set(['./routes.tsx', './pages.ts', './i18n/en.ts', './i18n/zh-cn.ts']);
    const offending = imports
      .filter(([file, target]) => !featureOf(file) && !gatherers.has(file) && featureOf(target))
      .map(([file, target]) => `${file} -> ${target}`);
    expect(offending).toEqual([]);
  });
});
