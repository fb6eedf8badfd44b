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

describe('web layer', () => {
  it('reads every source file of the app', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(100);
    expect(specifiersOf("import x from '@aksu/core';").filter((s) => FORBIDDEN.test(s))).toEqual(['@aksu/core']);
  });

  it('imports neither core nor functions', () => {
    const offending = Object.entries(sources).flatMap(([file, source]) =>
      specifiersOf(source)
        .filter((specifier) => FORBIDDEN.test(specifier))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
