import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));

/** Every module specifier a file names: static imports and exports, side-effect imports, dynamic imports. */
function specifiersOf(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/**
 * Core is the bottom layer: the HTTP layer, the web app, scripts and the stacks depend on it, never
 * the other way round. The root workspace lists `@aksu/functions` for its scripts and tests, so such
 * an import would resolve from here too; this test is what keeps the arrow one-way. No web framework
 * either, so jobs and scripts use the domain without one.
 */
const FORBIDDEN = /^(@aksu\/(functions|web)|hono|@hono\/)|(^|\/)(functions|web|scripts|stacks|tests)\/(src\/)?/;

describe('core layer', () => {
  it('recognises every way a file names a module', () => {
    const source = "import a from 'x';\nexport { b } from \"y\";\nimport 'z';\nconst c = await import('w');";
    expect(specifiersOf(source)).toEqual(['x', 'y', 'z', 'w']);
    const named = ['@aksu/functions/app', 'hono/jwt', '../../../functions/src/env.ts', '../db/service.ts'];
    expect(named.filter((s) => FORBIDDEN.test(s))).toEqual(named.slice(0, 3));
  });

  it('imports nothing from functions, web, scripts, stacks or tests, and no web framework', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.tsx?$/.test(f) && !f.endsWith('layers.test.ts'),
    );
    expect(files.length).toBeGreaterThan(100);
    const offending = files.flatMap((file) =>
      specifiersOf(readFileSync(`${SRC}${file}`, 'utf8'))
        .filter((specifier) => FORBIDDEN.test(specifier))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
