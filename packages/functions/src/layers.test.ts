import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));

/** Every module specifier a file names: static imports and exports, side-effect imports, dynamic imports. */
const specifiersOf = (source: string) =>
  [...source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

/**
 * A class's Lambda loads a route module on the first request for it (lambda.ts), and esbuild keeps
 * a module reached through `import()` unevaluated until then. Through core's index, one route
 * module would reach every module core exports: the bundler then keeps the whole of core, and
 * evaluates it at init with whatever the always-loaded code (the middleware) takes from the same
 * index. The cold-start bench measured that: a bigger bundle and a longer init than loading every
 * route up front. So the functions name the core module that declares what they use.
 */
describe('functions layer', () => {
  it("imports core's modules by their own path, never core's index", () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.ts$/.test(f) && !f.endsWith('layers.test.ts'),
    );
    expect(files.length).toBeGreaterThan(50);
    const offending = files.flatMap((file) =>
      specifiersOf(readFileSync(`${SRC}${file}`, 'utf8'))
        .filter((specifier) => specifier === '@aksu/core')
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
